package vn.doanket.identity.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.doanket.security.Role;

/**
 * {@code doanket.identity.*}: issuer, signing key, token lifetime, clients, demo accounts.
 *
 * @param issuer         issuer URL; blank: {@code http://127.0.0.1:<actual port>}
 * @param keyFile        RSA key file (JWK JSON, or PKCS#8 PEM when it ends in {@code .pem}); created when
 *                       missing; blank: a key generated in memory at each start
 * @param accessTokenTtl access token lifetime (default 30 minutes)
 * @param devTokens      password-less test tokens
 * @param clients        the two OAuth2 clients
 * @param accounts       demo accounts by username
 */
@ConfigurationProperties("doanket.identity")
public record IdentityProperties(
        String issuer,
        String keyFile,
        @DefaultValue("30m") Duration accessTokenTtl,
        @DefaultValue DevTokens devTokens,
        @DefaultValue Clients clients,
        Map<String, AccountProperties> accounts) {

    public IdentityProperties {
        accounts = accounts == null ? Map.of() : new LinkedHashMap<>(accounts);
        if (accessTokenTtl.isNegative() || accessTokenTtl.isZero()) {
            throw new IllegalArgumentException("doanket.identity.access-token-ttl must be positive");
        }
    }

    /**
     * Password-less test tokens ({@code POST /dev/tokens}).
     *
     * @param enabled whether the endpoint exists (default false)
     */
    public record DevTokens(@DefaultValue("false") boolean enabled) {
    }

    /**
     * The registered clients.
     *
     * @param dashboardWeb   the dashboard (browser, authorization code + PKCE)
     * @param doanketScripts scripts and service-to-service calls (client credentials)
     */
    public record Clients(@DefaultValue DashboardWeb dashboardWeb, @DefaultValue DoanketScripts doanketScripts) {
    }

    /**
     * {@code dashboard-web}: public client, authorization code with PKCE (S256), scopes {@code openid profile}.
     *
     * @param clientId                client id
     * @param redirectUris            allowed redirect URIs
     * @param additionalRedirectUris  more redirect URIs (the local stack adds its dashboard's actual port)
     * @param postLogoutRedirectUris  allowed post-logout redirect URIs
     */
    public record DashboardWeb(
            @DefaultValue("dashboard-web") String clientId,
            @DefaultValue({"http://127.0.0.1:8080/login/oauth2/code/doanket",
                    "http://localhost:8080/login/oauth2/code/doanket"}) List<String> redirectUris,
            List<String> additionalRedirectUris,
            @DefaultValue({"http://127.0.0.1:8080/", "http://localhost:8080/"}) List<String> postLogoutRedirectUris) {

        public DashboardWeb {
            additionalRedirectUris = additionalRedirectUris == null ? List.of() : List.copyOf(additionalRedirectUris);
        }
    }

    /**
     * {@code doanket-scripts}: confidential client, client credentials; its tokens carry these roles and scope.
     *
     * @param clientId  client id (also the token subject)
     * @param secret    client secret with its encoder prefix ({@code {bcrypt}...}; {@code {noop}} for the demo only)
     * @param roles     roles in its tokens
     * @param scopeUnit scope unit in its tokens
     * @param name      display name in its tokens
     */
    public record DoanketScripts(
            @DefaultValue("doanket-scripts") String clientId,
            String secret,
            @DefaultValue("ADMINISTRATOR") List<Role> roles,
            @DefaultValue("VN") String scopeUnit,
            @DefaultValue("Tập lệnh Đoàn Kết") String name) {
    }

    /**
     * One demo account.
     *
     * @param id        token subject; blank: {@code u-<username>}
     * @param password  encoded password ({@code {bcrypt}$2a$...}; a bare bcrypt hash is accepted)
     * @param name      display name
     * @param roles     roles
     * @param scopeUnit scope unit code
     */
    public record AccountProperties(String id, String password, String name, List<Role> roles, String scopeUnit) {
    }
}
