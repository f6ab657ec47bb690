package vn.doanket.testing.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link TestHttp} against a tiny echo server: what goes out on the wire, and what a response offers. */
class TestHttpTest {

    static HttpServer server;
    static final java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
    static String base;

    /** What the echo server saw of a request. */
    record Seen(String method, String path, String contentType, String authorization, String requestId, String body) {
    }

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/echo", TestHttpTest::echo);
        server.createContext("/redirect", exchange -> {
            exchange.getResponseHeaders().add("Location", "/echo");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/text", exchange -> respond(exchange, 418, "text/plain", "not json"));
        // an eventually consistent read: 404 twice, then a count that grows by one per read
        server.createContext("/eventually", exchange -> {
            int n = reads.incrementAndGet();
            if (n <= 2) {
                respond(exchange, 404, "application/problem+json", "{\"code\":\"not-yet\"}");
            } else {
                respond(exchange, 200, "application/json", "{\"count\":" + (n - 2) + "}");
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    static void echo(HttpExchange exchange) throws IOException {
        byte[] in = exchange.getRequestBody().readAllBytes();
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("method", exchange.getRequestMethod());
        seen.put("path", exchange.getRequestURI().toString());
        seen.put("contentType", exchange.getRequestHeaders().getFirst("Content-Type"));
        seen.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
        seen.put("requestId", exchange.getRequestHeaders().getFirst("X-Request-Id"));
        seen.put("body", "application/octet-stream".equals(exchange.getRequestHeaders().getFirst("Content-Type"))
                ? Base64.getEncoder().encodeToString(in) : new String(in, StandardCharsets.UTF_8));
        exchange.getResponseHeaders().add("X-Echo", "yes");
        exchange.getResponseHeaders().add("X-Echo", "again");
        int status = exchange.getRequestURI().getPath().endsWith("/created") ? 201 : 200;
        respond(exchange, status, "application/json", TestHttp.JSON.writeValueAsString(seen));
    }

    static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] out = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, out.length);
        try (OutputStream stream = exchange.getResponseBody()) {
            stream.write(out);
        }
    }

    record Registration(String communeCode, String name, LocalDate registeredOn, Instant at, List<String> tags) {
    }

    @Test
    void aRecordIsSentAsJsonWithDatesAsIsoStringsAndTheBearer() {
        TestHttp.Response response = TestHttp.to(base).as("Bearer abc.def.ghi").post("/echo/created",
                new Registration("26560", "Khu phố Phước Trung", LocalDate.of(2024, 10, 1),
                        Instant.parse("2025-07-01T00:00:00Z"), List.of("a", "b")));
        assertThat(response.expect(201).status()).isEqualTo(201);
        Seen seen = response.as(Seen.class);
        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.path()).isEqualTo("/echo/created");
        assertThat(seen.contentType()).isEqualTo("application/json");
        assertThat(seen.authorization()).isEqualTo("Bearer abc.def.ghi");
        JsonNode body = readTree(seen.body());
        assertThat(body.get("communeCode").asText()).isEqualTo("26560");
        assertThat(body.get("name").asText()).isEqualTo("Khu phố Phước Trung");
        assertThat(body.get("registeredOn").asText()).isEqualTo("2024-10-01");
        assertThat(body.get("at").asText()).isEqualTo("2025-07-01T00:00:00Z");
        assertThat(body.get("tags")).hasSize(2);
    }

    @Test
    void mapsNestedMapsAndJsonNodesAreSerialisedAStringIsSentAsItIs() {
        TestHttp http = TestHttp.to(base + "/");
        Map<String, Object> merge = Map.of("mergedAreaCodes", List.of("26560-B", "26560-C"),
                "newArea", Map.of("name", "Khu phố Mới", "kind", "KHU_PHO"), "mergedOn", LocalDate.of(2026, 1, 2));
        JsonNode sent = readTree(http.post("/echo", merge).as(Seen.class).body());
        assertThat(sent.get("mergedAreaCodes").get(1).asText()).isEqualTo("26560-C");
        assertThat(sent.get("newArea").get("name").asText()).isEqualTo("Khu phố Mới");
        assertThat(sent.get("mergedOn").asText()).isEqualTo("2026-01-02");

        ObjectNode node = TestHttp.JSON.createObjectNode().put("confirm", "REBUILD");
        assertThat(http.post("/echo", node).as(Seen.class).body()).isEqualTo("{\"confirm\":\"REBUILD\"}");

        // a deliberately malformed body goes out exactly as written
        Seen malformed = http.put("/echo", "{\"communeCode\":").as(Seen.class);
        assertThat(malformed.method()).isEqualTo("PUT");
        assertThat(malformed.body()).isEqualTo("{\"communeCode\":");
        assertThat(malformed.contentType()).isEqualTo("application/json");
    }

    @Test
    void everyMethodAndNoBodyWithoutContentType() {
        TestHttp http = TestHttp.to(base);
        Seen get = http.get("/echo?q=nguyen%20van%20a").as(Seen.class);
        assertThat(get.method()).isEqualTo("GET");
        assertThat(get.path()).isEqualTo("/echo?q=nguyen%20van%20a");
        assertThat(get.contentType()).isNull();
        assertThat(get.body()).isEmpty();
        assertThat(http.delete("/echo").as(Seen.class).method()).isEqualTo("DELETE");
        assertThat(http.patch("/echo", Map.of("name", "x")).as(Seen.class).method()).isEqualTo("PATCH");
        assertThat(http.send("OPTIONS", "/echo", null).as(Seen.class).method()).isEqualTo("OPTIONS");
        assertThat(http.exchange("POST", "/echo", Map.of("a", 1)).statusCode()).isEqualTo(200);
    }

    @Test
    void authorizationAndHeaders() {
        TestHttp anonymous = TestHttp.to(base);
        assertThat(anonymous.get("/echo").as(Seen.class).authorization()).isNull();
        assertThat(anonymous.as("bare-token").get("/echo").as(Seen.class).authorization()).isEqualTo("Bearer bare-token");
        assertThat(anonymous.as("Basic dXNlcjpwdw==").get("/echo").as(Seen.class).authorization())
                .isEqualTo("Basic dXNlcjpwdw==");
        TestHttp signedIn = anonymous.as("Bearer t1").header("X-Request-Id", "req-1");
        assertThat(signedIn.as(null).get("/echo").as(Seen.class).authorization()).as("signed out again").isNull();
        Seen seen = signedIn.as("Bearer t2").get("/echo").as(Seen.class);
        assertThat(seen.authorization()).isEqualTo("Bearer t2");
        assertThat(seen.requestId()).isEqualTo("req-1");
        assertThat(signedIn.without("x-request-id").get("/echo").as(Seen.class).requestId()).isNull();
        assertThat(anonymous.get("/echo").as(Seen.class).requestId()).as("immutable").isNull();
    }

    @Test
    void bytesGoOutAsTheyAreWithTheContentTypeSet() {
        byte[] file = {0, 1, 2, (byte) 0xff};
        Seen seen = TestHttp.to(base).post("/echo", file).as(Seen.class);
        assertThat(seen.contentType()).isEqualTo("application/octet-stream");
        assertThat(Base64.getDecoder().decode(seen.body())).isEqualTo(file);
        Seen typed = TestHttp.to(base).header("Content-Type", "text/csv").post("/echo", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8))
                .as(Seen.class);
        assertThat(typed.contentType()).isEqualTo("text/csv");
        assertThat(typed.body()).isEqualTo("a,b\n1,2\n");
    }

