package vn.doanket.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class ClientCredentialsTest extends IdentityTestSupport {

    @Test
    void scriptsClientGetsAnAdministratorTokenForTheWholeCountry() {
        HttpResponse<String> response = clientCredentials(SCRIPTS, SCRIPTS_SECRET);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = Http.json(response);
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        Jwt jwt = decode(body.get("access_token").asText());
        assertThat(jwt.getClaimAsString("iss")).isEqualTo(issuer());
        assertThat(jwt.getSubject()).isEqualTo(SCRIPTS);
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("ADMINISTRATOR");
        assertThat(jwt.getClaimAsString("scope_unit")).isEqualTo("VN");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("Tập lệnh Đoàn Kết");
        assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo(SCRIPTS);
    }

    @Test
    void secretMayAlsoComeInTheForm() {
        HttpResponse<String> response = new Http().postForm(base() + "/oauth2/token", Map.of(
                "grant_type", "client_credentials", "client_id", SCRIPTS, "client_secret", SCRIPTS_SECRET));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(decode(Http.json(response).get("access_token").asText()).getSubject()).isEqualTo(SCRIPTS);
    }

    @Test
    void wrongSecretIsRejected() {
        HttpResponse<String> response = clientCredentials(SCRIPTS, "sai");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Http.json(response).get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void theDashboardCannotUseClientCredentials() {
        HttpResponse<String> response = new Http().postForm(base() + "/oauth2/token", Map.of(
                "grant_type", "client_credentials", "client_id", DASHBOARD));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("access_token");
    }
}
