package vn.doanket.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class DiscoveryAndKeysTest extends IdentityTestSupport {

    @Test
    void servesTheOpenIdConfigurationWithTheFixedIssuer() {
        HttpResponse<String> response = new Http().get(base() + "/.well-known/openid-configuration");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = Http.json(response);
        assertThat(doc.get("issuer").asText()).isEqualTo(issuer());
        assertThat(doc.get("jwks_uri").asText()).isEqualTo(issuer() + "/oauth2/jwks");
        assertThat(doc.get("authorization_endpoint").asText()).isEqualTo(issuer() + "/oauth2/authorize");
        assertThat(doc.get("token_endpoint").asText()).isEqualTo(issuer() + "/oauth2/token");
        assertThat(doc.get("userinfo_endpoint").asText()).isEqualTo(issuer() + "/userinfo");
        assertThat(texts(doc.get("code_challenge_methods_supported"))).contains("S256");
        assertThat(texts(doc.get("id_token_signing_alg_values_supported"))).contains("RS256");
        assertThat(texts(doc.get("grant_types_supported"))).contains("authorization_code", "client_credentials");
    }

    @Test
    void issuerDoesNotDependOnTheHostNameTheClientUses() {
        JsonNode viaLocalhost = Http.json(new Http().get("http://localhost:" + port + "/.well-known/openid-configuration"));
        JsonNode oauthMetadata = Http.json(new Http().get(base() + "/.well-known/oauth-authorization-server"));

        assertThat(viaLocalhost.get("issuer").asText()).isEqualTo(issuer());
        assertThat(oauthMetadata.get("issuer").asText()).isEqualTo(issuer());
    }

    @Test
    void jwksPublishesOnlyThePublicRsaSigningKey() {
        HttpResponse<String> response = new Http().get(base() + "/oauth2/jwks");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode keys = Http.json(response).get("keys");
        assertThat(keys).hasSize(1);
        JsonNode key = keys.get(0);
        assertThat(key.get("kty").asText()).isEqualTo("RSA");
        assertThat(key.get("alg").asText()).isEqualTo("RS256");
        assertThat(key.get("use").asText()).isEqualTo("sig");
        assertThat(key.get("kid").asText()).isNotBlank();
        assertThat(key.has("n")).isTrue();
        assertThat(key.has("d")).as("private exponent must never be published").isFalse();
        assertThat(key.has("p")).isFalse();
    }

    @Test
    void healthIsPublic() {
        HttpResponse<String> response = new Http().get(base() + "/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.json(response).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void loginPageIsBilingual() {
        HttpResponse<String> response = navigate(new Http(), base() + "/login");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html").containsIgnoringCase("utf-8"));
        assertThat(response.body()).contains("Tên đăng nhập", "Username", "Mật khẩu", "Password", "Đăng nhập", "Sign in",
                "name=\"_csrf\"");
    }

    @Test
    void otherPagesNeedASignIn() {
        HttpResponse<String> response = navigate(new Http(), base() + "/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(Http.location(response)).endsWith("/login");
    }

    private static java.util.List<String> texts(JsonNode array) {
        java.util.List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
