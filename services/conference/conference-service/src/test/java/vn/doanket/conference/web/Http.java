package vn.doanket.conference.web;

import com.fasterxml.jackson.databind.JsonNode;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.testing.http.TestHttp;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conference service's integration tests calling it: the platform's {@link TestHttp} signed in as a demo account
 * (bodies built as objects), multipart uploads, the problem checks, and waiting for the eventually consistent query
 * model.
 */
final class Http {

    /** How long the tests wait for the query model (the build machine runs several builds at once). */
    static final Duration PATIENCE = Duration.ofSeconds(90);

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

    HttpResponse<byte[]> getBytes(String account, String path) {
        return as(account).getBytes(path);
    }

    /** A {@code multipart/form-data} upload of one file in the part {@code file}. */
    TestHttp.Response upload(String account, String path, String fileName, byte[] content) {
        String boundary = "----doanket" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return as(account).header("Content-Type", "multipart/form-data; boundary=" + boundary).post(path, body);
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
        return as(account).await(path, "GET " + path + " as " + account, PATIENCE, condition);
    }
}
