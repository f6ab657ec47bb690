package vn.doanket.competition.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.doanket.competition.dashboard.CompetitionProjection;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.testing.TopicRecords;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doanket.competition.web.Http.assertProblem;
import static vn.doanket.competition.web.Http.ok;

/**
 * A province contest through HTTP on the real infrastructure (PostgreSQL event store and query tables, Kafka, real
 * tokens): 19 contestants nominated by 11 communes, quotas 1/2/3/13 → exactly those prizes, a twentieth refused;
 * marks unreadable for every account (the national administrator included) until the round is locked, each judge
 * reading only their own sheets, and nothing of the sheets on the topic.
 */
class ContestApiTest extends CompetitionIntegrationTest {

    /** Every demo account of the identity provider. */
    static final List<String> ACCOUNTS = List.of("trung-uong", "lanh-dao-hcm", "can-bo-hcm", "lanh-dao-ha-noi",
            "can-bo-ba-ria", "lanh-dao-ba-ria", "ban-cong-tac-kp-phuoc-trung", "xu-ly-don-ba-ria", "kiem-tra-hcm",
            "quan-tri", "can-bo-cao-bang");
    static final List<String> COMMUNES = List.of("26506", "26526", "26536", "26542", "26545", "26560", "26566", "26572",
            "26575", "26584", "26590");
    static final String ORGANISER = "can-bo-hcm";
    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    static final String[] GIVEN = {"Hùng", "Lan", "Dũng", "Hương", "Tuấn", "Mai", "Sơn", "Hạnh", "Thắng", "Yến"};

    static String contestBody(String id, int allowance) {
        return "{\"contestId\":\"" + id + "\",\"organiserUnit\":\"79\",\"title\":\"Hội thi Trưởng ban Công tác Mặt trận "
                + "giỏi năm 2026\",\"startsOn\":\"2026-09-01\",\"endsOn\":\"2026-12-31\",\"rules\":\"Mỗi xã, phường đề cử "
                + "tối đa " + allowance + " thí sinh\",\"nominationAllowance\":" + allowance + ",\"quotas\":["
                + "{\"tier\":\"FIRST\",\"quota\":1},{\"tier\":\"SECOND\",\"quota\":2},{\"tier\":\"THIRD\",\"quota\":3},"
                + "{\"tier\":\"CONSOLATION\",\"quota\":13}],\"tieBreaks\":[{\"kind\":\"CRITERION_MARK\","
                + "\"roundId\":\"thuyet-trinh\",\"criterionId\":\"noi-dung\"}]}";
    }

    static String name(int i) {
        return FAMILY[i % FAMILY.length] + " Thị " + GIVEN[(i * 3) % GIVEN.length] + " " + (char) ('A' + i);
    }

    static String sheet(String contestant, String content, String delivery) {
        return "{\"contestantId\":\"" + contestant + "\",\"scores\":[{\"criterionId\":\"noi-dung\",\"points\":" + content
                + "},{\"criterionId\":\"trinh-bay\",\"points\":" + delivery + "}]}";
    }

    @Test
    void nineteenContestantsOfElevenCommunesGetExactlyTheQuotasAndMarksStaySealedUntilTheLock() throws Exception {
        Http http = http();
        String id = "hoi-thi-" + UUID.randomUUID();
        String c = "/api/contests/" + id;

        // creation is idempotent by the client's id
        assertThat(ok(http.post(ORGANISER, "/api/contests", contestBody(id, 2)), 201).get("created").asBoolean()).isTrue();
        assertThat(ok(http.post(ORGANISER, "/api/contests", contestBody(id, 2)), 200).get("created").asBoolean()).isFalse();
        assertProblem(http.post(ORGANISER, "/api/contests", contestBody(id, 3)), 409, "contest-id-taken");
        // a commune officer cannot create a province contest (outside their territory: like a missing unit)
        assertProblem(http.post("can-bo-ba-ria", "/api/contests", contestBody("x-" + id, 2)), 404, "unit-not-found");

        // 19 nominations by 11 communes (Phường Bà Rịa's officer nominates its own)
        List<String> contestants = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            String commune = COMMUNES.get(i % COMMUNES.size());
            String contestant = "ts-" + (i + 1);
            String account = commune.equals("26560") ? "can-bo-ba-ria" : ORGANISER;
            ok(http.post(account, c + "/contestants", "{\"contestantId\":\"" + contestant + "\",\"nominatingUnit\":\""
                    + commune + "\",\"fullName\":\"" + name(i) + "\"}"), 201);
            contestants.add(contestant);
        }
        // the same nomination again is the existing one; a third of Phường Bà Rịa is over its allowance of two
        ok(http.post("can-bo-ba-ria", c + "/contestants", "{\"contestantId\":\"ts-6\",\"nominatingUnit\":\"26560\","
                + "\"fullName\":\"" + name(5) + "\"}"), 200);
        long before = storedEvents();
        assertProblem(http.post("can-bo-ba-ria", c + "/contestants", "{\"contestantId\":\"ts-20\",\"nominatingUnit\":"
                + "\"26560\",\"fullName\":\"Lê Văn Thừa\"}"), 422, "allowance-exceeded");
        // Phường Bà Rịa's officer cannot nominate for another commune
        assertProblem(http.post("can-bo-ba-ria", c + "/contestants", "{\"contestantId\":\"ts-21\",\"nominatingUnit\":"
                + "\"26506\",\"fullName\":\"Lê Văn Thừa\"}"), 404, "unit-not-found");
        assertThat(storedEvents()).isEqualTo(before);

