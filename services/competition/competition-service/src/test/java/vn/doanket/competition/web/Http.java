package vn.doanket.competition.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.testing.http.TestHttp;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP helpers of the competition service's integration tests, on the platform's one test client
 * ({@link TestHttp}) and Awaitility. JSON bodies are strings here only where the tests write them as text blocks.
 */
final class Http {

    static final ObjectMapper JSON = TestHttp.JSON;

    private final int port;

    Http(int port) {
        this.port = port;
    }

    private TestHttp as(String account) {
        return TestHttp.to("http://127.0.0.1:" + port)
                .as(account == null ? null : SharedInfrastructure.get().identity().bearer(account));
    }

    HttpResponse<String> post(String account, String path, String json) throws Exception {
        return as(account).exchange("POST", path, json);
    }

    HttpResponse<String> get(String account, String path) throws Exception {
        return as(account).exchange("GET", path, null);
    }

    /** Sends a request built by the caller (the access rows' any-method requests), with the account's token. */
    HttpResponse<String> send(String account, HttpRequest.Builder request) throws Exception {
        if (account != null) {
            request.header("Authorization", SharedInfrastructure.get().identity().bearer(account));
        }
        return TestHttp.client().send(request.timeout(TestHttp.TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static JsonNode ok(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }

    /** A bilingual problem+json with this status (and this code, unless null). */
    static JsonNode assertProblem(HttpResponse<String> response, int status, String code) throws Exception {
        return new TestHttp.Response(response.statusCode(), response.headers(), response.body()).problem(status, code);
    }

    /** Polls a GET until the body satisfies the condition (the query model is eventually consistent). */
    JsonNode await(String account, String path, Predicate<JsonNode> condition) {
        return as(account).await(path, "GET " + path + " as " + account, TestHttp.PATIENCE, condition);
    }
}
