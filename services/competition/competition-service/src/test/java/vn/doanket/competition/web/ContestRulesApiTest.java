package vn.doanket.competition.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doanket.competition.web.Http.assertProblem;
import static vn.doanket.competition.web.Http.ok;

/**
 * The contest API's refusals through HTTP: bad input answered with bilingual problem+json (400/404/409/422, never 5xx)
 * and nothing stored; roles and territory; a tie resolved by the declared order; a judge declaring their own
 * relation; names in Vietnamese order; the OpenAPI description.
 */
class ContestRulesApiTest extends CompetitionIntegrationTest {

    static final String ORGANISER = "can-bo-hcm";

    String contest(int allowance, String tieBreaks) throws Exception {
        String id = "ht-" + UUID.randomUUID();
        ok(http().post(ORGANISER, "/api/contests", "{\"contestId\":\"" + id + "\",\"organiserUnit\":\"79\",\"title\":\"Hội thi "
                + "thử\",\"startsOn\":\"2026-09-01\",\"endsOn\":\"2026-12-31\",\"nominationAllowance\":" + allowance
                + ",\"quotas\":[{\"tier\":\"FIRST\",\"quota\":1},{\"tier\":\"SECOND\",\"quota\":1}],\"tieBreaks\":"
                + tieBreaks + "}"), 201);
        return id;
    }

