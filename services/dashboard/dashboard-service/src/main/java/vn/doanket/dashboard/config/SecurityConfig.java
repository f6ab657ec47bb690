package vn.doanket.dashboard.config;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
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
 *
 * <p>CSRF: a state-changing request (anything but GET, HEAD, TRACE, OPTIONS) that rides on a
 * session must carry the session's CSRF token (Spring Security's session token repository;
 * Thymeleaf puts it into every {@code th:action} form, e.g. the sign-out form), otherwise 403. A
 * request with an {@code Authorization: Bearer} header authenticates by that header alone, which a
 * forged cross-site request cannot set, and a request without a session cannot be authenticated by
 * one: both are exempt, so API clients and unauthenticated callers get the same answers as before
 * (401 without a token).
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
                    .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfig::needsCsrfToken))
                    .oauth2Login(Customizer.withDefaults())
                    .logout(l -> l.logoutSuccessUrl("/"))
                    .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint));
        };
    }

    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "TRACE", "OPTIONS");

    /** Whether a request must carry the CSRF token: state-changing, on a session, without a bearer token. */
    static boolean needsCsrfToken(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return request.getSession(false) != null;
    }
}
