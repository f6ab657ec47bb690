package vn.doanket.feedback.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.testing.http.TestHttp;

import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feedback service's integration tests calling it: the platform's {@link TestHttp} signed in as a demo account
 * (bodies built as objects), the problem checks, and waiting for the eventually consistent query model.
 */
final class Http {

    static final ObjectMapper JSON = TestHttp.JSON;

    private final TestHttp service;

    Http(int port) {
        this.service = TestHttp.to("http://127.0.0.1:" + port);
    }

    /** The service as a demo account ({@code null}: anonymous). */
    TestHttp as(String account) {
        return service.as(account == null ? null : SharedInfrastructure.get().identity().bearer(account));
    }

    TestHttp.Response post(String account, String path, Object body) {
        return as(account).post(path, body);
    }

    TestHttp.Response get(String account, String path) {
        return as(account).get(path);
    }

    static JsonNode ok(TestHttp.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.body().isEmpty() ? null : response.json();
    }

    static JsonNode assertProblem(TestHttp.Response response, int status, String code) {
        return response.problem(status, code);
    }

    /** Polls a GET until the body satisfies the condition (the query model is eventually consistent). */
    JsonNode await(String account, String path, Predicate<JsonNode> condition) {
        return as(account).await(path, "GET " + path + " as " + account, TestHttp.PATIENCE, condition);
    }
}
