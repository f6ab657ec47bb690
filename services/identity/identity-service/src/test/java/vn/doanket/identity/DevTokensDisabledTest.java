package vn.doanket.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** The production defaults for dev tokens (off), in a context whose access tokens live three seconds. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=identity", "doanket.identity.dev-tokens.enabled=false",
                "doanket.identity.access-token-ttl=3s"})
class DevTokensDisabledTest {

    @LocalServerPort
    int port;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void devTokenEndpointDoesNotExist() {
        HttpResponse<String> json = new Http().postJson(base() + "/dev/tokens", Map.of("username", "can-bo-ba-ria"));
        HttpResponse<String> form = new Http().postForm(base() + "/dev/tokens", Map.of("username", "can-bo-ba-ria"));

        for (HttpResponse<String> response : java.util.List.of(json, form)) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).doesNotContain("access_token");
        }
    }

    @Test
    void anExpiredTokenIsRejectedByTheDecoder() throws InterruptedException {
        String basic = java.util.Base64.getEncoder().encodeToString("doanket-scripts:doanket-scripts-dev".getBytes());
        HttpResponse<String> response = new Http().postForm(base() + "/oauth2/token",
                Map.of("grant_type", "client_credentials"), "Authorization", "Basic " + basic);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).get("expires_in").asLong()).isBetween(1L, 3L);
        String token = Http.json(response).get("access_token").asText();

        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(base() + "/oauth2/jwks").build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(Duration.ZERO), new JwtIssuerValidator(base())));
        org.springframework.security.oauth2.jwt.Jwt jwt = decoder.decode(token);
        assertThat(jwt.getSubject()).isEqualTo("doanket-scripts");
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofSeconds(3));

        // not a wait for a condition: time must pass until the token's three seconds have run out
        long wait = Duration.between(java.time.Instant.now(), jwt.getExpiresAt()).toMillis() + 1100;
        Thread.sleep(Math.max(wait, 0));

        assertThatThrownBy(() -> decoder.decode(token))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }
}
