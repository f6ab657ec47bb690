package vn.doanket.competition.stack;

import com.fasterxml.jackson.databind.JsonNode;
import vn.doanket.testing.stack.StackScenario;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14's acceptance through the whole stack: a city contest with 19 contestants nominated by 11 communes and quotas
 * 1/2/3/13 awards exactly those prizes and refuses a twentieth; the organising unit's dashboard shows 19 contestants,
 * 11 communes and no prize (and no mark) while the round runs, then prizes 1/2/3/13 once published; the marks are
 * unreadable by every account until the lock; delivering every event twice changes no figure; a prize certificate's
 * QR link opens its public verification page in headless Chromium (screenshot saved).
 */
public class ContestStackScenario implements StackScenario {

    static final List<String> COMMUNES = List.of("26506", "26526", "26536", "26542", "26545", "26560", "26566", "26572",
            "26575", "26584", "26590");
    static final List<String> ACCOUNTS = List.of("trung-uong", "quan-tri", "lanh-dao-hcm", "can-bo-hcm", "kiem-tra-hcm",
            "lanh-dao-ha-noi", "can-bo-cao-bang", "lanh-dao-ba-ria", "can-bo-ba-ria", "xu-ly-don-ba-ria",
            "ban-cong-tac-kp-phuoc-trung");
    static final List<String> PRIZES = List.of("prizesFirst", "prizesSecond", "prizesThird", "prizesConsolation");

    @Override
    public String name() {
        return "competition: 19 contestants of 11 communes, prizes 1/2/3/13, marks sealed until the lock, certificate QR page";
    }

    static String name(int i) {
        String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô"};
        String[] given = {"Hùng", "Lan", "Dũng", "Hương", "Tuấn", "Mai", "Sơn", "Hạnh", "Thắng", "Yến"};
        return family[i % family.length] + " Văn " + given[(i * 3) % given.length] + " " + (char) ('A' + i);
    }

