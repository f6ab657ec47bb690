package vn.doanket.competition.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.doanket.testing.stack.StackScenario;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP of the competition's stack scenarios: requests as demo accounts, waits on eventually consistent reads. */
final class ScenarioHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final StackScenario.Stack stack;

    ScenarioHttp(StackScenario.Stack stack) {
        this.stack = stack;
    }

    HttpResponse<String> send(String service, String account, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.url(service) + path))
                .timeout(Duration.ofSeconds(60));
        if (account != null) {
            request.header("Authorization", stack.bearer(account));
        }
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A POST to the competition service that must answer {@code status}. */
    JsonNode post(String account, String path, String json, int status) throws Exception {
        HttpResponse<String> response = send("competition", account, "POST", path, json);
        assertThat(response.statusCode()).as("POST " + path + " as " + account + ": " + response.body()).isEqualTo(status);
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }

    /** A GET that answers 200 with a body the condition accepts, within a minute. */
    JsonNode await(String service, String account, String path, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = send(service, account, "GET", path, null);
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200) {
                JsonNode body = JSON.readTree(response.body());
                if (condition.test(body)) {
                    return body;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("GET " + path + " never satisfied the condition; last: " + last);
    }

    /** A unit's current figures on the dashboard (name → value). */
    Map<String, Long> figures(String unit) throws Exception {
        JsonNode body = await("dashboard", "trung-uong", "/api/units/" + unit + "/figures", b -> b.has("figures"));
        Map<String, Long> figures = new TreeMap<>();
        body.get("figures").fields().forEachRemaining(e -> figures.put(e.getKey(), e.getValue().asLong()));
        return figures;
    }

    /** Waits until a unit's figures, less {@code before}, equal {@code expected} on the named figures. */
    Map<String, Long> awaitDelta(String unit, Map<String, Long> before, Map<String, Long> expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Map<String, Long> delta = Map.of();
        while (System.nanoTime() < deadline) {
            Map<String, Long> now = figures(unit);
            Map<String, Long> d = new TreeMap<>();
            expected.keySet().forEach(k -> d.put(k, now.getOrDefault(k, 0L) - before.getOrDefault(k, 0L)));
            delta = d;
            if (d.equals(new TreeMap<>(expected))) {
                return now;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("figures of " + unit + " changed by " + delta + ", expected " + expected);
    }
}
