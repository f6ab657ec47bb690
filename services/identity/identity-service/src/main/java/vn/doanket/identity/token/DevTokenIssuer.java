package vn.doanket.identity.token;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContext;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DefaultOAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import vn.doanket.events.error.DomainException;
import vn.doanket.identity.account.Account;
import vn.doanket.identity.account.AccountDirectory;

/**
 * Issues an access token for a demo account without its password, through the same token generator,
 * key, issuer, client ({@code dashboard-web}), scopes and claims as the authorization-code flow, so a
 * test or script holds exactly what a signed-in browser would.
 */
public final class DevTokenIssuer {

    /** An issued token. */
    public record IssuedToken(String value, Instant issuedAt, Instant expiresAt) {

        /** Lifetime in whole seconds. */
        public long expiresIn() {
            return Math.max(0, Duration.between(issuedAt, expiresAt).toSeconds());
        }
    }

    private final AccountDirectory accounts;
    private final RegisteredClientRepository clients;
    private final OAuth2TokenGenerator<? extends OAuth2Token> generator;
    private final AuthorizationServerSettings settings;
    private final String clientId;

    public DevTokenIssuer(AccountDirectory accounts, RegisteredClientRepository clients,
                          OAuth2TokenGenerator<? extends OAuth2Token> generator, AuthorizationServerSettings settings,
                          String clientId) {
        this.accounts = accounts;
        this.clients = clients;
        this.generator = generator;
        this.settings = settings;
        this.clientId = clientId;
    }

    /**
     * Issues an access token for a demo account.
     *
     * @param username the account's username
     * @return the token
     * @throws DomainException (404) when there is no such account
     */
    public IssuedToken issue(String username) {
        Account account = accounts.find(username).orElseThrow(() -> DomainException.notFound("unknown-account",
                "Không có tài khoản thử nghiệm với tên đăng nhập này.",
                "There is no demo account with this username."));
        RegisteredClient client = clients.findByClientId(clientId);
        if (client == null) {
            throw new IllegalStateException("Client " + clientId + " is not registered");
        }
        UserDetails user = accounts.loadUserByUsername(account.username());
        UsernamePasswordAuthenticationToken principal =
                UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null, user.getAuthorities());
        AuthorizationServerContext serverContext = new FixedContext(settings.getIssuer(), settings);
        DefaultOAuth2TokenContext context = DefaultOAuth2TokenContext.builder()
                .registeredClient(client)
                .principal(principal)
                .authorizationServerContext(serverContext)
                .authorizedScopes(new LinkedHashSet<>(List.of(OidcScopes.OPENID, OidcScopes.PROFILE)))
                .tokenType(OAuth2TokenType.ACCESS_TOKEN)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .build();
        OAuth2Token token = generator.generate(context);
        if (token == null) {
            throw new IllegalStateException("The token generator produced no access token");
        }
        return new IssuedToken(token.getTokenValue(), token.getIssuedAt(), token.getExpiresAt());
    }

    private record FixedContext(String issuer, AuthorizationServerSettings settings) implements AuthorizationServerContext {

        @Override
        public String getIssuer() {
            return issuer;
        }

        @Override
        public AuthorizationServerSettings getAuthorizationServerSettings() {
            return settings;
        }
    }
}
