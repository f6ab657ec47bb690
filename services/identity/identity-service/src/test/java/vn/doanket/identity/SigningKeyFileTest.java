package vn.doanket.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import vn.doanket.identity.config.SigningKeys;

/** The signing key file: created once, reused after a restart, so earlier tokens stay valid. */
class SigningKeyFileTest {

    @TempDir
    Path dir;

    @Test
    void jwkFileIsCreatedOnceAndReloaded() throws Exception {
        Path file = dir.resolve("data/identity/signing-key.json");

        RSAKey created = SigningKeys.loadOrCreate(file);
        RSAKey loaded = SigningKeys.loadOrCreate(file);

        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(loaded.getKeyID()).isEqualTo(created.getKeyID());
        assertThat(loaded.getModulus()).isEqualTo(created.getModulus());
        assertThat(loaded.isPrivate()).isTrue();
    }

    @Test
    void pkcs8PemFileIsCreatedAndReloaded() {
        Path file = dir.resolve("signing-key.pem");

        RSAKey created = SigningKeys.loadOrCreate(file);
        RSAKey loaded = SigningKeys.load(file);

        assertThat(file).content().startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(loaded.getModulus()).isEqualTo(created.getModulus());
        assertThat(loaded.getKeyID()).isEqualTo(created.getKeyID()).isNotBlank();
    }

    @Test
    void aPublicOnlyOrMalformedFileIsRefused() throws Exception {
        Path publicOnly = dir.resolve("public.json");
        Files.writeString(publicOnly, SigningKeys.generate().toPublicJWK().toJSONString());
        Path garbage = dir.resolve("garbage.json");
        Files.writeString(garbage, "{not json");

        assertThatThrownBy(() -> SigningKeys.load(publicOnly)).hasMessageContaining("no private key");
        assertThatThrownBy(() -> SigningKeys.load(garbage)).hasMessageContaining("Cannot parse");
    }

    @Test
    void tokensSurviveARestartWithTheSameKeyFile() {
        Path keyFile = dir.resolve("keys/identity.json");
        String[] args = {"--server.port=0", "--spring.main.banner-mode=off",
                "--doanket.identity.issuer=http://identity.test", "--doanket.identity.key-file=" + keyFile,
                "--doanket.identity.dev-tokens.enabled=true"};

        String token;
        try (ConfigurableApplicationContext first = IdentityApplication.builder().run(args)) {
            HttpResponse<String> response = new Http().postJson(url(first) + "/dev/tokens", Map.of("username", "trung-uong"));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            token = Http.json(response).get("access_token").asText();
        }
        try (ConfigurableApplicationContext second = IdentityApplication.builder().run(args)) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(url(second) + "/oauth2/jwks").build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer("http://identity.test"));

            Jwt jwt = decoder.decode(token);

            assertThat(jwt.getSubject()).isEqualTo("u-trung-uong");
            assertThat(Http.json(new Http().get(url(second) + "/.well-known/openid-configuration")).get("issuer").asText())
                    .isEqualTo("http://identity.test");
        }
    }

    private static String url(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