        ok(http.post(ORGANISER, c + "/rounds", "{\"roundId\":\"thuyet-trinh\",\"name\":\"Thuyết trình\",\"criteria\":["
                + "{\"criterionId\":\"noi-dung\",\"name\":\"Nội dung\",\"weight\":60,\"maxPoints\":10},"
                + "{\"criterionId\":\"trinh-bay\",\"name\":\"Trình bày\",\"weight\":40,\"maxPoints\":10}]}"), 201);
        for (String[] judge : new String[][] {{"kiem-tra-hcm", "79"}, {"lanh-dao-hcm", "79"}, {"can-bo-ba-ria", "26560"}}) {
            ok(http.post(ORGANISER, c + "/judges", "{\"judge\":\"" + judge[0] + "\",\"judgeUnit\":\"" + judge[1] + "\"}"), 201);
        }
        ok(http.post(ORGANISER, c + "/rounds/thuyet-trinh/opening", ""), 200);
        // nominations are closed once the contest started
        assertProblem(http.post(ORGANISER, c + "/contestants", "{\"contestantId\":\"ts-22\",\"nominatingUnit\":"
                + "\"26536\",\"fullName\":\"Lê Văn Thừa\"}"), 409, "nominations-closed");

        for (int i = 0; i < 19; i++) {
            String content = String.valueOf(10 - i * 0.25).replaceAll("\\.0$", "");
            ok(http.post("kiem-tra-hcm", c + "/rounds/thuyet-trinh/sheets", sheet(contestants.get(i), content, "8")), 200);
            ok(http.post("lanh-dao-hcm", c + "/rounds/thuyet-trinh/sheets", sheet(contestants.get(i), content, "7.5")), 200);
            boolean ownCommune = COMMUNES.get(i % COMMUNES.size()).equals("26560");
            HttpResponse<String> third = http.post("can-bo-ba-ria", c + "/rounds/thuyet-trinh/sheets",
                    sheet(contestants.get(i), content, "8"));
            if (ownCommune) {
                assertProblem(third, 422, "conflict-of-interest");
            } else {
                ok(third, 200);
            }
        }
        // rules at the door: above the maximum, not a judge
        assertProblem(http.post("kiem-tra-hcm", c + "/rounds/thuyet-trinh/sheets", sheet("ts-1", "11", "8")), 422,
                "points-above-maximum");
        assertProblem(http.post("quan-tri", c + "/rounds/thuyet-trinh/sheets", sheet("ts-1", "9", "8")), 422, "not-a-judge");

        // sealed while open: nobody reads marks or ranks, the national administrator included
        assertSealed(http, c);
        // a judge reads only their own sheets
        JsonNode mine = http.await("kiem-tra-hcm", c + "/rounds/thuyet-trinh/sheets/mine",
                v -> v.get("sheets").size() == 19);
        assertThat(mine.get("judge").asText()).isEqualTo("kiem-tra-hcm");
        mine.get("sheets").forEach(s -> assertThat(s.at("/scores/1/points").decimalValue()).isEqualByComparingTo("8"));
        JsonNode baRia = http.await("can-bo-ba-ria", c + "/rounds/thuyet-trinh/sheets/mine", v -> v.get("sheets").size() == 17);
        baRia.get("sheets").forEach(s -> assertThat(s.get("nominatingUnit").asText()).isNotEqualTo("26560"));
        JsonNode province = http.await("lanh-dao-hcm", c + "/rounds/thuyet-trinh/sheets/mine", v -> v.get("sheets").size() == 19);
        province.get("sheets").forEach(s -> assertThat(s.at("/scores/1/points").decimalValue()).isEqualByComparingTo("7.5"));
        assertProblem(http.get("quan-tri", c + "/rounds/thuyet-trinh/sheets/mine"), 404, "not-a-judge");
        assertProblem(http.get(ORGANISER, c + "/rounds/thuyet-trinh/sheets/mine"), 404, "not-a-judge");
        // the contest itself reads without any mark
        JsonNode contest = http.await("lanh-dao-ba-ria", c, v -> v.get("contestants").asInt() == 19);
        assertThat(contest.get("communes").asInt()).isEqualTo(11);
        assertThat(contest.toString()).doesNotContain("\"mark").doesNotContain("\"rank");

