package vn.doanket.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class DevTokensTest extends IdentityTestSupport {

    /** The demo accounts of services/identity/README.md. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            trung-uong                  | LEADER           | VN         | Lãnh đạo Trung ương
            lanh-dao-hcm                | LEADER           | 79         | Lãnh đạo TP. Hồ Chí Minh
            can-bo-hcm                  | OFFICER          | 79         | Cán bộ Ủy ban MTTQ TP. Hồ Chí Minh
            lanh-dao-ha-noi             | LEADER           | 01         | Lãnh đạo TP. Hà Nội
            can-bo-ba-ria               | OFFICER          | 26560      | Cán bộ MTTQ Phường Bà Rịa
            lanh-dao-ba-ria             | LEADER           | 26560      | Chủ tịch Ủy ban MTTQ Phường Bà Rịa
            ban-cong-tac-kp-phuoc-trung | COMMITTEE        | 26560-KP01 | Trưởng ban Công tác Mặt trận Khu phố Phước Trung
            xu-ly-don-ba-ria            | PETITION_HANDLER | 26560      | Cán bộ xử lý đơn Phường Bà Rịa
            kiem-tra-hcm                | AUDITOR          | 79         | Kiểm tra viên TP. Hồ Chí Minh
            quan-tri                    | ADMINISTRATOR    | VN         | Quản trị hệ thống
            can-bo-cao-bang             | OFFICER          | 04         | Cán bộ Ủy ban MTTQ tỉnh Cao Bằng
            """)
    void everyDemoAccountGetsARealTokenWithItsClaims(String username, String role, String scopeUnit, String name) {
        HttpResponse<String> response = requestDevToken(username);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode body = Http.json(response);
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(1800L);

        Jwt jwt = decode(body.get("access_token").asText());
        assertThat(jwt.getClaimAsString("iss")).isEqualTo(issuer());
        assertThat(jwt.getSubject()).isEqualTo("u-" + username);
        assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo(username);
        assertThat(jwt.getClaimAsString("name")).isEqualTo(name);
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly(role);
        assertThat(jwt.getClaimAsString("scope_unit")).isEqualTo(scopeUnit);
        assertThat(jwt.getAudience()).containsExactly(DASHBOARD);
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void acceptsAFormParameterToo() {
        HttpResponse<String> response = new Http().postForm(base() + "/dev/tokens", Map.of("username", "quan-tri"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(decode(Http.json(response).get("access_token").asText()).getClaimAsStringList("roles"))
                .containsExactly("ADMINISTRATOR");
    }

    @Test
    void unknownUserIsABilingual404Problem() {
        HttpResponse<String> response = requestDevToken("khong-ton-tai");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = Http.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("code").asText()).isEqualTo("unknown-account");
        assertThat(problem.get("detail").asText()).isEqualTo("There is no demo account with this username.");
        assertThat(problem.get("detail_vi").asText()).isEqualTo("Không có tài khoản thử nghiệm với tên đăng nhập này.");
        assertThat(problem.get("title_vi").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("khong-ton-tai\"").doesNotContain("access_token");
    }

    @Test
    void blankUsernameIsA400Problem() {
        HttpResponse<String> response = new Http().postJson(base() + "/dev/tokens", Map.of("username", " "));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("code").asText()).isEqualTo("validation-failed");
    }

    @Test
    void aTokenPastItsExpiryIsRejected() {
        String token = devToken("can-bo-ba-ria");
        Jwt jwt = decode(token);

        // a resource server 31 minutes later, with no clock skew allowance
        JwtTimestampValidator later = new JwtTimestampValidator(Duration.ZERO);
        later.setClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(31)));
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(base() + "/oauth2/jwks").build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(later, new JwtIssuerValidator(issuer())));

        assertThat(jwt.getExpiresAt()).isNotNull();
        assertThatThrownBy(() -> decoder.decode(token))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void aTokenFromAnotherIssuerOrTamperedIsRejected() {
        String token = devToken("can-bo-ba-ria");
        NimbusJwtDecoder otherIssuer = NimbusJwtDecoder.withJwkSetUri(base() + "/oauth2/jwks").build();
        otherIssuer.setJwtValidator(new JwtIssuerValidator("http://keycloak:8080/realms/doanket"));
        String[] parts = token.split("\\.");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"26560\"", "\"79\"");
        String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];

        assertThatThrownBy(() -> otherIssuer.decode(token)).isInstanceOf(JwtValidationException.class);
        assertThatThrownBy(() -> decode(tampered)).hasMessageContaining("signature");
        assertThat(Arrays.asList(parts)).hasSize(3);
    }
}