    @Test
    void theResponseOffersJsonHeadersAndAStatusCheckWithTheBody() {
        TestHttp.Response response = TestHttp.to(base).get("/echo");
        assertThat(response.json().get("method").asText()).isEqualTo("GET");
        assertThat(response.header("x-echo")).isEqualTo("yes");
        assertThat(response.headers().allValues("X-Echo")).containsExactly("yes", "again");
        assertThat(response.header("X-None")).isNull();

        TestHttp.Response text = TestHttp.to(base).get("/text");
        assertThat(text.status()).isEqualTo(418);
        assertThatThrownBy(() -> text.expect(200)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("418").hasMessageContaining("not json");
        assertThatThrownBy(text::json).isInstanceOf(AssertionError.class).hasMessageContaining("not json");
    }

    @Test
    void aBinaryAnswerIsReadAsBytes() {
        java.net.http.HttpResponse<byte[]> response = TestHttp.to(base).as("Bearer t").getBytes("/echo");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(readTree(new String(response.body(), StandardCharsets.UTF_8)).get("authorization").asText())
                .isEqualTo("Bearer t");
    }

    @Test
    void awaitPollsPastRefusalsUntilTheConditionHoldsAndNamesTheLastAnswerOnATimeout() {
        reads.set(0);
        JsonNode body = TestHttp.to(base).await("/eventually", b -> b.get("count").asInt() >= 3);
        assertThat(body.get("count").asInt()).isEqualTo(3);
        assertThat(reads.get()).isEqualTo(5);

        assertThatThrownBy(() -> TestHttp.to(base).await("/text", "the teapot's JSON", java.time.Duration.ofMillis(300),
                b -> true))
                .hasMessageContaining("the teapot's JSON").hasStackTraceContaining("answered 418 not json");
        assertThatThrownBy(() -> TestHttp.to(base).await("/eventually", "a count of a million",
                java.time.Duration.ofMillis(300), b -> b.get("count").asInt() >= 1_000_000))
                .hasMessageContaining("a count of a million").hasStackTraceContaining("not yet in {\"count\":");
    }

    @Test
    void redirectsAreNotFollowed() {
        TestHttp.Response response = TestHttp.to(base).get("/redirect");
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).isEqualTo("/echo");
    }

    @Test
    void aRefusedConnectionIsAnUncheckedIoException() throws IOException {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        assertThatThrownBy(() -> TestHttp.to("http://127.0.0.1:" + port).get("/"))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("GET http://127.0.0.1:" + port + "/");
    }

    static JsonNode readTree(String json) {
        try {
            return TestHttp.JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(json, e);
        }
    }
}
