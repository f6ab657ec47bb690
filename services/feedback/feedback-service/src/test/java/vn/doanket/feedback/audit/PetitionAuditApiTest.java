package vn.doanket.feedback.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.audit.Checkpointer;
import vn.doanket.testing.http.TestHttp;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail of petitions through HTTP on the real infrastructure: the timeline of a handled
 * petition in JSON, CSV and PDF (who, role, unit, when, what changed, why); {@code verify} of a
 * petition and of a unit, clean and then after an edited payload and a cut tail on the live event
 * store (integrity and completeness reported apart, naming petition, seq and event); roles and
 * territorial scope on every route.
 */
class PetitionAuditApiTest extends FeedbackAuditTestSupport {

    static final String OFFICER = "can-bo-ba-ria";
    static final String HANDLER = "xu-ly-don-ba-ria";
    static final String LEADER = "lanh-dao-ba-ria";
    static final String AUDITOR = "kiem-tra-hcm";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Checkpointer checkpointer;
    @Autowired
    PetitionVerification verification;

    String intake(String subject) throws Exception {
        TestHttp.Response response = post(OFFICER, "/api/petitions", Map.of("unitCode", "26560", "channel", "DIRECT_VISIT",
                "topic", "LAND", "subject", subject, "content", "Đề nghị xem xét việc lấn chiếm đất công tại khu phố",
                "anonymous", true));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("petitionId").asText();
    }

    String handled(String subject) throws Exception {
        String id = intake(subject);
        assertThat(post(HANDLER, "/api/petitions/" + id + "/classification",
                Map.of("topic", "LAND", "note", "Thuộc lĩnh vực đất đai")).status()).isEqualTo(200);
        assertThat(post(HANDLER, "/api/petitions/" + id + "/forwarding",
                Map.of("bodyId", "26560:PEOPLES_COMMITTEE", "note", "Chuyển Ủy ban nhân dân phường")).status()).isEqualTo(200);
        assertThat(post(HANDLER, "/api/petitions/" + id + "/answer",
                Map.of("summary", "Ủy ban đã kiểm tra và xử lý", "documentRef", "123/UBND")).status()).isEqualTo(200);
        return id;
    }

    @Test
    void theTimelineNamesWhoRoleUnitWhenWhatAndWhyInJsonCsvAndPdf() throws Exception {
        String id = handled("Lấn chiếm đất công");

        JsonNode timeline = json(get(LEADER, "/api/petitions/" + id + "/timeline"), 200);
        assertThat(timeline.get("petitionId").asText()).isEqualTo(id);
        assertThat(timeline.get("intact").asBoolean()).isTrue();
        assertThat(timeline.get("complete").asBoolean()).isTrue();
        assertThat(timeline.get("findings")).isEmpty();
        List<String> types = new ArrayList<>();
        timeline.get("entries").forEach(e -> types.add(e.get("eventType").asText()));
        assertThat(types).containsExactly("PetitionReceived", "PetitionClassified", "PetitionForwarded", "PetitionAnswered");
        JsonNode received = timeline.get("entries").get(0);
        assertThat(received.get("seq").asLong()).isZero();
        assertThat(received.get("actorRole").asText()).isEqualTo("OFFICER");
        assertThat(received.get("actorRoleVi").asText()).isEqualTo("Cán bộ");
        assertThat(received.get("actingUnit").asText()).isEqualTo("26560");
        assertThat(received.get("actorId").asText()).isNotBlank();
        assertThat(received.get("whatVi").asText()).isEqualTo("Tiếp nhận ý kiến, kiến nghị");
        assertThat(received.get("changes").get("channel").asText()).isEqualTo("DIRECT_VISIT");
        assertThat(received.get("statusAfter").asText()).isEqualTo("RECEIVED");
        assertThat(received.get("at").asText()).isNotBlank();
        JsonNode classified = timeline.get("entries").get(1);
        assertThat(classified.get("actorRole").asText()).isEqualTo("PETITION_HANDLER");
        assertThat(classified.get("reason").asText()).isEqualTo("Thuộc lĩnh vực đất đai");
        JsonNode forwarded = timeline.get("entries").get(2);
        assertThat(forwarded.get("changes").get("body").asText()).contains("Ủy ban nhân dân");
        assertThat(forwarded.get("changes").get("deadline").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(forwarded.get("statusAfter").asText()).isEqualTo("FORWARDED");
        assertThat(timeline.get("entries").get(3).get("statusAfter").asText()).isEqualTo("ANSWERED");
        assertThat(timeline.toString()).as("the timeline carries no personal data of a petitioner")
                .doesNotContain("fullName", "idNumber", "phone");

        HttpResponse<byte[]> csv = get(AUDITOR, "/api/petitions/" + id + "/timeline?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(cd ->
                assertThat(cd).contains("attachment").contains(".csv"));
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("STT,Thời điểm,Người thực hiện,Vai trò,Đơn vị,Hoạt động,Nội dung thay đổi,Lý do,Trạng thái sau")
                .contains("Chuyển đến cơ quan có thẩm quyền (Forwarded to a responsible body)")
                .contains("Cán bộ xử lý đơn").contains("Thuộc lĩnh vực đất đai").contains("Đã có trả lời");
        assertThat(text.split("\r\n")).hasSize(5);

        HttpResponse<byte[]> pdf = get(HANDLER, "/api/petitions/" + id + "/timeline?format=pdf&lang=both");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(pdf.body(), StandardCharsets.ISO_8859_1)).contains("DejaVuSans");
        String pdfText = pdfText(pdf.body());
        // cells wrap in the PDF: look for text that fits on one line
        assertThat(pdfText).contains("Dòng thời gian xử lý ý kiến, kiến nghị", "Kiểm tra toàn vẹn (integrity): Toàn vẹn",
                "Mã ý kiến (petition): " + id, "u-can-bo-ba-ria", "Thuộc lĩnh vực", "Trang 1");

        assertProblemBytes(get(LEADER, "/api/petitions/" + id + "/timeline?format=exe"), 400, "invalid-format");
        assertProblemBytes(get(LEADER, "/api/petitions/" + id + "/timeline?lang=fr"), 400, "invalid-language");
        assertProblemBytes(get("ban-cong-tac-kp-phuoc-trung", "/api/petitions/" + id + "/timeline"), 403, "forbidden");
        assertProblemBytes(get("lanh-dao-ha-noi", "/api/petitions/" + id + "/timeline"), 404, "unit-not-found");
        assertProblemBytes(get(LEADER, "/api/petitions/PA-26560-NOSUCH00/timeline"), 404, "unit-not-found");
        assertThat(get(null, "/api/petitions/" + id + "/timeline").statusCode()).isEqualTo(401);
    }