        // closing stops scoring; marks stay sealed until the lock
        ok(http.post(ORGANISER, c + "/rounds/thuyet-trinh/closing", ""), 200);
        assertProblem(http.post("kiem-tra-hcm", c + "/rounds/thuyet-trinh/sheets", sheet("ts-1", "9", "9")), 409,
                "round-not-open");
        assertSealed(http, c);

        ok(http.post(ORGANISER, c + "/rounds/thuyet-trinh/locking", ""), 200);
        JsonNode results = http.await("lanh-dao-hcm", c + "/rounds/thuyet-trinh/results", v -> v.get("results").size() == 19);
        // ts-1: three judges (10/8, 10/7.5, 10/8); ts-6, nominated by 26560, only the two province judges
        assertThat(results.at("/results/0/contestantId").asText()).isEqualTo("ts-1");
        assertThat(results.at("/results/0/rank").asInt()).isEqualTo(1);
        JsonNode ts6 = null;
        for (JsonNode r : results.get("results")) {
            if (r.get("contestantId").asText().equals("ts-6")) {
                ts6 = r;
            }
        }
        assertThat(ts6).isNotNull();
        assertThat(ts6.get("eligibleJudges").asInt()).isEqualTo(2);
        assertThat(ts6.get("sheets").asInt()).isEqualTo(2);
        // content 10 − 5×0.25 = 8.75 from both; delivery (8 + 7.5) / 2 = 7.75 → (60×8.75 + 40×7.75) / 10 = 83.5
        assertThat(ts6.get("mark").decimalValue()).isEqualByComparingTo("83.5");

        // prizes by the ranking: exactly 1/2/3/13; the organiser sees them before publication, others do not
        ok(http.post(ORGANISER, c + "/prizes/ranking", "{\"decisionRef\":\"125/QĐ-MTTQ\"}"), 200);
        JsonNode prizes = http.await(ORGANISER, c + "/prizes", v -> v.get("prizes").size() == 19);
        Map<String, Integer> byTier = new HashMap<>();
        prizes.get("prizes").forEach(p -> byTier.merge(p.at("/tier/code").asText(), 1, Integer::sum));
        assertThat(byTier).containsExactlyInAnyOrderEntriesOf(Map.of("FIRST", 1, "SECOND", 2, "THIRD", 3, "CONSOLATION", 13));
        assertProblem(http.get("lanh-dao-ba-ria", c + "/prizes"), 404, "results-not-published");
        // a twentieth prize is refused
        before = storedEvents();
        assertProblem(http.post(ORGANISER, c + "/prizes", "{\"contestantId\":\"ts-19\",\"tier\":\"THIRD\","
                + "\"decisionRef\":\"126/QĐ-MTTQ\",\"reason\":\"Giải đặc cách\"}"), 422, "quota-exceeded");
        assertThat(storedEvents()).isEqualTo(before);

        ok(http.post(ORGANISER, c + "/results/locking", ""), 200);
        ok(http.post(ORGANISER, c + "/results/publication", ""), 200);
        JsonNode published = http.await("lanh-dao-ba-ria", c + "/prizes", v -> v.get("prizes").size() == 19);
        assertThat(published.at("/prizes/0/tier/code").asText()).isEqualTo("FIRST");
        assertThat(published.at("/prizes/0/fullName").asText()).isEqualTo(name(0));

        // each prize has its certificate (platform/certificates), issued by the organiser from the awarding event
        JsonNode withCertificates = http.await(ORGANISER, c + "/prizes", v -> {
            for (JsonNode p : v.get("prizes")) {
                if (p.get("certificateId").isNull()) {
                    return false;
                }
            }
            return true;
        });
        String certificateId = withCertificates.at("/prizes/0/certificateId").asText();
        JsonNode certificate = http.await(ORGANISER, "/api/certificates/" + certificateId, v -> v.has("number"));
        assertThat(certificate.get("number").asText()).matches("79-\\d{4}-\\d{6}");
        assertThat(certificate.get("kind").asText()).isEqualTo("PRIZE");
        assertThat(certificate.get("holderName").asText()).isEqualTo(name(0));
        assertThat(certificate.get("title").asText()).startsWith("Giải Nhất — Hội thi Trưởng ban");
        JsonNode verified = ok(http.get(null, certificate.get("verificationUrl").asText()
                .replaceFirst("^https?://[^/]+", "").replace("/verify/certificates/", "/api/public/certificates/")), 200);
        assertThat(verified.get("status").asText()).isEqualTo("VALID");
        assertThat(verified.get("holderName").asText()).isNotEqualTo(name(0)).startsWith(name(0).split(" ")[0]);

