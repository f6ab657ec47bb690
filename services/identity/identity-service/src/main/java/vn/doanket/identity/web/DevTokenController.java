package vn.doanket.identity.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.identity.account.AccountDirectory;
import vn.doanket.identity.config.IdentityProperties;
import vn.doanket.identity.token.DevTokenIssuer;

/**
 * {@code POST /dev/tokens}: a real access token for a demo account, without its password, for scripts
 * and tests. Exists only when {@code doanket.identity.dev-tokens.enabled=true}; otherwise the path
 * answers 404 like any unknown one.
 */
@RestController
@ConditionalOnProperty(prefix = "doanket.identity.dev-tokens", name = "enabled", havingValue = "true")
public class DevTokenController {

    private static final Logger log = LoggerFactory.getLogger(DevTokenController.class);

    /** Path of the endpoint. */
    public static final String PATH = "/dev/tokens";

    /** Request body. */
    public record DevTokenRequest(@NotBlank String username) {
    }

    /** Response body, shaped like an OAuth2 token response. */
    public record DevTokenResponse(@JsonProperty("access_token") String accessToken,
                                   @JsonProperty("token_type") String tokenType,
                                   @JsonProperty("expires_in") long expiresIn) {
    }

    private final DevTokenIssuer issuer;

    public DevTokenController(AccountDirectory accounts, RegisteredClientRepository clients,
                              OAuth2TokenGenerator<? extends OAuth2Token> generator,
                              AuthorizationServerSettings settings, IdentityProperties properties) {
        this.issuer = new DevTokenIssuer(accounts, clients, generator, settings,
                properties.clients().dashboardWeb().clientId());
        log.warn("Password-less dev tokens are enabled (POST {}): never enable them in production", PATH);
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<DevTokenResponse> fromJson(@Valid @RequestBody DevTokenRequest request) {
        return issue(request.username());
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<DevTokenResponse> fromForm(@RequestParam("username") String username) {
        return issue(username);
    }

    private ResponseEntity<DevTokenResponse> issue(String username) {
        DevTokenIssuer.IssuedToken token = issuer.issue(username);
        log.info("Dev token issued for demo account {}", username);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("Pragma", "no-cache")
                .body(new DevTokenResponse(token.value(), "Bearer", token.expiresIn()));
    }
}
