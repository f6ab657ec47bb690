package vn.doanket.testing.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.awaitility.Awaitility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * The one HTTP client of the tests: requests to a running service (a {@code RANDOM_PORT} test, a service of the
 * end-to-end pipeline, the identity provider), on {@link java.net.http.HttpClient}.
 *
 * <pre>{@code
 * TestHttp api = TestHttp.to("http://127.0.0.1:" + port).as(identity.bearer("can-bo-ba-ria"));
 * TestHttp.Response created = api.post("/api/residential-areas",
 *         Map.of("communeCode", "26560", "name", "Khu phố 1", "kind", "KHU_PHO")).expect(201);
 * String code = created.json().get("areaCode").asText();
 * assertThat(api.get("/api/residential-areas/" + code).status()).isEqualTo(200);
 * }</pre>
 *
 * <p>A {@code TestHttp} is immutable: {@link #as(String)} and {@link #header(String, String)} return a new one, so a
 * test keeps one per caller. Every request has a 30 s timeout; redirects are not followed (a test sees the 302).
 *
 * <p>Request bodies ({@code Object body}) are serialised by one {@link #JSON ObjectMapper} (Java time as ISO
 * strings, e.g. {@code LocalDate} → {@code "2024-10-01"}), sent as {@code application/json}:
 * <ul>
 *   <li>a record, a {@code Map}/{@code List} ({@code Map.of(...)}, nested freely) or a {@link JsonNode}: serialised;
 *       {@code null} values in a map or record are written as JSON {@code null};</li>
 *   <li>a {@code String}: sent <em>as it is</em>, for input a serialiser could not produce — deliberately malformed
 *       JSON, repeated keys, wrong types (the point of input-policy tests) — or a text a test holds as a fixture.
 *       Do not concatenate JSON in a string: build a {@code Map} or record instead;</li>
 *   <li>a {@code byte[]}: sent as it is, with the {@code Content-Type} set by {@link #header(String, String)}
 *       (default {@code application/octet-stream}), e.g. a multipart upload;</li>
 *   <li>{@code null}: no body.</li>
 * </ul>
 * A {@code Content-Type} set with {@link #header(String, String)} replaces the default of every body kind.
 */
public final class TestHttp {

    /** The one mapper of test request bodies (and of {@link Response#json()}). */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /** The timeout of every request. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String baseUrl;
    private final Map<String, String> headers;

    private TestHttp(String baseUrl, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.headers = headers;
    }

    /** Requests to {@code baseUrl} ({@code http://127.0.0.1:8081}); paths are appended to it as they are. */
    public static TestHttp to(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        return new TestHttp(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl, Map.of());
    }

    /** The shared {@link HttpClient} (no redirects, 5 s connect timeout), for a test that must build a request itself. */
    public static HttpClient client() {
        return CLIENT;
    }

    /**
     * The same client signed in: {@code authorization} is an {@code Authorization} header value ({@code "Bearer …"},
     * as {@code IdentityProvider.bearer(account)} returns it, or {@code "Basic …"}) or a bare token, to which
     * {@code "Bearer "} is prepended; {@code null} for an anonymous caller.
     */
    public TestHttp as(String authorization) {
        if (authorization == null) {
            return without("Authorization");
        }
        return header("Authorization", authorization.contains(" ") ? authorization : "Bearer " + authorization);
    }

    /** The same client with one more header on every request (replacing a header of that name). */
    public TestHttp header(String name, String value) {
        Map<String, String> next = new LinkedHashMap<>();
        headers.forEach((k, v) -> {
            if (!k.equalsIgnoreCase(name)) {
                next.put(k, v);
            }
        });
        next.put(name, Objects.requireNonNull(value, name));
        return new TestHttp(baseUrl, Map.copyOf(next));
    }

    /** The same client without a header. */
    public TestHttp without(String name) {
        Map<String, String> next = new LinkedHashMap<>(headers);
        next.keySet().removeIf(k -> k.equalsIgnoreCase(name));
        return new TestHttp(baseUrl, Map.copyOf(next));
    }

    /** The base URL, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    /** How long {@link #await(String, Predicate)} polls by default. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    /**
     * Polls {@code GET path} until it answers 200 with a JSON body that {@code condition} accepts, and returns that
     * body: for reads that are eventually consistent (a query model, the dashboard), never read once. Polls at once,
     * then every 100 ms, for {@link #PATIENCE}; on a timeout the error names the last answer.
     */
    public JsonNode await(String path, Predicate<JsonNode> condition) {
        return await(path, "GET " + path, PATIENCE, condition);
    }

    /**
     * {@link #await(String, Predicate)} with a description of what is awaited (in the timeout's message) and a
     * patience of its own.
     */
    public JsonNode await(String path, String what, Duration patience, Predicate<JsonNode> condition) {
        AtomicReference<JsonNode> seen = new AtomicReference<>();
        Awaitility.await(what).atMost(patience).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    Response response = get(path);
                    if (response.status() != 200) {
                        throw new AssertionError(what + ": GET " + path + " answered " + response);
                    }
                    JsonNode body = response.json();
                    if (!condition.test(body)) {
                        throw new AssertionError(what + ": not yet in " + body);
                    }
                    seen.set(body);
                });
        return seen.get();
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    /** A GET whose answer is binary (a PDF, XLSX or DOCX export): {@code java.net.http}'s response with the bytes. */
    public HttpResponse<byte[]> getBytes(String path) {
        return exchange("GET", path, null, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Any method, with a body as described in the class comment ({@code null}: none). */
    public Response send(String method, String path, Object body) {
        HttpResponse<String> response = exchange(method, path, body);
        return new Response(response.statusCode(), response.headers(), response.body());
    }

    /**
     * {@link #send} returning {@code java.net.http}'s own response, for helpers whose signature must keep it.
     * Failures to connect or read are {@link UncheckedIOException}s.
     */
    public HttpResponse<String> exchange(String method, String path, Object body) {
        return exchange(method, path, body, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** {@link #exchange(String, String, Object)} with the answer read by {@code answer}. */
    public <T> HttpResponse<T> exchange(String method, String path, Object body, HttpResponse.BodyHandler<T> answer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT);
        String contentType = null;
        HttpRequest.BodyPublisher publisher;
        if (body == null) {
            publisher = HttpRequest.BodyPublishers.noBody();
        } else if (body instanceof byte[] bytes) {
            publisher = HttpRequest.BodyPublishers.ofByteArray(bytes);
            contentType = "application/octet-stream";
        } else {
            publisher = HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8);
            contentType = "application/json";
        }
        boolean typed = false;
        for (Map.Entry<String, String> h : headers.entrySet()) {
            request.header(h.getKey(), h.getValue());
            typed |= h.getKey().equalsIgnoreCase("Content-Type");
        }
        if (contentType != null && !typed) {
            request.header("Content-Type", contentType);
        }
        request.method(method, publisher);
        try {
            return CLIENT.send(request.build(), answer);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + baseUrl + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + method + " " + baseUrl + path, e);
        }
    }

    /** The JSON text of a body as {@link #send} sends it: a {@code String} as it is, anything else serialised. */
    public static String json(Object body) {
        if (body instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise a request body of " + body.getClass().getName(), e);
        }
    }

    /** A response: status, headers and the body as text. */
    public record Response(int status, HttpHeaders headers, String body) {

        /** The body as JSON; an {@link AssertionError} naming the status and body when it is none. */
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (status " + status + "): " + body, e);
            }
        }

        /** The body read as {@code type} by the test mapper. */
        public <T> T as(Class<T> type) {
            try {
                return JSON.readValue(body, type);
            } catch (IOException e) {
                throw new AssertionError("Not a " + type.getSimpleName() + " (status " + status + "): " + body, e);
            }
        }

        /** The first value of a header, {@code null} when there is none. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /**
         * This response when its status is {@code expected}; otherwise an {@link AssertionError} with the status and
         * the body (what a failing test needs to show).
         */
        public Response expect(int expected) {
            if (status != expected) {
                throw new AssertionError("Expected status " + expected + " but was " + status + ": " + body);
            }
            return this;
        }

        /**
         * The body of a bilingual problem answer: this status, {@code application/problem+json}, this code (unless
         * null), and Vietnamese title and detail beside the English detail; an {@link AssertionError} otherwise.
         */
        public JsonNode problem(int expected, String code) {
            expect(expected);
            String type = header("Content-Type");
            if (type == null || !type.startsWith("application/problem+json")) {
                throw new AssertionError("Expected application/problem+json but was " + type + ": " + body);
            }
            JsonNode problem = json();
            if (code != null && !code.equals(problem.path("code").asText())) {
                throw new AssertionError("Expected problem code " + code + ": " + body);
            }
            for (String field : new String[]{"title_vi", "detail", "detail_vi"}) {
                if (problem.path(field).asText().isBlank()) {
                    throw new AssertionError("The problem has no " + field + ": " + body);
                }
            }
            return problem;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
