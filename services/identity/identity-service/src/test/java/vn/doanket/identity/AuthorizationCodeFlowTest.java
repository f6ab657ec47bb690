package vn.doanket.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/** The dashboard's browser flow, step by step over real HTTP: authorize → login form → code → token. */
class AuthorizationCodeFlowTest extends IdentityTestSupport {

    @Test
    void fullFlowIssuesSignedTokensWithThePlatformClaims() {
        Pkce pkce = Pkce.create();
        Http browser = new Http();

        // 1. the dashboard sends the browser to /oauth2/authorize; not signed in -> the login page
        HttpResponse<String> authorize = navigate(browser, authorizeUrl(REDIRECT_URI, pkce, "state-1"));
        assertThat(authorize.statusCode()).isEqualTo(302);
        assertThat(Http.location(authorize)).isEqualTo(base() + "/login");

        // 2. the login form, with the CSRF token from the page and the session cookie
        HttpResponse<String> login = submitLogin(browser, "lanh-dao-hcm", PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        String resumed = Http.location(login);
        assertThat(resumed).startsWith(base() + "/oauth2/authorize");

        // 3. back to /oauth2/authorize -> redirect to the dashboard with a code
        HttpResponse<String> withCode = navigate(browser, resumed);
        assertThat(withCode.statusCode()).isEqualTo(302);
        URI back = URI.create(Http.location(withCode));
        assertThat(back.toString()).startsWith(REDIRECT_URI + "?");
        Map<String, String> params = query(back);
        assertThat(params).containsEntry("state", "state-1").containsKey("code");

        // 4. the code for tokens, proving possession of the PKCE verifier
        HttpResponse<String> tokenResponse = exchangeCode(params.get("code"), REDIRECT_URI, pkce.verifier());
        assertThat(tokenResponse.statusCode()).as(tokenResponse.body()).isEqualTo(200);
        JsonNode tokens = Http.json(tokenResponse);
        assertThat(tokens.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(tokens.get("expires_in").asLong()).isBetween(1790L, 1800L);
        assertThat(tokens.has("refresh_token")).as("a public client gets no refresh token").isFalse();

        Jwt access = decode(tokens.get("access_token").asText());
        assertThat(access.getHeaders()).containsEntry("alg", "RS256");
        assertThat(access.getClaimAsString("iss")).isEqualTo(issuer());
        assertThat(access.getSubject()).isEqualTo("u-lanh-dao-hcm");
        assertThat(access.getClaimAsString("preferred_username")).isEqualTo("lanh-dao-hcm");
        assertThat(access.getClaimAsString("name")).isEqualTo("Lãnh đạo TP. Hồ Chí Minh");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("LEADER");
        assertThat(access.getClaimAsString("scope_unit")).isEqualTo("79");
        assertThat(access.getAudience()).containsExactly(DASHBOARD);
        assertThat(access.getClaimAsStringList("scope")).containsExactlyInAnyOrder("openid", "profile");
        assertThat(access.getClaims().get("roles")).as("roles is a JSON array").isInstanceOf(java.util.List.class);

        Jwt id = decode(tokens.get("id_token").asText());
        assertThat(id.getSubject()).isEqualTo("u-lanh-dao-hcm");
        assertThat(id.getClaimAsString("name")).isEqualTo("Lãnh đạo TP. Hồ Chí Minh");
        assertThat(id.getClaimAsStringList("roles")).containsExactly("LEADER");
        assertThat(id.getClaimAsString("scope_unit")).isEqualTo("79");
        assertThat(id.getClaimAsString("nonce")).isEqualTo("n-state-1");
        assertThat(id.getAudience()).containsExactly(DASHBOARD);

        // nothing about the person beyond the display name
        assertThat(access.getClaims().keySet()).doesNotContain("email", "phone_number", "birthdate", "address",
                "given_name", "family_name");
    }

    @Test
    void userInfoAnswersWithTheSameClaims() {
        JsonNode tokens = signInAndGetTokens("ban-cong-tac-kp-phuoc-trung");

        HttpResponse<String> userInfo = new Http().get(base() + "/userinfo",
                "Authorization", "Bearer " + tokens.get("access_token").asText());

        assertThat(userInfo.statusCode()).as(userInfo.body()).isEqualTo(200);
        JsonNode claims = Http.json(userInfo);
        assertThat(claims.get("sub").asText()).isEqualTo("u-ban-cong-tac-kp-phuoc-trung");
        assertThat(claims.get("name").asText()).isEqualTo("Trưởng ban Công tác Mặt trận Khu phố Phước Trung");
        assertThat(claims.get("scope_unit").asText()).isEqualTo("26560-KP01");
        assertThat(claims.get("roles").get(0).asText()).isEqualTo("COMMITTEE");
    }

    @Test
    void devTokenCarriesTheSameClaimsAsTheBrowserFlow() {
        Jwt browser = decode(signInAndGetTokens("xu-ly-don-ba-ria").get("access_token").asText());
        Jwt dev = decode(devToken("xu-ly-don-ba-ria"));

        for (String claim : new String[] {"iss", "sub", "aud", "preferred_username", "name", "roles", "scope_unit"}) {
            assertThat(dev.getClaims().get(claim)).as(claim).isEqualTo(browser.getClaims().get(claim));
        }
        assertThat(dev.getClaimAsStringList("scope")).containsExactlyInAnyOrderElementsOf(browser.getClaimAsStringList("scope"));
        assertThat(dev.getClaims().keySet()).isEqualTo(browser.getClaims().keySet());
        assertThat(dev.getHeaders().get("kid")).isEqualTo(browser.getHeaders().get("kid"));
    }

    @Test
    void localhostAndAnyLoopbackPortAreAcceptedRedirectUris() {
        for (String redirect : new String[] {"http://localhost:8080/login/oauth2/code/doanket",
                "http://127.0.0.1:18080/login/oauth2/code/doanket"}) {
            Pkce pkce = Pkce.create();
            URI back = authorize(new Http(), authorizeUrl(redirect, pkce, "s"), "can-bo-ba-ria", PASSWORD);
            assertThat(back.toString()).startsWith(redirect + "?");
            HttpResponse<String> tokens = exchangeCode(query(back).get("code"), redirect, pkce.verifier());
            assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        }
    }

    @Test
    void unregisteredRedirectUriIsRefusedWithoutRedirecting() {
        HttpResponse<String> response = navigate(new Http(),
                authorizeUrl("https://evil.example/login/oauth2/code/doanket", Pkce.create(), "s"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void pkceIsRequired() {
        Http browser = new Http();
        // sign in first, so the only thing missing is the code challenge
        signInWith(browser);

        URI back = authorize(browser, authorizeUrl(REDIRECT_URI, null, "no-pkce"), "can-bo-hcm", PASSWORD);

        Map<String, String> params = query(back);
        assertThat(params).doesNotContainKey("code").containsEntry("error", "invalid_request");
        assertThat(params.get("error_description")).contains("code_challenge");
    }

    @Test
    void codeExchangeNeedsTheRightVerifier() {
        Pkce pkce = Pkce.create();
        URI back = authorize(new Http(), authorizeUrl(REDIRECT_URI, pkce, "s"), "can-bo-hcm", PASSWORD);
        String code = query(back).get("code");

        HttpResponse<String> noVerifier = exchangeCode(code, REDIRECT_URI, null);
        HttpResponse<String> wrongVerifier = exchangeCode(code, REDIRECT_URI, Pkce.create().verifier());

        // without a verifier the public client is not even authenticated
        assertThat(noVerifier.statusCode()).isEqualTo(401);
        assertThat(noVerifier.body()).doesNotContain("access_token");
        assertThat(wrongVerifier.statusCode()).isEqualTo(400);
        assertThat(Http.json(wrongVerifier).get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void wrongPasswordGivesNoToken() {
        Http browser = new Http();
        Pkce pkce = Pkce.create();
        HttpResponse<String> authorize = navigate(browser, authorizeUrl(REDIRECT_URI, pkce, "s"));
        assertThat(Http.location(authorize)).endsWith("/login");

        HttpResponse<String> login = submitLogin(browser, "lanh-dao-hcm", "sai-mat-khau");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(Http.location(login)).endsWith("/login?error");
        HttpResponse<String> page = navigate(browser, Http.location(login));
        assertThat(page.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng", "Invalid username or password");
        // still not signed in: the authorization request goes back to the login page, never to the client
        HttpResponse<String> again = navigate(browser, authorizeUrl(REDIRECT_URI, pkce, "s"));
        assertThat(Http.location(again)).endsWith("/login").doesNotContain("code=");
    }

    @Test
    void unknownUserCannotSignIn() {
        HttpResponse<String> login = submitLogin(new Http(), "khong-ton-tai", PASSWORD);

        assertThat(Http.location(login)).endsWith("/login?error");
    }

    private void signInWith(Http browser) {
        HttpResponse<String> login = submitLogin(browser, "can-bo-hcm", PASSWORD);
        assertThat(Http.location(login)).doesNotContain("error");
    }
}
