package vn.doanket.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.util.StringUtils;
import vn.doanket.web.ProblemMapper;
import vn.doanket.web.ProblemSpec;
import vn.doanket.territory.Territory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every service is a JWT resource server: tokens from the platform's identity provider (or
 * Keycloak with the same claims), roles from the {@code roles} claim as {@code ROLE_*}
 * authorities, method security for declarative rules ({@code @PreAuthorize} with the
 * {@link TerritorialScope} bean {@code scope}), and 401/403 answered as problem+json through
 * the platform's error page. Runs before Spring Authorization Server's auto-configuration so
 * that, where services share a classpath (the local stack), the resource server's decoder and
 * filter chain are this module's.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientWebSecurityAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "doanket.security", name = "resource-server", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties({DoanketSecurityProperties.class, OAuth2ResourceServerProperties.class})
@EnableMethodSecurity
public class DoanketSecurityAutoConfiguration {

    static final List<String> ALWAYS_PUBLIC = List.of("/actuator/health", "/actuator/health/**", "/actuator/info", "/error");

    @Bean(name = "scope")
    @ConditionalOnMissingBean(TerritorialScope.class)
    public TerritorialScope scope(Territory territory) {
        return new TerritorialScope(territory);
    }

    /**
     * Validates signatures against the identity provider's JWKS (fetched on first use, so a
     * service can start before its identity provider) and the issuer, when configured.
     */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    public JwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties) {
        OAuth2ResourceServerProperties.Jwt jwt = properties.getJwt();
        NimbusJwtDecoder decoder;
        if (StringUtils.hasText(jwt.getJwkSetUri())) {
            decoder = NimbusJwtDecoder.withJwkSetUri(jwt.getJwkSetUri()).build();
        } else if (StringUtils.hasText(jwt.getIssuerUri())) {
            decoder = NimbusJwtDecoder.withIssuerLocation(jwt.getIssuerUri()).build();
        } else {
            throw new IllegalStateException("Set spring.security.oauth2.resourceserver.jwt.jwk-set-uri "
                    + "(and issuer-uri) to the identity provider");
        }
        OAuth2TokenValidator<Jwt> validator = StringUtils.hasText(jwt.getIssuerUri())
                ? JwtValidators.createDefaultWithIssuer(jwt.getIssuerUri())
                : JwtValidators.createDefault();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validator));
        return decoder;
    }

    /** Roles from the {@code roles} claim of browser logins too (OIDC users). */
    @Bean
    @ConditionalOnMissingBean(GrantedAuthoritiesMapper.class)
    public GrantedAuthoritiesMapper rolesAuthoritiesMapper() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OAuth2UserAuthority user) {
                    mapped.addAll(roleAuthorities(user.getAttributes().get(Caller.CLAIM_ROLES)));
                }
            }
            return mapped;
        };
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    public SecurityFilterChain doanketSecurityFilterChain(HttpSecurity http, DoanketSecurityProperties properties,
                                                          ObjectProvider<HttpSecurityCustomizer> customizers)
            throws Exception {
        List<String> publicPaths = new ArrayList<>(ALWAYS_PUBLIC);
        publicPaths.addAll(properties.getPublicPaths());
        AuthenticationEntryPoint unauthorized = problemEntryPoint();
        AccessDeniedHandler forbidden = (request, response, denied) -> response.sendError(HttpServletResponse.SC_FORBIDDEN);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(publicPaths.toArray(String[]::new)).permitAll()
                        // operational endpoints beyond health and info: administrators only
                        .requestMatchers("/actuator/**").hasRole(Role.ADMINISTRATOR.name())
                        .anyRequest().authenticated())
                .oauth2ResourceServer(o -> o
                        .jwt(j -> j.jwtAuthenticationConverter(jwtAuthenticationConverter()))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden));
        for (HttpSecurityCustomizer customizer : customizers.orderedStream().toList()) {
            customizer.customize(http);
        }
        return http.build();
    }

    /**
     * A request the security firewall rejects (a parameter name with control characters, an encoded
     * slash, a non-normalised path) is bad input: 400 {@code request-rejected}, never a 500.
     */
    @Bean
    @ConditionalOnMissingBean(name = "requestRejectedProblems")
    public ProblemMapper requestRejectedProblems() {
        return DoanketSecurityAutoConfiguration::requestRejected;
    }

    static Optional<ProblemSpec> requestRejected(Throwable t) {
        return t instanceof RequestRejectedException
                ? Optional.of(ProblemSpec.of(400, "request-rejected", "Yêu cầu không hợp lệ", "Request rejected",
                "Yêu cầu chứa ký tự hoặc tham số không được phép",
                "The request contains characters or parameters that are not allowed"))
                : Optional.empty();
    }

    /** 401 with {@code WWW-Authenticate: Bearer …}, body rendered as problem+json by the error page. */
    public static AuthenticationEntryPoint problemEntryPoint() {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            bearer.commence(request, response, exception);
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        };
    }

    static Converter<Jwt, AbstractAuthenticationToken> jwtAuthenticationConverter() {
        return jwt -> {
            if (jwt.getClaim(Caller.CLAIM_SCOPE_UNIT) == null) {
                // a token without a territorial scope grants nothing
                return new JwtAuthenticationToken(jwt, List.of(), jwt.getSubject());
            }
            return new JwtAuthenticationToken(jwt, roleAuthorities(jwt.getClaims().get(Caller.CLAIM_ROLES)),
                    jwt.getSubject());
        };
    }

    static Collection<GrantedAuthority> roleAuthorities(Object roles) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Role role : Role.fromClaim(roles)) {
            authorities.add(new SimpleGrantedAuthority(role.authority()));
        }
        return authorities;
    }
}
