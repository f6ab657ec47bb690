package vn.doanket.dashboard.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.doanket.security.DoanketSecurityAutoConfiguration;
import vn.doanket.security.HttpSecurityCustomizer;

import java.util.LinkedHashMap;

/**
 * The dashboard is also a browser application: pages log in through the identity provider
 * (authorization code with PKCE, public client {@code dashboard-web}) and keep a session; the
 * JSON API accepts that session or a bearer token. Unauthenticated page requests are sent to
 * the login, API requests get a 401 problem.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    static final String LOGIN = "/oauth2/authorization/doanket";

    @Bean
    public HttpSecurityCustomizer browserLogin() {
        return http -> {
            MediaTypeRequestMatcher pages = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
            pages.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
            LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
            entryPoints.put(pages, new LoginUrlAuthenticationEntryPoint(LOGIN));
            DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
            entryPoint.setDefaultEntryPoint(DoanketSecurityAutoConfiguration.problemEntryPoint());
            http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                    .oauth2Login(Customizer.withDefaults())
                    .logout(l -> l.logoutSuccessUrl("/"))
                    .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint));
        };
    }
}
