package vn.doanket.competition.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.doanket.competition.dashboard.CompetitionProjection;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.testing.TopicRecords;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doanket.competition.web.Http.assertProblem;
import static vn.doanket.competition.web.Http.ok;

/**
 * Gifts (exact đồng, corrections as reversal plus new entry), commendations with their certificates, and emulation
 * movements, through HTTP on the real infrastructure.
 */
class AwardsApiTest extends CompetitionIntegrationTest {

    static final String OFFICER = "can-bo-ba-ria";
    static final String COMMITTEE = "ban-cong-tac-kp-phuoc-trung";

    static String gift(String id, String unit, long amount, String givenOn) {
        return "{\"giftId\":\"" + id + "\",\"unitCode\":\"" + unit + "\",\"occasion\":\"TET\",\"recipientKind\":"
                + "\"PRESTIGIOUS_PERSON\",\"recipientName\":\"Già làng Hoàng Văn Páo\",\"amountVnd\":" + amount
                + ",\"fundingSource\":\"FOR_THE_POOR_FUND\",\"decisionRef\":\"12/QĐ-MTTQ\",\"givenOn\":\"" + givenOn + "\"}";
    }

    @Test
    void twentySevenGiftsOf450000VndTotalExactly12150000AtEveryLevelAndACorrectionIsAReversalPlusANewEntry()
            throws Exception {
        Http http = http();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String day = "2024-02-10"; // a year of its own: other tests of this context record gifts this year
        // 26 right entries by the commune officer and the committee of Khu phố Phước Trung
        for (int i = 0; i < 26; i++) {
            String unit = i % 3 == 0 ? "26560" : "26560-KP0" + (i % 3);
            String account = unit.equals("26560-KP01") ? COMMITTEE : OFFICER;
            ok(http.post(account, "/api/gifts", gift("qua-" + run + "-" + i, unit, 450_000L, day)), 201);
        }
        // one entered with a wrong amount, then corrected: reversal plus new entry, in one transaction
        String wrong = "qua-" + run + "-sai";
        ok(http.post(OFFICER, "/api/gifts", gift(wrong, "26560-KP02", 540_000L, day)), 201);
        // idempotent by the client's id; another body under the same id is a conflict
        ok(http.post(OFFICER, "/api/gifts", gift(wrong, "26560-KP02", 540_000L, day)), 200);
        assertProblem(http.post(OFFICER, "/api/gifts", gift(wrong, "26560-KP02", 450_000L, day)), 409, "gift-id-taken");
        String right = "qua-" + run + "-dung";
        JsonNode corrected = ok(http.post(OFFICER, "/api/gifts/" + wrong + "/correction", "{\"reason\":\"Nhập sai số tiền\","
                + "\"replacement\":" + gift(right, "26560-KP02", 450_000L, day) + "}"), 201);
        assertThat(corrected.get("id").asText()).isEqualTo(right);
        // the same correction again changes nothing
        ok(http.post(OFFICER, "/api/gifts/" + wrong + "/correction", "{\"reason\":\"Nhập sai số tiền\",\"replacement\":"
                + gift(right, "26560-KP02", 450_000L, day) + "}"), 200);

        // bad input: nothing stored
        long before = storedEvents();
        assertProblem(http.post(OFFICER, "/api/gifts", gift("qua-" + run + "-x", "26560", -1, day)), 400, "validation-failed");
        assertProblem(http.post(OFFICER, "/api/gifts", gift("qua-" + run + "-x", "26560", 0, day)), 400, "invalid-amount");
        assertProblem(http.post(OFFICER, "/api/gifts", gift("qua-" + run + "-x", "26560", 450_000L,
                LocalDate.now().plusDays(3).toString())), 422, "date-in-future");
        assertProblem(http.post(OFFICER, "/api/gifts", gift("qua-" + run + "-x", "26506", 450_000L, day)), 404, "unit-not-found");
        assertProblem(http.post(COMMITTEE, "/api/gifts", gift("qua-" + run + "-x", "26560-KP02", 450_000L, day)), 404,
                "unit-not-found");
        assertProblem(http.post("lanh-dao-ba-ria", "/api/gifts", gift("qua-" + run + "-x", "26560", 450_000L, day)), 403,
                "forbidden");
        assertProblem(http.post(OFFICER, "/api/gifts", gift("qua-" + run + "-x", "26560", 450_000L, day)
                .replace("450000", "450000.5")), 400, null);
        assertProblem(http.post(OFFICER, "/api/gifts/" + wrong + "/reversal", "{\"reason\":\"Lần nữa\"}"), 409,
                "already-reversed");
        assertThat(storedEvents()).isEqualTo(before);

        // exact totals at the commune and the city (this test's year and unit are its own)
        // (the reversal and its replacement are two gifts' events, projected in no order, and the totals and the
        // reversed count are two reads: the count, the amount and the reversal are awaited together)
        for (String[] at : new String[][] {{OFFICER, "26560"}, {"lanh-dao-hcm", "79"}, {"trung-uong", "VN"}}) {
            JsonNode totals = http.await(at[0], "/api/gifts/totals?unit=" + at[1] + "&year=2024",
                    v -> v.get("reversed").asLong() >= 1 && v.get("gifts").asLong() == 27
                            && v.get("amountVnd").asLong() == 12_150_000L
                            && v.at("/byOccasion/0/amountVnd").asLong() == 12_150_000L);
            assertThat(totals.get("gifts").asLong()).as(at[1]).isEqualTo(27);
            assertThat(totals.get("amountVnd").asLong()).as(at[1]).isEqualTo(12_150_000L);
            assertThat(totals.at("/byOccasion/0/occasion/code").asText()).isEqualTo("TET");
            assertThat(totals.at("/byOccasion/0/amountVnd").asLong()).isEqualTo(12_150_000L);
        }
        JsonNode area = http.await(COMMITTEE, "/api/gifts/totals?unit=26560-KP01&year=2024", v -> v.get("gifts").asLong() == 9);
        assertThat(area.get("amountVnd").asLong()).isEqualTo(9 * 450_000L);
        JsonNode old = http.await(OFFICER, "/api/gifts/" + wrong, v -> !v.get("reversedOn").isNull());
        assertThat(old.get("replacedBy").asText()).isEqualTo(right);
        assertThat(http.await(OFFICER, "/api/gifts/" + right, v -> true).get("replacesGiftId").asText()).isEqualTo(wrong);
        assertThat(ok(http.get(OFFICER, "/api/gifts?unit=26560&year=2024&size=200"), 200).get("total").asLong()).isEqualTo(28);

        // on the topic: no recipient's name; summed by the dashboard's projection: exactly 12,150,000 đồng
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.await(bootstrap, TOPIC,
                r -> r.key().startsWith("qua-" + run), 26 + 1 + 1 + 1, Duration.ofSeconds(30));
        CompetitionProjection projection = new CompetitionProjection();
        Map<String, Document> documents = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("Hoàng Văn Páo");
            EventEnvelope envelope = EnvelopeCodec.decode(record.value());
            assertThat(projection.collection(envelope)).isEqualTo(CompetitionProjection.GIFTS);
            projection.apply(documents.computeIfAbsent(envelope.aggregateId(), k -> new Document("_id", k)), envelope);
        }
        long gifts = 0;
        long vnd = 0;
        for (Document document : documents.values()) {
            var timeline = projection.timeline(document);
            Map<String, Long> now = timeline.get(timeline.lastKey());
            gifts += now.getOrDefault("gifts", 0L);
            vnd += now.getOrDefault("giftsVnd", 0L);
        }
        assertThat(gifts).isEqualTo(27);
        assertThat(vnd).isEqualTo(12_150_000L);
    }

    @Test
    void aCommendationByNumberedDecisionHasItsCertificateAndItsRevocationRevokesIt() throws Exception {
        Http http = http();
        String id = "kt-" + UUID.randomUUID();
        String body = "{\"commendationId\":\"" + id + "\",\"issuingUnit\":\"26560\",\"kind\":\"GIAY_KHEN\","
                + "\"decisionNumber\":\"45/QĐ-MTTQ\",\"decidedOn\":\"2026-11-18\",\"recipientKind\":\"COLLECTIVE\","
                + "\"recipientName\":\"Ban Công tác Mặt trận khu phố Phước Trung\",\"recipientUnit\":\"26560-KP01\","
                + "\"basis\":\"OTHER\",\"reason\":\"Hoàn thành xuất sắc Ngày hội Đại đoàn kết toàn dân tộc năm 2026\"}";
        ok(http.post(OFFICER, "/api/commendations", body), 201);
        ok(http.post(OFFICER, "/api/commendations", body), 200);
        assertProblem(http.post(OFFICER, "/api/commendations", body.replace("45/QĐ", "46/QĐ")), 409, "commendation-id-taken");
        assertProblem(http.post(OFFICER, "/api/commendations", body.replace(id, id + "-b").replace("26560-KP01", "26506")),
                422, "not-below-issuer");
        assertProblem(http.post("can-bo-cao-bang", "/api/commendations", body.replace(id, id + "-c")), 404, "unit-not-found");

        JsonNode commendation = http.await(COMMITTEE, "/api/commendations/" + id, v -> !v.get("certificateId").isNull());
        assertThat(commendation.at("/kind/vi").asText()).isEqualTo("Giấy khen");
        assertThat(commendation.get("recipientName").asText()).isEqualTo("Ban Công tác Mặt trận khu phố Phước Trung");
        String certificateId = commendation.get("certificateId").asText();
        JsonNode certificate = http.await(OFFICER, "/api/certificates/" + certificateId, v -> v.has("number"));
        assertThat(certificate.get("kind").asText()).isEqualTo("COMMENDATION");
        assertThat(certificate.get("number").asText()).startsWith("26560-2026-");
        assertThat(certificate.get("status").asText()).isEqualTo("VALID");
        assertThat(ok(http.get("lanh-dao-hcm", "/api/commendations?unit=79&size=200"), 200).toString()).contains(id);

        ok(http.post(OFFICER, "/api/commendations/" + id + "/revocation", "{\"reason\":\"Sai đối tượng\"}"), 200);
        assertProblem(http.post(OFFICER, "/api/commendations/" + id + "/revocation", "{\"reason\":\"Sai đối tượng\"}"), 409,
                "already-revoked");
        assertThat(http.await(OFFICER, "/api/certificates/" + certificateId, v -> "REVOKED".equals(v.path("status").asText()))
                .get("revokedOn").asText()).isEqualTo(LocalDate.now(vn.doanket.territory.Territory.ZONE).toString());
    }

    @Test
    void unitsRegisterForAMovementReportAgainstItsCriteriaAndTheOrganiserEvaluatesThem() throws Exception {
        Http http = http();
        String id = "pt-" + UUID.randomUUID();
        String body = "{\"movementId\":\"" + id + "\",\"organiserUnit\":\"79\",\"kind\":\"MOVEMENT\",\"title\":\"Toàn dân "
                + "đoàn kết xây dựng nông thôn mới, đô thị văn minh\",\"startsOn\":\"2026-01-01\",\"endsOn\":\"2026-12-31\","
                + "\"criteria\":[{\"criterionId\":\"ho-thoat-ngheo\",\"name\":\"Số hộ thoát nghèo\"},"
                + "{\"criterionId\":\"nha-dai-doan-ket\",\"name\":\"Nhà Đại đoàn kết xây mới\"}]}";
        ok(http.post("can-bo-hcm", "/api/movements", body), 201);
        ok(http.post("can-bo-hcm", "/api/movements", body), 200);
        assertProblem(http.post(OFFICER, "/api/movements", body), 404, "unit-not-found");

        ok(http.post(OFFICER, "/api/movements/" + id + "/registrations", "{\"unitCode\":\"26560\",\"pledge\":\"Không còn hộ nghèo\"}"), 201);
        ok(http.post(OFFICER, "/api/movements/" + id + "/registrations", "{\"unitCode\":\"26560\",\"pledge\":\"Không còn hộ nghèo\"}"), 200);
        assertProblem(http.post(OFFICER, "/api/movements/" + id + "/registrations", "{\"unitCode\":\"26560\",\"pledge\":\"Khác\"}"),
                409, "already-registered");
        ok(http.post(COMMITTEE, "/api/movements/" + id + "/registrations", "{\"unitCode\":\"26560-KP01\"}"), 201);
        assertProblem(http.post(OFFICER, "/api/movements/nope/registrations", "{\"unitCode\":\"26560\"}"), 404, "unit-not-found");

        String report = "{\"reportId\":\"q3\",\"periodFrom\":\"2026-07-01\",\"periodTo\":\"2026-09-30\",\"results\":["
                + "{\"criterionId\":\"ho-thoat-ngheo\",\"value\":\"12 hộ\"},{\"criterionId\":\"nha-dai-doan-ket\",\"value\":\"3 căn\"}],"
                + "\"summary\":\"Vượt chỉ tiêu quý III\"}";
        ok(http.post(OFFICER, "/api/movements/" + id + "/units/26560/reports", report), 201);
        ok(http.post(OFFICER, "/api/movements/" + id + "/units/26560/reports", report), 200);
        assertProblem(http.post(OFFICER, "/api/movements/" + id + "/units/26560/reports", report.replace("\"q3\"", "\"q4\"")
                .replace("ho-thoat-ngheo", "khong-co")), 400, "invalid-results");
        assertProblem(http.post(OFFICER, "/api/movements/" + id + "/units/26560/reports", report.replace("\"q3\"", "\"q5\"")
                .replace("2026-09-30", "2027-01-31")), 422, "period-outside-movement");
        assertProblem(http.post(COMMITTEE, "/api/movements/" + id + "/units/26560/reports", report), 404, "unit-not-found");

        String evaluation = "{\"evaluationId\":\"2026-q3\",\"periodFrom\":\"2026-07-01\",\"periodTo\":\"2026-09-30\","
                + "\"rating\":\"EXCELLENT\"}";
        assertProblem(http.post(OFFICER, "/api/movements/" + id + "/units/26560/evaluations", evaluation), 404, "unit-not-found");
        ok(http.post("can-bo-hcm", "/api/movements/" + id + "/units/26560/evaluations", evaluation), 201);

        JsonNode participation = http.await(OFFICER, "/api/movements/" + id + "/units/26560",
                v -> v.get("evaluations").size() == 1);
        assertThat(participation.at("/unit/reports").asInt()).isEqualTo(1);
        assertThat(participation.at("/unit/lastRating/vi").asText()).isEqualTo("Hoàn thành xuất sắc");
        assertThat(participation.at("/reports/0/results/0/value").asText()).isEqualTo("12 hộ");
        assertThat(http.await("can-bo-hcm", "/api/movements/" + id + "/units", v -> v.get("total").asInt() == 2)
                .at("/items/0/unitCode").asText()).isEqualTo("26560");
        assertThat(http.await(COMMITTEE, "/api/movements/" + id + "/units", v -> v.get("total").asInt() == 1)
                .at("/items/0/unitCode").asText()).isEqualTo("26560-KP01");
        // (the movement's own row is another aggregate's event than the participations awaited above: awaited)
        assertThat(http.await(COMMITTEE, "/api/movements?unit=26560-KP01", v -> v.toString().contains(id)).toString())
                .contains(id);
        assertThat(ok(http.get("lanh-dao-ha-noi", "/api/movements?unit=01"), 200).toString()).doesNotContain(id);
        assertProblem(http.get("lanh-dao-ha-noi", "/api/movements/" + id), 404, "unit-not-found");
    }
}
