package vn.doanket.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One application context for the test classes that extend this (dev tokens on, random port), and
 * helpers that speak real HTTP to it: the authorization-code + PKCE flow as a browser does it, client
 * credentials, dev tokens, and a decoder that trusts only the provider's JWKS and issuer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=identity", "doanket.identity.dev-tokens.enabled=true"})
abstract class IdentityTestSupport {

    static final String DASHBOARD = "dashboard-web";
    static final String SCRIPTS = "doanket-scripts";
    static final String SCRIPTS_SECRET = "doanket-scripts-dev";
    static final String PASSWORD = "doanket2025";
    static final String REDIRECT_URI = "http://127.0.0.1:8080/login/oauth2/code/doanket";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    @LocalServerPort
    int port;

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** The issuer every token and the discovery document must carry. */
    String issuer() {
        return base();
    }

    /** A decoder as a resource server would build it: signature from the JWKS, default time checks, issuer. */
    NimbusJwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(base() + "/oauth2/jwks").build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer()));
        return decoder;
    }

    Jwt decode(String token) {
        return decoder().decode(token);
    }

    // --- dev tokens and client credentials ----------------------------------------------------

    HttpResponse<String> requestDevToken(String username) {
        return new Http().postJson(base() + "/dev/tokens", Map.of("username", username));
    }

    String devToken(String username) {
        HttpResponse<String> response = requestDevToken(username);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).get("access_token").asText();
    }

    HttpResponse<String> clientCredentials(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return new Http().postForm(base() + "/oauth2/token", Map.of("grant_type", "client_credentials"),
                "Authorization", "Basic " + basic);
    }

    // --- authorization code + PKCE ------------------------------------------------------------

    /** A PKCE pair. */
    record Pkce(String verifier, String challenge) {

        static Pkce create() {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    String authorizeUrl(String redirectUri, Pkce pkce, String state) {
        UriComponentsBuilder url = UriComponentsBuilder.fromUriString(base() + "/oauth2/authorize")
                .queryParam("response_type", "code")
                .queryParam("client_id", DASHBOARD)
                .queryParam("scope", "openid profile")
                .queryParam("redirect_uri", redirectUri)
                .queryParam("state", state)
                .queryParam("nonce", "n-" + state);
        if (pkce != null) {
            url.queryParam("code_challenge", pkce.challenge()).queryParam("code_challenge_method", "S256");
        }
        return url.encode().build().toUriString();
    }

    /** GET with {@code Accept: text/html}, as a browser navigates. */
    static HttpResponse<String> navigate(Http browser, String url) {
        return browser.get(url, "Accept", "text/html,application/xhtml+xml");
    }

    /** Fetches the login page and returns its CSRF token. */
    String loginPageCsrf(Http browser) {
        HttpResponse<String> page = navigate(browser, base() + "/login");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("CSRF field in the login page:\n" + page.body()).isTrue();
        return m.group(1);
    }

    /** Posts the login form; returns the response (302 to the saved request, or to /login?error). */
    HttpResponse<String> submitLogin(Http browser, String username, String password) {
        String csrf = loginPageCsrf(browser);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        form.put("_csrf", csrf);
        return browser.postForm(base() + "/login", form, "Accept", "text/html");
    }

    /**
     * Follows a browser from an authorization request to the client's redirect URI, signing in on the way
     * when the provider asks for it.
     *
     * @return the final Location (on the redirect URI), with {@code code} or {@code error}
     */
    URI authorize(Http browser, String authorizeUrl, String username, String password) {
        HttpResponse<String> response = navigate(browser, authorizeUrl);
        for (int hops = 0; hops < 6; hops++) {
            assertThat(response.statusCode()).as(response.body()).isIn(302, 303);
            URI location = URI.create(Http.location(response)).isAbsolute()
                    ? URI.create(Http.location(response))
                    : URI.create(base()).resolve(Http.location(response));
            if (!location.toString().startsWith(base())) {
                return location;
            }
            if (location.getPath().equals("/login") && location.getQuery() == null) {
                response = submitLogin(browser, username, password);
                assertThat(Http.location(response)).as("login must succeed").doesNotContain("error");
            } else {
                response = navigate(browser, location.toString());
            }
        }
        throw new AssertionError("Too many redirects");
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        UriComponentsBuilder.fromUri(uri).build().getQueryParams()
                .forEach((k, v) -> params.put(k, v.isEmpty() || v.get(0) == null
                        ? "" : java.net.URLDecoder.decode(v.get(0), StandardCharsets.UTF_8)));
        return params;
    }

    HttpResponse<String> exchangeCode(String code, String redirectUri, String verifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("client_id", DASHBOARD);
        if (verifier != null) {
            form.put("code_verifier", verifier);
        }
        return new Http().postForm(base() + "/oauth2/token", form);
    }

    /** The whole browser flow for one account; returns the token response. */
    JsonNode signInAndGetTokens(String username) {
        Pkce pkce = Pkce.create();
        URI back = authorize(new Http(), authorizeUrl(REDIRECT_URI, pkce, "s1"), username, PASSWORD);
        Map<String, String> params = query(back);
        assertThat(params).as(back.toString()).containsKey("code").containsEntry("state", "s1");
        HttpResponse<String> tokens = exchangeCode(params.get("code"), REDIRECT_URI, pkce.verifier());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return Http.json(tokens);
    }
}