    @Override
    public void run(Stack stack) throws Exception {
        ScenarioHttp http = new ScenarioHttp(stack);
        String id = "kb-hoi-thi-" + UUID.randomUUID().toString().substring(0, 8);
        String c = "/api/contests/" + id;
        Map<String, Long> city = http.figures("79");

        http.post("can-bo-hcm", "/api/contests", "{\"contestId\":\"" + id + "\",\"organiserUnit\":\"79\",\"title\":\"Hội thi "
                + "Trưởng ban Công tác Mặt trận giỏi\",\"startsOn\":\"2026-09-01\",\"endsOn\":\"2026-12-31\","
                + "\"nominationAllowance\":2,\"quotas\":[{\"tier\":\"FIRST\",\"quota\":1},{\"tier\":\"SECOND\",\"quota\":2},"
                + "{\"tier\":\"THIRD\",\"quota\":3},{\"tier\":\"CONSOLATION\",\"quota\":13}],\"tieBreaks\":[{\"kind\":"
                + "\"CRITERION_MARK\",\"roundId\":\"r1\",\"criterionId\":\"noi-dung\"}]}", 201);
        for (int i = 0; i < 19; i++) {
            String commune = COMMUNES.get(i % COMMUNES.size());
            http.post(commune.equals("26560") ? "can-bo-ba-ria" : "can-bo-hcm", c + "/contestants", "{\"contestantId\":\"t"
                    + (i + 1) + "\",\"nominatingUnit\":\"" + commune + "\",\"fullName\":\"" + name(i) + "\"}", 201);
        }
        http.post("can-bo-hcm", c + "/rounds", "{\"roundId\":\"r1\",\"name\":\"Thuyết trình\",\"criteria\":["
                + "{\"criterionId\":\"noi-dung\",\"name\":\"Nội dung\",\"weight\":60,\"maxPoints\":10},"
                + "{\"criterionId\":\"trinh-bay\",\"name\":\"Trình bày\",\"weight\":40,\"maxPoints\":10}]}", 201);
        http.post("can-bo-hcm", c + "/judges", "{\"judge\":\"kiem-tra-hcm\",\"judgeUnit\":\"79\"}", 201);
        http.post("can-bo-hcm", c + "/judges", "{\"judge\":\"can-bo-ba-ria\",\"judgeUnit\":\"26560\"}", 201);
        http.post("can-bo-hcm", c + "/rounds/r1/opening", null, 200);
        for (int i = 0; i < 19; i++) {
            String sheet = "{\"contestantId\":\"t" + (i + 1) + "\",\"scores\":[{\"criterionId\":\"noi-dung\",\"points\":"
                    + (10 - i * 0.25) + "},{\"criterionId\":\"trinh-bay\",\"points\":8}]}";
            http.post("kiem-tra-hcm", c + "/rounds/r1/sheets", sheet, 200);
            boolean ownCommune = COMMUNES.get(i % COMMUNES.size()).equals("26560");
            http.post("can-bo-ba-ria", c + "/rounds/r1/sheets", sheet, ownCommune ? 422 : 200);
        }

        // while the round runs: the dashboard counts the contestants, never a prize or a mark
        Map<String, Long> running = http.awaitDelta("79", city, Map.of("contests", 1L, "contestants", 19L,
                "contestCommunes", 11L, "prizesFirst", 0L, "prizesSecond", 0L, "prizesThird", 0L, "prizesConsolation", 0L));
        assertThat(running.keySet()).noneMatch(k -> k.toLowerCase().contains("mark") || k.toLowerCase().contains("rank")
                || k.toLowerCase().contains("score"));
        JsonNode page = http.await("dashboard", "lanh-dao-hcm", "/api/units/79/figures", b -> true);
        assertThat(page.toString()).doesNotContain("\"mark").doesNotContain("noi-dung");
        assertSealed(http, c);
        http.post("can-bo-hcm", c + "/rounds/r1/closing", null, 200);
        assertSealed(http, c);

        http.post("can-bo-hcm", c + "/rounds/r1/locking", null, 200);
        JsonNode results = http.await("competition", "lanh-dao-hcm", c + "/rounds/r1/results",
                r -> r.get("results").size() == 19);
        assertThat(results.at("/results/0/contestantId").asText()).isEqualTo("t1");
        http.post("can-bo-hcm", c + "/prizes/ranking", "{\"decisionRef\":\"125/QĐ-MTTQ\"}", 200);
        http.post("can-bo-hcm", c + "/prizes", "{\"contestantId\":\"t19\",\"tier\":\"FIRST\",\"decisionRef\":\"126/QĐ\","
                + "\"reason\":\"Giải thứ hai mươi\"}", 422);
        http.post("can-bo-hcm", c + "/results/locking", null, 200);
        http.post("can-bo-hcm", c + "/results/publication", null, 200);
        Map<String, Long> published = http.awaitDelta("79", city, Map.of("contests", 1L, "contestants", 19L,
                "contestCommunes", 11L, "prizesFirst", 1L, "prizesSecond", 2L, "prizesThird", 3L, "prizesConsolation", 13L));

        // every event of the topic delivered twice: the figures do not move
        assertThat(stack.redeliver("competition")).isPositive();
        // the same figures all the while the redelivered events are consumed (five seconds)
        http.steady("79", published, List.of("contests", "contestants", "contestCommunes", "prizesFirst", "prizesSecond",
                "prizesThird", "prizesConsolation"), java.time.Duration.ofSeconds(5));

        // the first prize's certificate: its QR link opens the public verification page
        JsonNode prizes = http.await("competition", "lanh-dao-ba-ria", c + "/prizes",
                p -> p.get("prizes").size() == 19 && !p.at("/prizes/0/certificateId").isNull());
        String certificateId = prizes.at("/prizes/0/certificateId").asText();
        JsonNode certificate = http.await("competition", "can-bo-hcm", "/api/certificates/" + certificateId,
                b -> b.has("verificationUrl"));
        String text = stack.browse(certificate.get("verificationUrl").asText(), "competition-prize-certificate");
        assertThat(text).contains(certificate.get("number").asText()).contains("Còn hiệu lực").doesNotContain(name(0));
    }

    /** Every account: 404 for the round's marks (outside the contest's reach, or sealed inside it). */
    private static void assertSealed(ScenarioHttp http, String contest) throws Exception {
        for (String account : ACCOUNTS) {
            HttpResponse<String> response = http.send("competition", account, "GET", contest + "/rounds/r1/results", null);
            assertThat(response.statusCode()).as(account + ": " + response.body()).isIn(403, 404);
            assertThat(response.body()).doesNotContain("\"mark").doesNotContain("\"rank");
        }
    }
}
