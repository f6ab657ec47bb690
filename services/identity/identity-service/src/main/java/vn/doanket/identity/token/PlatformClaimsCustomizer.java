package vn.doanket.identity.token;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import vn.doanket.identity.account.Account;
import vn.doanket.identity.account.AccountDirectory;

/**
 * Adds the platform's claims to access tokens and ID tokens: {@code sub} (account id),
 * {@code preferred_username}, {@code name}, {@code roles}, {@code scope_unit}. For a client-credentials
 * token they come from the client's configuration ({@code sub} = client id). Nothing else about a
 * person goes into a token.
 */
public final class PlatformClaimsCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    /** What a client-credentials token says about its client. */
    public record ClientIdentity(String name, List<String> roles, String scopeUnit) {
    }

    private final AccountDirectory accounts;
    private final Map<String, ClientIdentity> clients;

    /**
     * Creates the customizer.
     *
     * @param accounts the demo accounts
     * @param clients  identities of clients that may use client credentials, by client id
     */
    public PlatformClaimsCustomizer(AccountDirectory accounts, Map<String, ClientIdentity> clients) {
        this.accounts = accounts;
        this.clients = Map.copyOf(clients);
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        Authentication principal = context.getPrincipal();
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())
                || principal instanceof OAuth2ClientAuthenticationToken) {
            String clientId = context.getRegisteredClient().getClientId();
            ClientIdentity client = clients.get(clientId);
            if (client != null) {
                context.getClaims().claims(claims -> {
                    claims.put(TokenClaims.SUBJECT, clientId);
                    claims.put(TokenClaims.PREFERRED_USERNAME, clientId);
                    claims.put(TokenClaims.NAME, client.name());
                    claims.put(TokenClaims.ROLES, client.roles());
                    claims.put(TokenClaims.SCOPE_UNIT, client.scopeUnit());
                });
            }
            return;
        }
        Optional<Account> account = principal == null ? Optional.empty() : accounts.find(principal.getName());
        account.ifPresent(a -> context.getClaims().claims(claims -> {
            claims.put(TokenClaims.SUBJECT, a.id());
            claims.put(TokenClaims.PREFERRED_USERNAME, a.username());
            claims.put(TokenClaims.NAME, a.displayName());
            claims.put(TokenClaims.ROLES, a.roleNames());
            claims.put(TokenClaims.SCOPE_UNIT, a.scopeUnit());
        }));
    }
}
