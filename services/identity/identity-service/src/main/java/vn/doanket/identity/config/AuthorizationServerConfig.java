package vn.doanket.identity.config;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.DispatcherType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2AccessTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2RefreshTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import vn.doanket.identity.account.AccountDirectory;
import vn.doanket.security.Role;
import vn.doanket.identity.account.ScopeUnits;
import vn.doanket.identity.token.PlatformClaimsCustomizer;
import vn.doanket.identity.token.PlatformClaimsCustomizer.ClientIdentity;
import vn.doanket.identity.token.TokenClaims;

/**
 * Spring Authorization Server: the protocol endpoints (authorization, token, JWKS, discovery,
 * userinfo, revocation, introspection, logout), the login form, the clients, the signing key and the
 * platform's token claims.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class AuthorizationServerConfig {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationServerConfig.class);

    /** Login page path. */
    public static final String LOGIN_PAGE = "/login";

    /** Claims the userinfo endpoint returns (copied from the ID token). */
    private static final Set<String> USERINFO_CLAIMS = Set.of(TokenClaims.SUBJECT, TokenClaims.PREFERRED_USERNAME,
            TokenClaims.NAME, TokenClaims.ROLES, TokenClaims.SCOPE_UNIT);

    /**
     * The protocol endpoints. Browsers that are not signed in are sent to the login page.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain authorizationServerSecurityFilterChain(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, server -> server
                        .oidc(oidc -> oidc.userInfoEndpoint(userInfo -> userInfo.userInfoMapper(context -> {
                            OAuth2Authorization.Token<OidcIdToken> idToken =
                                    context.getAuthorization().getToken(OidcIdToken.class);
                            Map<String, Object> claims = new LinkedHashMap<>();
                            idToken.getToken().getClaims().forEach((name, value) -> {
                                if (USERINFO_CLAIMS.contains(name)) {
                                    claims.put(name, value);
                                }
                            });
                            return new OidcUserInfo(claims);
                        }))))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                // bearer tokens for the userinfo endpoint
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), browsers()));
        return http.build();
    }

    /** Requests that explicitly accept HTML; an API client without an Accept header gets 401, not a login page. */
    private static MediaTypeRequestMatcher browsers() {
        MediaTypeRequestMatcher matcher = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return matcher;
    }

    /**
     * Everything else: the login form, the signed-in page, health, and {@code /dev/**} (which exists only
     * when dev tokens are enabled; otherwise it answers 404 like any unknown path).
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityFilterChain defaultSecurityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers(LOGIN_PAGE, "/error", "/dev/**", "/actuator/health", "/actuator/health/**",
                                "/actuator/info", "/identity.css", "/favicon.ico").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN_PAGE).permitAll())
                .logout(logout -> logout.logoutSuccessUrl(LOGIN_PAGE + "?logout").permitAll())
                // the dev-token endpoint is for scripts: no browser session, no CSRF token
                .csrf(csrf -> csrf.ignoringRequestMatchers("/dev/**"));
        return http.build();
    }

    @Bean
    IdentityIssuer identityIssuer(IdentityProperties properties, Environment environment) {
        IdentityIssuer issuer = IdentityIssuer.resolve(properties.issuer(), environment);
        log.info("Identity provider issuer: {}", issuer.url());
        return issuer;
    }

    /** Binds the web server to the port the issuer was computed for (see {@link IdentityIssuer}). */
    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> identityIssuerPort(IdentityIssuer issuer) {
        return new IssuerPortCustomizer(issuer);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityIssuer issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer.url()).build();
    }

    @Bean
    AccountDirectory accountDirectory(IdentityProperties properties) {
        AccountDirectory directory = AccountDirectory.from(properties);
        log.info("Identity provider: {} demo accounts loaded", directory.all().size());
        return directory;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(IdentityProperties properties) {
        String file = properties.keyFile();
        RSAKey key = SigningKeys.loadOrCreate(file == null || file.isBlank() ? null : Path.of(file));
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** Validates the access tokens the userinfo endpoint receives. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
    }

    @Bean
    PlatformClaimsCustomizer platformClaimsCustomizer(AccountDirectory accounts, IdentityProperties properties) {
        IdentityProperties.DoanketScripts scripts = properties.clients().doanketScripts();
        return new PlatformClaimsCustomizer(accounts, Map.of(scripts.clientId(),
                new ClientIdentity(scripts.name(), scripts.roles().stream().map(Role::name).toList(), scripts.scopeUnit())));
    }

    /** Signed JWTs for access and ID tokens, with the platform's claims. */
    @Bean
    OAuth2TokenGenerator<?> tokenGenerator(JWKSource<SecurityContext> jwkSource, PlatformClaimsCustomizer claims) {
        JwtGenerator jwtGenerator = new JwtGenerator(new NimbusJwtEncoder(jwkSource));
        jwtGenerator.setJwtCustomizer(claims);
        return new DelegatingOAuth2TokenGenerator(jwtGenerator, new OAuth2AccessTokenGenerator(),
                new OAuth2RefreshTokenGenerator());
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(IdentityProperties properties) {
        TokenSettings tokens = TokenSettings.builder()
                .accessTokenTimeToLive(properties.accessTokenTtl())
                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .idTokenSignatureAlgorithm(SignatureAlgorithm.RS256)
                .build();

        IdentityProperties.DashboardWeb dashboard = properties.clients().dashboardWeb();
        Set<String> redirectUris = new LinkedHashSet<>(dashboard.redirectUris());
        redirectUris.addAll(dashboard.additionalRedirectUris());
        RegisteredClient dashboardWeb = RegisteredClient.withId(dashboard.clientId())
                .clientId(dashboard.clientId())
                .clientName("Bảng điều khiển Đoàn Kết")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(redirectUris))
                .postLogoutRedirectUris(uris -> uris.addAll(dashboard.postLogoutRedirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens)
                .build();

        IdentityProperties.DoanketScripts scripts = properties.clients().doanketScripts();
        if (scripts.secret() == null || scripts.secret().isBlank()) {
            throw new IllegalStateException("doanket.identity.clients.doanket-scripts.secret is required");
        }
        if (!ScopeUnits.isValid(scripts.scopeUnit())) {
            throw new IllegalStateException("doanket.identity.clients.doanket-scripts.scope-unit is malformed: "
                    + scripts.scopeUnit());
        }
        if (scripts.secret().startsWith("{noop}")) {
            log.warn("Client {} has a plain-text {noop} secret: acceptable for the demo only;"
                    + " set DOANKET_IDENTITY_SCRIPTS_SECRET to a {bcrypt} hash in a real deployment", scripts.clientId());
        }
        RegisteredClient doanketScripts = RegisteredClient.withId(scripts.clientId())
                .clientId(scripts.clientId())
                .clientName(scripts.name())
                .clientSecret(scripts.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .tokenSettings(tokens)
                .build();
        return new InMemoryRegisteredClientRepository(List.of(dashboardWeb, doanketScripts));
    }

    private record IssuerPortCustomizer(IdentityIssuer issuer)
            implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableServletWebServerFactory factory) {
            if (issuer.port() > 0) {
                factory.setPort(issuer.port());
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