        // the topic: every fact of the contest, no sheet, no name, and no mark before the lock
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.await(bootstrap, TOPIC, id, 1 + 19 + 1 + 3 + 1 + 1 + 1
                + 19 + 1 + 1);
        List<String> types = new ArrayList<>();
        boolean locked = false;
        for (ConsumerRecord<String, byte[]> record : records) {
            EventEnvelope envelope = EnvelopeCodec.decode(record.value());
            types.add(envelope.eventType());
            assertThat(envelope.aggregateType()).isEqualTo("Contest");
            assertThat(envelope.unitCode()).isEqualTo("79");
            String raw = new String(record.value(), StandardCharsets.UTF_8);
            for (int i = 0; i < 19; i++) {
                assertThat(raw).doesNotContain(name(i));
            }
            locked |= envelope.eventType().equals("RoundLocked");
            if (!locked) {
                assertThat(raw).as(envelope.eventType()).doesNotContain("\"mark").doesNotContain("\"points");
            }
        }
        assertThat(new LinkedHashSet<>(types)).containsExactly("ContestCreated", "ContestantNominated", "RoundPlanned",
                "JudgeAppointed", "RoundOpened", "RoundClosed", "RoundLocked", "PrizeAwarded", "ContestResultsLocked",
                "ContestResultsPublished");
        assertThat(types).doesNotContain("ScoreSheetSubmitted", "ContestantIdentityRecorded");
        assertThat(types.stream().filter("ContestantNominated"::equals)).hasSize(19);

        // nor anywhere on the topic (the certificates of the prizes included): names stay in the service
        // (the certificates are other aggregates, published asynchronously: the topic is read once it holds every one)
        Set<String> certificateIds = new LinkedHashSet<>();
        withCertificates.get("prizes").forEach(p -> certificateIds.add(p.get("certificateId").asText()));
        List<ConsumerRecord<String, byte[]>> everything = org.awaitility.Awaitility.await("the prizes' certificates published")
                .atMost(TopicRecords.PATIENCE).pollInterval(java.time.Duration.ofMillis(300))
                .until(() -> TopicRecords.readAll(bootstrap, TOPIC), all -> all.stream().map(ConsumerRecord::key)
                        .collect(java.util.stream.Collectors.toSet()).containsAll(certificateIds));
        for (ConsumerRecord<String, byte[]> record : everything) {
            String raw = new String(record.value(), StandardCharsets.UTF_8);
            for (int i = 0; i < 19; i++) {
                assertThat(raw).doesNotContain(name(i));
            }
        }

        // the dashboard's projection of these very messages: the organiser's unit counts 19 contestants, 11 communes,
        // prizes 1/2/3/13, and its document holds no mark
        CompetitionProjection projection = new CompetitionProjection();
        org.bson.Document document = new org.bson.Document("_id", id);
        for (ConsumerRecord<String, byte[]> record : records) {
            EventEnvelope envelope = EnvelopeCodec.decode(record.value());
            if (projection.collection(envelope) != null) {
                assertThat(projection.collection(envelope)).isEqualTo(CompetitionProjection.CONTESTS);
                projection.apply(document, envelope);
            }
        }
        assertThat(projection.placement(document).unitCode()).isEqualTo("79");
        java.util.SortedMap<java.time.LocalDate, Map<String, Long>> timeline = projection.timeline(document);
        assertThat(timeline.get(timeline.lastKey())).isEqualTo(Map.of("contests", 1L, "contestants", 19L,
                "contestCommunes", 11L, "prizesFirst", 1L, "prizesSecond", 2L, "prizesThird", 3L, "prizesConsolation", 13L));
        assertThat(document.toJson()).doesNotContain("mark").doesNotContain("rank").doesNotContain("83.5")
                .doesNotContain("judge");
    }

    /** Every account gets a 404 for the round's results: outside the contest's reach, or sealed inside it. */
    private static void assertSealed(Http http, String contest) throws Exception {
        Set<String> codes = new LinkedHashSet<>();
        for (String account : ACCOUNTS) {
            HttpResponse<String> response = http.get(account, contest + "/rounds/thuyet-trinh/results");
            assertThat(response.statusCode()).as(account + ": " + response.body()).isIn(403, 404);
            assertThat(response.body()).doesNotContain("\"mark").doesNotContain("\"rank");
            codes.add(Http.JSON.readTree(response.body()).get("code").asText());
            if (account.equals("quan-tri") || account.equals("can-bo-hcm") || account.equals("trung-uong")) {
                assertProblem(response, 404, "results-not-available");
            }
        }
        assertThat(codes).containsExactlyInAnyOrder("results-not-available", "unit-not-found");
        assertThat(http.get(null, contest + "/rounds/thuyet-trinh/results").statusCode()).isEqualTo(401);
    }
}
