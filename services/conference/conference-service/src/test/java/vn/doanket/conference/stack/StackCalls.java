package vn.doanket.conference.stack;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.springframework.context.ApplicationContext;
import vn.doanket.territory.Territory;
import vn.doanket.testing.TopicRecords;
import vn.doanket.testing.http.TestHttp;
import vn.doanket.testing.stack.StackScenario;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the conference's stack scenarios do with the running stack: HTTP to a service as a demo account (the
 * platform's {@link TestHttp}), status checks, waiting (Awaitility) for the eventually consistent read models, the
 * dashboard's figures, and whether a consumer group has read everything on a topic.
 */
final class StackCalls {

    /** How long a scenario waits for a read model (the build machine runs several builds on two cores). */
    static final Duration PATIENCE = Duration.ofSeconds(120);

    private final StackScenario.Stack stack;

    StackCalls(StackScenario.Stack stack) {
        this.stack = stack;
    }

    /** Today in Vietnam, the services' "today". */
    static LocalDate today() {
        return LocalDate.now(Territory.ZONE);
    }

    /** A service ({@code membership}, {@code conference}, {@code feedback}, {@code dashboard}) as a demo account. */
    TestHttp as(String service, String account) {
        TestHttp http = TestHttp.to(stack.url(service).toString());
        return http.as(account == null ? null : stack.bearer(account));
    }

    /** A POST that must answer {@code status}; its JSON body (null when empty). */
    JsonNode post(String service, String account, String path, Object body, int status) {
        return ok(as(service, account).post(path, body), status, "POST " + service + path);
    }

    /** A GET that must answer 200; its JSON body. */
    JsonNode get(String service, String account, String path) {
        return ok(as(service, account).get(path), 200, "GET " + service + path);
    }

    static JsonNode ok(TestHttp.Response response, int status, String what) {
        assertThat(response.status()).as("%s answered %s", what, response.body()).isEqualTo(status);
        return response.body().isEmpty() ? null : response.json();
    }

    /** A refusal: problem+json with the code, in Vietnamese and English. */
    static JsonNode problem(TestHttp.Response response, int status, String code) {
        return response.problem(status, code);
    }

    /** Polls a GET until its body satisfies the condition; the last body seen names what was missing on a timeout. */
    JsonNode await(String service, String account, String path, String what, Predicate<JsonNode> condition) {
        return as(service, account).await(path, what + " (GET " + service + path + ")", PATIENCE, condition);
    }

    /** Waits until the dashboard's figures of a unit satisfy the condition, and returns them. */
    JsonNode awaitFigures(String account, String unit, String what, Predicate<JsonNode> condition) {
        return await("dashboard", account, "/api/units/" + unit + "/figures", what, condition);
    }

    /** One count of a figures answer (0 when absent, as the dashboard shows it). */
    static long figure(JsonNode figures, String name) {
        return figures.path("figures").path(name).asLong(0);
    }

    /** A service's Spring context (to read its configuration or reach a bean). */
    ApplicationContext context(String service) {
        return (ApplicationContext) stack.applicationContext(service);
    }

    /** Waits until {@code group} has committed every record of {@code topic} (no lag). */
    void awaitCaughtUp(String group, String topic) {
        Awaitility.await(group + " has read every record of " + topic).atMost(PATIENCE)
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                .until(() -> TopicRecords.caughtUp(stack.kafkaBootstrap(), group, topic));
    }
}
