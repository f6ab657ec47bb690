package vn.doanket.competition.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;
import vn.doanket.testing.http.TestHttp;
import vn.doanket.testing.stack.StackScenario;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP of the competition's stack scenarios: requests as demo accounts, waits on eventually consistent reads. */
final class ScenarioHttp {

    static final ObjectMapper JSON = TestHttp.JSON;

    private final StackScenario.Stack stack;

    ScenarioHttp(StackScenario.Stack stack) {
        this.stack = stack;
    }

    HttpResponse<String> send(String service, String account, String method, String path, String json) throws Exception {
        return TestHttp.to(stack.url(service).toString()).as(account == null ? null : stack.bearer(account))
                .exchange(method, path, json);
    }

    /** A POST to the competition service that must answer {@code status}. */
    JsonNode post(String account, String path, String json, int status) throws Exception {
        HttpResponse<String> response = send("competition", account, "POST", path, json);
        assertThat(response.statusCode()).as("POST " + path + " as " + account + ": " + response.body()).isEqualTo(status);
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }

    /** A GET that answers 200 with a body the condition accepts, within a minute. */
    JsonNode await(String service, String account, String path, Predicate<JsonNode> condition) {
        return TestHttp.to(stack.url(service).toString()).as(account == null ? null : stack.bearer(account))
                .await(path, "GET " + service + path + " as " + account, Duration.ofSeconds(60), condition);
    }

    /** A unit's current figures on the dashboard (name → value). */
    Map<String, Long> figures(String unit) throws Exception {
        JsonNode body = await("dashboard", "trung-uong", "/api/units/" + unit + "/figures", b -> b.has("figures"));
        Map<String, Long> figures = new TreeMap<>();
        body.get("figures").fields().forEachRemaining(e -> figures.put(e.getKey(), e.getValue().asLong()));
        return figures;
    }

    /** Waits until a unit's figures, less {@code before}, equal {@code expected} on the named figures. */
    Map<String, Long> awaitDelta(String unit, Map<String, Long> before, Map<String, Long> expected) {
        AtomicReference<Map<String, Long>> seen = new AtomicReference<>();
        Awaitility.await("figures of " + unit + " to change by " + expected).atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    Map<String, Long> now = figures(unit);
                    Map<String, Long> delta = new TreeMap<>();
                    expected.keySet().forEach(k -> delta.put(k, now.getOrDefault(k, 0L) - before.getOrDefault(k, 0L)));
                    assertThat(delta).isEqualTo(new TreeMap<>(expected));
                    seen.set(now);
                });
        return seen.get();
    }

    /** Figures of a unit that must stay as they are for {@code quiet} (e.g. while redelivered events are consumed). */
    Map<String, Long> steady(String unit, Map<String, Long> expected, java.util.Collection<String> names, Duration quiet) {
        AtomicReference<Map<String, Long>> seen = new AtomicReference<>();
        Awaitility.await("figures of " + unit + " to stay as they were").during(quiet).atMost(quiet.plusSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    Map<String, Long> now = figures(unit);
                    for (String name : names) {
                        assertThat(now.get(name)).as(name).isEqualTo(expected.get(name));
                    }
                    seen.set(now);
                });
        return seen.get();
    }
}
