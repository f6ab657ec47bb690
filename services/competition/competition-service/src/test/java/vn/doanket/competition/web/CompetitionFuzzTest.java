package vn.doanket.competition.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.testing.fuzz.OpenApiFuzzer;
import vn.doanket.testing.fuzz.OpenApiFuzzer.Report;
import vn.doanket.testing.fuzz.OpenApiFuzzer.Target;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doanket.competition.web.Http.ok;

/**
 * Bad input on every endpoint of the competition API, from its own OpenAPI description ({@link OpenApiFuzzer}: NUL,
 * lone surrogates, control characters, 1 MB strings, repeated keys, trailing garbage, wrong types, impossible dates,
 * encoded slashes…), sent as the national administrator against a contest, a movement, a commendation and a gift that
 * exist: every mutation is refused with bilingual problem+json 4xx (never 5xx), and nothing is stored.
 */
class CompetitionFuzzTest extends CompetitionIntegrationTest {

    static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Test
    void everyMutationOfEveryOperationIsRefusedWithAProblemAndStoresNothing() throws Exception {
        Http http = http();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String contest = "fz-" + suffix;
        ok(http.post("can-bo-hcm", "/api/contests", "{\"contestId\":\"" + contest + "\",\"organiserUnit\":\"79\",\"title\":"
                + "\"Hội thi\",\"startsOn\":\"2026-09-01\",\"endsOn\":\"2026-12-31\",\"nominationAllowance\":1,\"quotas\":"
                + "[{\"tier\":\"FIRST\",\"quota\":1}]}"), 201);
        ok(http.post("can-bo-hcm", "/api/movements", "{\"movementId\":\"" + contest + "-pt\",\"organiserUnit\":\"79\",\"kind\":"
                + "\"MOVEMENT\",\"title\":\"Phong trào\",\"startsOn\":\"2026-01-01\",\"endsOn\":\"2026-12-31\",\"criteria\":"
                + "[{\"criterionId\":\"a\",\"name\":\"A\"}]}"), 201);
        JsonNode api = ok(http.get("quan-tri", "/v3/api-docs"), 200);

        Map<String, String> pathValues = Map.of("id", contest, "roundId", "r1", "contestantId", "a", "unit", "26560");
        Map<String, JsonNode> hints = new TreeMap<>();
        hints.put("contestId", F.textNode("fz-new-" + suffix));
        hints.put("organiserUnit", F.textNode("79"));
        hints.put("nominatingUnit", F.textNode("26560"));
        hints.put("unitCode", F.textNode("26560"));
        hints.put("unit", F.textNode("26560"));
        hints.put("issuingUnit", F.textNode("26560"));
        hints.put("recipientUnit", F.textNode("26560-KP01"));
        hints.put("judge", F.textNode("kiem-tra-hcm"));
        hints.put("judgeUnit", F.textNode("79"));
        hints.put("fullName", F.textNode("Trần Thị Thử"));
        hints.put("recipientName", F.textNode("Trần Thị Thử"));
        hints.put("year", F.numberNode(2026));
        String admin = SharedInfrastructure.get().identity().bearer("quan-tri");
        Target target = new Target("competition", "http://127.0.0.1:" + port, op -> admin, pathValues, hints,
                op -> op.path().startsWith("/api/"), op -> false);

        long before = storedEvents();
        Report report = OpenApiFuzzer.run(api, target, 4);
        System.out.println("CompetitionFuzzTest: " + report.requests() + " requests, statuses " + report.statuses() + ", "
                + report.findings().size() + " findings");
        assertThat(report.requests()).isGreaterThan(500);
        assertThat(report.findings()).as(report.findings().stream().limit(20).map(Object::toString).toList().toString())
                .isEmpty();
        assertThat(report.statuses().keySet()).allMatch(status -> status >= 400 && status < 500);
        assertThat(storedEvents()).as("no mutation stores anything").isEqualTo(before);
    }
}
