package vn.doanket.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.testing.fuzz.OpenApiFuzzer;
import vn.doanket.testing.fuzz.OpenApiFuzzer.Finding;
import vn.doanket.testing.fuzz.OpenApiFuzzer.Operation;
import vn.doanket.testing.fuzz.OpenApiFuzzer.Report;
import vn.doanket.testing.fuzz.OpenApiFuzzer.Target;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The input policy of every service, checked from the outside: every operation of each service's OpenAPI
 * description ({@code /v3/api-docs}) of membership, feedback, dashboard and the identity provider receives
 * structured mutations ({@link OpenApiFuzzer}: NUL, lone surrogates, control characters, 1 MB strings, repeated
 * keys, trailing garbage, wrong types, impossible dates, encoded slashes, {@code %00}, 10 kB segments…). Every one
 * must be refused with bilingual {@code application/problem+json} (no 5xx, no HTML, no echo of the input),
 * nothing may be stored, and the dashboard must still follow a good command sent right after the barrage.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiFuzzTest {

    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final int THREADS = 4;

    Pipeline pipeline;
    String petition;

    @BeforeAll
    void start() throws Exception {
        pipeline = Pipeline.start("fuzz");
        HttpResponse<String> established = E2e.postJson(pipeline.membership().url()
                        + "/api/residential-areas/26560-KP01/committees",
                "{\"termStart\":\"2024-10-01\",\"termEnd\":\"2029-09-30\",\"plannedDeputies\":2,"
                        + "\"minimumSize\":5,\"decisionNumber\":\"12/QĐ-MTTQ\",\"establishedOn\":\"2024-10-01\"}");
        assertThat(established.statusCode()).as(established.body()).isEqualTo(201);
        HttpResponse<String> person = E2e.postJson(pipeline.membership().url() + "/api/units/26560/people",
                "{\"personId\":\"p-fuzz-1\",\"fullName\":\"Trần Thị Thử\",\"gender\":\"FEMALE\",\"birthYear\":1980,"
                        + "\"ethnicity\":\"Kinh\",\"partyMember\":false}");
        assertThat(person.statusCode()).as(person.body()).isEqualTo(201);
        petition = E2e.receivePetition(pipeline.feedback().url(), "26560", "Đèn đường hỏng");
    }

    @AfterAll
    void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    static Map<String, JsonNode> hints() {
        Map<String, JsonNode> h = new TreeMap<>();
        h.put("personId", F.textNode("p-fuzz-1"));
        h.put("communeCode", F.textNode("26560"));
        h.put("unitCode", F.textNode("26560"));
        h.put("unit", F.textNode("26560"));
        h.put("areaCode", F.textNode("26560-KP01"));
        h.put("name", F.textNode("Khu phố Thử Nghiệm"));
        h.put("fullName", F.textNode("Trần Thị Thử"));
        h.put("phone", F.textNode("0912345678"));
        h.put("ethnicity", F.textNode("Kinh"));
        h.put("birthYear", F.numberNode(1980));
        h.put("decisionNumber", F.textNode("1/QĐ"));
        h.put("username", F.textNode("can-bo-ba-ria"));
        return h;
    }

    static final Predicate<Operation> API = op -> (op.path().startsWith("/api/") || op.path().startsWith("/open311/")
            || op.path().startsWith("/dev/")) && !op.path().endsWith("/stream");

    /** Open311 GeoReport v2 answers errors in its own published format (a JSON array of code and description). */
    static final Predicate<Operation> OPEN311 = op -> op.path().startsWith("/open311/");

    JsonNode apiDocs(String baseUrl, String account) throws Exception {
        HttpResponse<String> docs = E2e.getAs(account, baseUrl + "/v3/api-docs");
        assertThat(docs.statusCode()).as(baseUrl + "/v3/api-docs: " + docs.body()).isEqualTo(200);
        return E2e.JSON.readTree(docs.body());
    }

    static long events(ServiceApps.RunningService service) {
        return new JdbcTemplate(service.context().getBean(DataSource.class))
                .queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    @Test
    void everyMutationOfEveryOperationIsRefusedWithAProblemAndStoresNothing() throws Exception {
        long started = System.nanoTime();
        String petitionId = petition;
        Map<String, String> pathValues = Map.of("areaCode", "26560-KP01", "termYear", "2024", "personId", "p-fuzz-1",
                "unitCode", "26560", "communeCode", "26560", "unit", "26560", "code", "26560", "id", petitionId,
                "jobId", "00000000-0000-4000-8000-000000000001");
        String admin = E2e.bearer("quan-tri");
        String officer = E2e.bearer("can-bo-ba-ria");
        List<Target> targets = new ArrayList<>(List.of(
                new Target("membership", pipeline.membership().url(), op -> admin, pathValues, hints(), API, OPEN311),
                new Target("feedback", pipeline.feedback().url(), op -> officer, pathValues, hints(), API, OPEN311),
                new Target("dashboard", pipeline.dashboard().url(), op -> admin, pathValues, hints(), API, OPEN311),
                new Target("identity", SharedInfrastructure.get().identity().issuer(), op -> null, pathValues, hints(),
                        op -> op.path().startsWith("/dev/"), OPEN311)));
        // every plugged context's service, as the national administrator (whose scope covers every unit)
        pipeline.contexts().forEach((name, service) ->
                targets.add(new Target(name, service.url(), op -> admin, pathValues, hints(), API, OPEN311)));
        Map<String, JsonNode> docs = new TreeMap<>();
        for (Target t : targets) {
            docs.put(t.name(), t.name().equals("identity") ? identityApi() : apiDocs(t.baseUrl(), "quan-tri"));
        }
        long membershipEvents = events(pipeline.membership());
        long feedbackEvents = events(pipeline.feedback());
        Map<String, Long> contextEvents = new TreeMap<>();
        pipeline.contexts().forEach((name, service) -> contextEvents.put(name, events(service)));
        long areasBefore = E2e.total(pipeline.dashboard().url(), "26560");

        List<Finding> findings = new ArrayList<>();
        int requests = 0;
        for (Target t : targets) {
            Report report = OpenApiFuzzer.run(docs.get(t.name()), t, THREADS);
            System.out.println("OpenApiFuzzTest " + t.name() + ": " + report.requests() + " requests, statuses "
                    + report.statuses() + ", " + report.findings().size() + " findings");
            requests += report.requests();
            findings.addAll(report.findings());
        }
        String summary = summary(findings);
        Path out = Path.of("target", "fuzz-findings.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, requests + " requests, " + findings.size() + " findings\n" + summary + "\n"
                + findings.stream().map(Finding::toString).collect(Collectors.joining("\n")));
        System.out.println("OpenApiFuzzTest " + requests + " requests in "
                + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s; findings by kind:\n" + summary);

        // nothing stored for a refused request
        assertThat(events(pipeline.membership())).as("membership events after the barrage").isEqualTo(membershipEvents);
        assertThat(events(pipeline.feedback())).as("feedback events after the barrage").isEqualTo(feedbackEvents);
        pipeline.contexts().forEach((name, service) ->
                assertThat(events(service)).as(name + " events after the barrage").isEqualTo(contextEvents.get(name)));
        // the dashboard still follows: a good command right after shows in its figures
        E2e.register(pipeline.membership().url(), "26560", "Khu phố Sau Thử");
        E2e.await("the dashboard counting the area registered after the barrage", Duration.ofSeconds(30),
                E2e.probe(() -> E2e.total(pipeline.dashboard().url(), "26560") == areasBefore + 1));

        assertThat(findings).as("responses that break the input policy (see target/fuzz-findings.txt):\n" + summary)
                .isEmpty();
    }

    /** The identity provider's one JSON endpoint open to scripts (its description is behind its login). */
    static JsonNode identityApi() throws Exception {
        return E2e.JSON.readTree("""
                {"paths":{"/dev/tokens":{"post":{"requestBody":{"content":{"application/json":{"schema":
                 {"type":"object","properties":{"username":{"type":"string"}}}}}}}}}}
                """);
    }

    static String summary(List<Finding> findings) {
        Map<String, Long> byKind = new TreeMap<>();
        for (Finding f : findings) {
            String kind = f.mutation().replaceAll("^(path|query) [^:]+: ", "$1 ").replaceAll("^field [^:]+: ", "field ")
                    .replaceAll("^duplicate key \\S+", "duplicate key");
            byKind.merge(f.service() + " | " + f.why().replaceAll(" \\(.*", "") + " | " + kind, 1L, Long::sum);
        }
        return byKind.entrySet().stream().map(e -> String.format("%5d  %s", e.getValue(), e.getKey()))
                .collect(Collectors.joining("\n"));
    }
}