    @Test
    void verifyReportsIntegrityAndCompletenessApartForAPetitionAndAUnit() throws Exception {
        String edited = handled("Tiếng ồn công trình");
        String cut = handled("Ngập nước đường");
        String untouched = intake("Chiếu sáng công cộng");

        JsonNode clean = json(get(AUDITOR, "/api/petitions/" + edited + "/verify"), 200);
        assertThat(clean.get("clean").asBoolean()).as(clean.toString()).isTrue();
        assertThat(clean.get("integrity").get("ok").asBoolean()).isTrue();
        assertThat(clean.get("integrity").get("labelVi").asText()).isEqualTo("Toàn vẹn");
        assertThat(clean.get("completeness").get("ok").asBoolean()).isTrue();
        assertThat(clean.get("results").get(0).get("events").asInt()).isEqualTo(4);
        assertThat(clean.get("keyFingerprint").asText()).hasSize(16);

        assertProblem(post(AUDITOR, "/api/audit/checkpoints", ""), 404, "unit-not-found");
        TestHttp.Response checkpoint = post("quan-tri", "/api/audit/checkpoints", "");
        assertThat(checkpoint.status()).as(checkpoint.body()).isEqualTo(201);
        JsonNode written = checkpoint.json();
        assertThat(written.get("number").asLong()).isPositive();
        assertThat(written.get("signature").asText()).isNotBlank();
        assertThat(written.get("heads").toString()).contains(edited, cut, untouched);
        assertThat(checkpointer.checkpoint()).as("nothing changed since").isEmpty();

        // someone with database access edits the answer's payload ...
        assertThat(jdbc.update("update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                + "'Ủy ban đã kiểm tra và xử lý', 'Đã giải quyết xong'), 'UTF8') where aggregate_identifier = ? "
                + "and sequence_number = 3", edited)).isEqualTo(1);
        // ... and cuts the last two events of another petition, chain links included
        assertThat(jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number >= 2", cut))
                .isEqualTo(2);
        assertThat(jdbc.update("delete from audit_chain where aggregate_id = ? and seq >= 2", cut)).isEqualTo(2);

        JsonNode one = json(get(LEADER, "/api/petitions/" + edited + "/verify"), 200);
        assertThat(one.get("clean").asBoolean()).isFalse();
        assertThat(one.get("completeness").get("ok").asBoolean()).isTrue();
        JsonNode finding = one.get("integrity").get("findings").get(0);
        assertThat(one.get("integrity").get("findings")).hasSize(1);
        assertThat(finding.get("kind").asText()).isEqualTo("PAYLOAD_EDITED");
        assertThat(finding.get("aggregateId").asText()).isEqualTo(edited);
        assertThat(finding.get("seq").asLong()).isEqualTo(3);
        assertThat(finding.get("eventId").asText()).isEqualTo(jdbc.queryForObject(
                "select event_identifier from domain_event_entry where aggregate_identifier = ? and sequence_number = 3",
                String.class, edited));
        assertThat(finding.get("detailVi").asText()).contains("đã bị sửa");

        JsonNode flagged = json(get(LEADER, "/api/petitions/" + edited + "/timeline"), 200);
        assertThat(flagged.get("intact").asBoolean()).as("the timeline says its source was tampered with").isFalse();
        assertThat(flagged.get("findings").get(0).get("seq").asLong()).isEqualTo(3);
        assertThat(flagged.get("entries").get(3).get("changes").get("summary").asText()).isEqualTo("Đã giải quyết xong");

        JsonNode unit = json(get(AUDITOR, "/api/units/26560/petitions/verify"), 200);
        assertThat(unit.get("scope").asText()).isEqualTo("unit");
        assertThat(unit.get("petitions").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(unit.get("integrity").get("ok").asBoolean()).isFalse();
        assertThat(unit.get("integrity").get("findings")).hasSize(1);
        assertThat(unit.get("completeness").get("ok").asBoolean()).isFalse();
        assertThat(unit.get("completeness").get("findings")).singleElement().satisfies(f -> {
            assertThat(f.get("kind").asText()).isEqualTo("TRUNCATED");
            assertThat(f.get("aggregateId").asText()).isEqualTo(cut);
            assertThat(f.get("expected").asLong()).isEqualTo(3);
            assertThat(f.get("seq").asLong()).isEqualTo(1);
        });
        assertThat(unit.get("checkpoints").get("ok").asBoolean()).isTrue();
        List<String> intact = new ArrayList<>();
        unit.get("results").forEach(r -> {
            if (r.get("intact").asBoolean() && r.get("complete").asBoolean()) {
                intact.add(r.get("petitionId").asText());
            }
        });
        assertThat(intact).contains(untouched).doesNotContain(edited, cut);
        // the province's auditor sees the same through the province
        JsonNode province = json(get(AUDITOR, "/api/units/79/petitions/verify"), 200);
        assertThat(province.get("integrity").get("findings").toString()).contains(edited);

        assertProblemBytes(get(OFFICER, "/api/petitions/" + edited + "/verify"), 403, "forbidden");
        assertProblemBytes(get(HANDLER, "/api/units/26560/petitions/verify"), 403, "forbidden");
        assertProblemBytes(get("lanh-dao-ha-noi", "/api/units/26560/petitions/verify"), 404, "unit-not-found");
        assertProblemBytes(get(AUDITOR, "/api/units/99999/petitions/verify"), 404, "unit-not-found");
        assertThat(get("quan-tri", "/api/units/26560/petitions/verify").statusCode()).isEqualTo(200);
    }

    @Test
    void verifyOfAUnitReadsTheRegistryAndNeverWaitsForTheQueryModel() {
        // rows the query model has not seen (no events projected yet): a residential area of Phường Bà Rịa,
        // a commune of Hồ Chí Minh City elsewhere, and a Hà Nội commune
        List<String> rows = List.of("PA-REG-AREA-1", "PA-REG-COMMUNE-1", "PA-REG-HANOI-1");
        jdbc.update("insert into petition_registry (petition_id, unit_code) values (?, '26560-kp-thu-nghiem'), "
                + "(?, '25747'), (?, '00004')", rows.toArray());
        try {
            assertThat(verification.petitionsOf("26560")).contains("PA-REG-AREA-1")
                    .doesNotContain("PA-REG-COMMUNE-1", "PA-REG-HANOI-1");
            assertThat(verification.petitionsOf("26560-kp-thu-nghiem")).contains("PA-REG-AREA-1")
                    .doesNotContain("PA-REG-COMMUNE-1");
            assertThat(verification.petitionsOf("79")).contains("PA-REG-AREA-1", "PA-REG-COMMUNE-1")
                    .doesNotContain("PA-REG-HANOI-1");
            assertThat(verification.petitionsOf("01")).contains("PA-REG-HANOI-1")
                    .doesNotContain("PA-REG-AREA-1", "PA-REG-COMMUNE-1");
            assertThat(verification.petitionsOf("VN")).contains(rows.toArray(String[]::new));
        } finally {
            jdbc.update("delete from petition_registry where petition_id in (?, ?, ?)", rows.toArray());
        }
    }
}