    @Test
    void badInputIsAProblemInVietnameseAndEnglishAndStoresNothing() throws Exception {
        Http http = http();
        String id = contest(1, "[]");
        String c = "/api/contests/" + id;
        long before = storedEvents();
        String[][] bodies = {
                {"/api/contests", "{\"contestId\":", "400", "malformed-json"},
                {"/api/contests", "{\"contestId\":\"x\",\"organiserUnit\":\"79\",\"surprise\":1}", "400", null},
                {"/api/contests", "{\"contestId\":\"bad id\",\"organiserUnit\":\"79\",\"title\":\"T\",\"startsOn\":\"2026-01-01\","
                        + "\"endsOn\":\"2026-02-01\",\"nominationAllowance\":1,\"quotas\":[{\"tier\":\"FIRST\",\"quota\":1}]}",
                        "400", "validation-failed"},
                {"/api/contests", "{\"contestId\":\"x1\",\"organiserUnit\":\"79\",\"title\":\"T\",\"startsOn\":\"2026-03-01\","
                        + "\"endsOn\":\"2026-02-01\",\"nominationAllowance\":1,\"quotas\":[{\"tier\":\"FIRST\",\"quota\":1}]}",
                        "400", "invalid-period"},
                {"/api/contests", "{\"contestId\":\"x2\",\"organiserUnit\":\"79\",\"title\":\"T\",\"startsOn\":\"2026-01-01\","
                        + "\"endsOn\":\"2026-02-01\",\"nominationAllowance\":1,\"quotas\":[{\"tier\":\"GOLD\",\"quota\":1}]}",
                        "400", null},
                {"/api/contests", "{\"contestId\":\"x3\",\"organiserUnit\":\"79\",\"title\":\"T\",\"startsOn\":\"2026-01-01\","
                        + "\"endsOn\":\"2026-02-01\",\"nominationAllowance\":1,\"quotas\":[{\"tier\":\"FIRST\",\"quota\":1},"
                        + "{\"tier\":\"FIRST\",\"quota\":2}]}", "400", "invalid-quotas"},
                {c + "/contestants", "{\"contestantId\":\"a\",\"nominatingUnit\":\"26506\",\"fullName\":\"\"}", "400",
                        "validation-failed"},
                {c + "/contestants", "{\"contestantId\":\"a\",\"nominatingUnit\":\"26506\",\"fullName\":\"Lê Văn A\","
                        + "\"personId\":\"123\"}", "400", "validation-failed"},
                {c + "/contestants", "{\"contestantId\":\"a\",\"nominatingUnit\":\"99999\",\"fullName\":\"Lê Văn A\"}",
                        "404", "unit-not-found"},
                {c + "/rounds", "{\"roundId\":\"r\",\"name\":\"R\",\"criteria\":[{\"criterionId\":\"a\",\"name\":\"A\","
                        + "\"weight\":0,\"maxPoints\":10}]}", "400", "validation-failed"},
                {c + "/rounds", "{\"roundId\":\"r\",\"name\":\"R\",\"criteria\":[{\"criterionId\":\"a\",\"name\":\"A\","
                        + "\"weight\":1,\"maxPoints\":10},{\"criterionId\":\"a\",\"name\":\"B\",\"weight\":1,\"maxPoints\":10}]}",
                        "400", "invalid-criteria"},
                {c + "/judges", "{\"judge\":\"Không Hợp Lệ\",\"judgeUnit\":\"79\"}", "400", "validation-failed"},
                {c + "/rounds/khong-co/opening", "", "404", "round-not-found"},
                {c + "/rounds/khong-co/sheets", "{\"contestantId\":\"a\",\"scores\":[{\"criterionId\":\"a\",\"points\":1}]}",
                        "404", "round-not-found"},
                {c + "/rounds/khong-co/sheets", "{\"contestantId\":\"a\",\"scores\":[{\"criterionId\":\"a\",\"points\":1.001}]}",
                        "400", "validation-failed"},
                {c + "/prizes/ranking", "{\"decisionRef\":\"1/QĐ\"}", "409", "rounds-not-locked"},
                {c + "/prizes", "{\"contestantId\":\"khong-co\",\"tier\":\"FIRST\",\"decisionRef\":\"1\",\"reason\":\"x\"}",
                        "404", "contestant-not-found"},
                {c + "/results/publication", "", "409", "results-not-locked"},
                {c + "/corrections", "{\"correctionId\":\"d\",\"contestantId\":\"khong-co\",\"reason\":\"x\",\"decisionRef\":\"1\"}",
                        "404", "contestant-not-found"},
                {"/api/contests/khong-co/rounds", "{\"roundId\":\"r\",\"name\":\"R\",\"criteria\":[{\"criterionId\":\"a\","
                        + "\"name\":\"A\",\"weight\":1,\"maxPoints\":10}]}", "404", "unit-not-found"},
                {"/api/contests/khong-co/contestants", "{\"contestantId\":\"a\",\"nominatingUnit\":\"26506\","
                        + "\"fullName\":\"Lê Văn A\"}", "404", "unit-not-found"},
        };
        for (String[] b : bodies) {
            HttpResponse<String> response = http.post(ORGANISER, b[0], b[1]);
            assertThat(response.statusCode()).as(b[0] + " " + b[1] + " → " + response.body()).isLessThan(500);
            assertProblem(response, Integer.parseInt(b[2]), b[3]);
        }
        for (String path : List.of("/api/contests/khong-co", "/api/contests/khong-co/contestants",
                "/api/contests/khong-co/prizes", "/api/contests/khong-co/rounds/r/results",
                "/api/contests/khong-co/rounds/r/sheets/mine", "/api/contests?unit=99", "/api/contests?unit=01")) {
            HttpResponse<String> response = http.get(ORGANISER, path);
            assertProblem(response, 404, null);
        }
        assertProblem(http.get(ORGANISER, "/api/contests?unit=79&size=201"), 400, null);
        // a client's id is unique across kinds: a movement, a gift or a commendation cannot take a contest's id
        assertProblem(http.post(ORGANISER, "/api/movements", "{\"movementId\":\"" + id + "\",\"organiserUnit\":\"79\","
                + "\"kind\":\"MOVEMENT\",\"title\":\"Phong trào\",\"startsOn\":\"2026-01-01\",\"endsOn\":\"2026-12-31\","
                + "\"criteria\":[{\"criterionId\":\"a\",\"name\":\"A\"}]}"), 409, "id-taken");
        assertProblem(http.post(ORGANISER, "/api/gifts", "{\"giftId\":\"" + id + "\",\"unitCode\":\"26560\",\"occasion\":"
                + "\"TET\",\"recipientKind\":\"PERSON\",\"recipientName\":\"Lê Văn A\",\"amountVnd\":1000,"
                + "\"fundingSource\":\"OTHER\",\"decisionRef\":\"1\",\"givenOn\":\"2026-01-02\"}"), 409, "id-taken");
        assertThat(storedEvents()).isEqualTo(before);
        // roles: a leader reads but does not record; no token is a 401
        assertProblem(http.post("lanh-dao-hcm", "/api/contests", "{\"contestId\":\"y\",\"organiserUnit\":\"79\",\"title\":\"T\","
                + "\"startsOn\":\"2026-01-01\",\"endsOn\":\"2026-02-01\",\"nominationAllowance\":1,\"quotas\":[{\"tier\":"
                + "\"FIRST\",\"quota\":1}]}"), 403, "forbidden");
        assertProblem(http.post(null, c + "/rounds/r/opening", ""), 401, null);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aTieIsResolvedByTheDeclaredOrderAndAJudgeDeclaresTheirOwnRelation() throws Exception {
        Http http = http();
        String id = contest(2, "[{\"kind\":\"CRITERION_MARK\",\"roundId\":\"r1\",\"criterionId\":\"noi-dung\"}]");
        String c = "/api/contests/" + id;
        List<String> names = List.of("Đỗ Văn Bình", "Đào Thị Cúc", "Nguyễn Thị Ánh");
        String[] communes = {"26506", "26526", "26536"};
        for (int i = 0; i < 3; i++) {
            ok(http.post(ORGANISER, c + "/contestants", "{\"contestantId\":\"t" + i + "\",\"nominatingUnit\":\"" + communes[i]
                    + "\",\"fullName\":\"" + names.get(i) + "\"}"), 201);
        }
        ok(http.post(ORGANISER, c + "/rounds", "{\"roundId\":\"r1\",\"name\":\"Thuyết trình\",\"criteria\":["
                + "{\"criterionId\":\"noi-dung\",\"name\":\"Nội dung\",\"weight\":60,\"maxPoints\":10},"
                + "{\"criterionId\":\"trinh-bay\",\"name\":\"Trình bày\",\"weight\":40,\"maxPoints\":10}]}"), 201);
        ok(http.post(ORGANISER, c + "/rounds", "{\"roundId\":\"r1\",\"name\":\"Thuyết trình\",\"criteria\":["
                + "{\"criterionId\":\"noi-dung\",\"name\":\"Nội dung\",\"weight\":60,\"maxPoints\":10},"
                + "{\"criterionId\":\"trinh-bay\",\"name\":\"Trình bày\",\"weight\":40,\"maxPoints\":10}]}"), 200);
        ok(http.post(ORGANISER, c + "/judges", "{\"judge\":\"kiem-tra-hcm\",\"judgeUnit\":\"79\"}"), 201);
        ok(http.post(ORGANISER, c + "/judges", "{\"judge\":\"lanh-dao-hcm\",\"judgeUnit\":\"79\"}"), 201);
        ok(http.post(ORGANISER, c + "/judges", "{\"judge\":\"lanh-dao-hcm\",\"judgeUnit\":\"79\"}"), 200);
        assertProblem(http.post(ORGANISER, c + "/judges", "{\"judge\":\"lanh-dao-hcm\",\"judgeUnit\":\"26560\"}"), 409,
                "judge-already-appointed");
        // a judge declares their own relation; someone else cannot declare it for them
        assertProblem(http.post("lanh-dao-ba-ria", c + "/conflicts", "{\"judge\":\"lanh-dao-hcm\",\"contestantId\":\"t2\","
                + "\"reason\":\"Quan hệ gia đình\"}"), 404, "unit-not-found");
        ok(http.post("lanh-dao-hcm", c + "/conflicts", "{\"judge\":\"lanh-dao-hcm\",\"contestantId\":\"t2\",\"reason\":"
                + "\"Quan hệ gia đình\"}"), 200);
        ok(http.post(ORGANISER, c + "/rounds/r1/opening", ""), 200);
        assertProblem(http.post("lanh-dao-hcm", c + "/rounds/r1/sheets", "{\"contestantId\":\"t2\",\"scores\":["
                + "{\"criterionId\":\"noi-dung\",\"points\":9},{\"criterionId\":\"trinh-bay\",\"points\":9}]}"), 422,
                "conflict-of-interest");
        // t0: 60×8 + 40×9 = 840; t1: 60×9 + 40×7.5 = 840 → tied at 84, t1 has the higher "content"
        ok(http.post("kiem-tra-hcm", c + "/rounds/r1/sheets", "{\"contestantId\":\"t0\",\"scores\":["
                + "{\"criterionId\":\"noi-dung\",\"points\":8},{\"criterionId\":\"trinh-bay\",\"points\":9}]}"), 200);
        ok(http.post("kiem-tra-hcm", c + "/rounds/r1/sheets", "{\"contestantId\":\"t1\",\"scores\":["
                + "{\"criterionId\":\"noi-dung\",\"points\":9},{\"criterionId\":\"trinh-bay\",\"points\":7.5}]}"), 200);
        ok(http.post("kiem-tra-hcm", c + "/rounds/r1/sheets", "{\"contestantId\":\"t2\",\"scores\":["
                + "{\"criterionId\":\"noi-dung\",\"points\":5},{\"criterionId\":\"trinh-bay\",\"points\":5}]}"), 200);
        ok(http.post(ORGANISER, c + "/rounds/r1/closing", ""), 200);
        ok(http.post(ORGANISER, c + "/rounds/r1/locking", ""), 200);
        JsonNode results = http.await(ORGANISER, c + "/rounds/r1/results", v -> v.get("results").size() == 3);
        List<String> order = new ArrayList<>();
        results.get("results").forEach(r -> order.add(r.get("contestantId").asText() + "@" + r.get("rank").asInt()
                + "=" + r.get("mark").decimalValue().stripTrailingZeros().toPlainString()));
        assertThat(order).containsExactly("t1@1=84", "t0@2=84", "t2@3=50");
        assertThat(results.at("/results/2/eligibleJudges").asInt()).isEqualTo(1);
        ok(http.post(ORGANISER, c + "/prizes/ranking", "{\"decisionRef\":\"9/QĐ-MTTQ\"}"), 200);
        JsonNode prizes = http.await(ORGANISER, c + "/prizes", v -> v.get("prizes").size() == 2);
        assertThat(prizes.at("/prizes/0/contestantId").asText()).isEqualTo("t1");
        assertThat(prizes.at("/prizes/0/tier/code").asText()).isEqualTo("FIRST");
        assertThat(prizes.at("/prizes/1/contestantId").asText()).isEqualTo("t0");
        // names in Vietnamese order: Đào after Đỗ? No: "Đào" < "Đỗ" (a < ô), both after "D…", Nguyễn last
        JsonNode contestants = ok(http.get("lanh-dao-hcm", c + "/contestants"), 200);
        List<String> listed = new ArrayList<>();
        contestants.get("items").forEach(n -> listed.add(n.get("fullName").asText()));
        assertThat(listed).containsExactly("Đào Thị Cúc", "Đỗ Văn Bình", "Nguyễn Thị Ánh");
        // prizes are not shown before publication to readers other than the organiser's recorders
        assertThat(contestants.at("/items/0/prize").isNull()).isTrue();
    }

    @Test
    void theOpenApiDescriptionListsTheCompetitionApi() throws Exception {
        JsonNode api = ok(http().get("lanh-dao-hcm", "/v3/api-docs"), 200);
        assertThat(api.get("paths").has("/api/contests/{id}/rounds/{roundId}/results")).isTrue();
        assertThat(api.get("paths").has("/api/gifts/totals")).isTrue();
        assertThat(api.get("paths").has("/api/movements/{id}/units/{unit}/evaluations")).isTrue();
        assertThat(api.get("paths").has("/api/commendations/{id}/revocation")).isTrue();
        assertThat(api.at("/info/title").asText()).contains("competition");
    }
}
