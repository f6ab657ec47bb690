package vn.doanket.feedback.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doanket.axon.CommandSender;
import vn.doanket.events.Actor;
import vn.doanket.feedback.api.AnswerPetitionCommand;
import vn.doanket.feedback.api.Channel;
import vn.doanket.feedback.api.ClassifyPetitionCommand;
import vn.doanket.feedback.api.ForwardPetitionCommand;
import vn.doanket.feedback.api.ReceivePetitionCommand;
import vn.doanket.feedback.api.ResponsibleBody;
import vn.doanket.feedback.api.WithdrawPetitionCommand;
import vn.doanket.feedback.audit.FeedbackAuditTestSupport;
import vn.doanket.feedback.command.ResponsibleBodies;
import vn.doanket.territory.AdministrativeUnit;
import vn.doanket.territory.Territory;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quarterly synthesis through HTTP on the real infrastructure, for a commune of Hồ Chí Minh City
 * that only this test uses: petitions received before, during and after Q1/2026, answered, withdrawn
 * or still open, written through the real command side with their business dates; the figures by
 * topic, recipient and status, the answers of the quarter and the items carried over are checked
 * in JSON, and the XLSX, PDF and DOCX exports are read back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuarterlySynthesisApiTest extends FeedbackAuditTestSupport {

    static final Actor HANDLER = new Actor("u-xu-ly-don", "PETITION_HANDLER");
    static final String LEADER = "lanh-dao-hcm";

    @Autowired
    CommandSender commands;
    @Autowired
    Territory territory;
    @Autowired
    ResponsibleBodies bodies;

    String commune;
    final Map<String, String> ids = new HashMap<>();

    @BeforeAll
    void petitionsAroundTheFirstQuarterOf2026() throws Exception {
        List<AdministrativeUnit> communes = territory.children("79", LocalDate.of(2026, 1, 1));
        commune = communes.get(communes.size() - 1).code();
        assertThat(commune).isNotEqualTo("26560");
        ResponsibleBody committee = bodies.find(commune + ":PEOPLES_COMMITTEE").orElseThrow();

        // A: received in Q4/2025, forwarded then, answered in Q1 -> carried in, answered
        String a = receive("A", "LAND", LocalDate.of(2025, 12, 10));
        classify(a, "LAND");
        commands.send(new ForwardPetitionCommand(a, committee, 20, LocalDate.of(2025, 12, 15), null, commune), HANDLER);
        commands.send(new AnswerPetitionCommand(a, LocalDate.of(2026, 2, 10), "Đã trả lời", "01/UBND", commune), HANDLER);
        awaitProjected(a, 3);
        // B: received and answered in Q4/2025 -> not in Q1
        String b = receive("B", "ENVIRONMENT", LocalDate.of(2025, 11, 5));
        classify(b, "ENVIRONMENT");
        commands.send(new ForwardPetitionCommand(b, committee, 10, LocalDate.of(2025, 11, 6), null, commune), HANDLER);
        commands.send(new AnswerPetitionCommand(b, LocalDate.of(2025, 12, 20), "Đã xử lý", null, commune), HANDLER);
        awaitProjected(b, 3);
        // C: received and forwarded in Q1, no answer -> new, carried over, overdue
        String c = receive("C", "LAND", LocalDate.of(2026, 1, 20));
        classify(c, "LAND");
        commands.send(new ForwardPetitionCommand(c, committee, 10, LocalDate.of(2026, 1, 22), null, commune), HANDLER);
        awaitProjected(c, 2);
        // D: received in Q1, never forwarded -> new, carried over
        String d = receive("D", "SOCIAL_POLICY", LocalDate.of(2026, 3, 5));
        awaitProjected(d, 0);
        // E: received in Q2 -> not in Q1, in Q2
        String e = receive("E", "LAND", LocalDate.of(2026, 4, 2));
        awaitProjected(e, 0);
        // F: received in Q1 and withdrawn in Q1 -> new, not carried over
        String f = receive("F", "OTHER", LocalDate.of(2026, 2, 1));
        commands.send(new WithdrawPetitionCommand(f, LocalDate.of(2026, 2, 15), "Người gửi rút đơn", commune), HANDLER);
        awaitProjected(f, 1);
        // (the projection adds a petition to its unit's list after writing the petition itself, and D and E have no
        // later event to wait for: the synthesis reads that list, so it is awaited too)
        org.awaitility.Awaitility.await("the commune's list to hold the six petitions").atMost(java.time.Duration.ofSeconds(30))
                .pollDelay(java.time.Duration.ZERO).pollInterval(java.time.Duration.ofMillis(50))
                .until(() -> queries.page(commune, null, 0, 100).items().stream().map(doc -> doc.getString("_id")).toList()
                        .containsAll(ids.values()));
    }

    String receive(String key, String topic, LocalDate on) {
        String id = "PA-" + commune + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        commands.send(new ReceivePetitionCommand(id, commune, Channel.LETTER, topic, "Ý kiến " + key,
                "Nội dung kiến nghị " + key, true, null, null, on, List.of(), null, null, commune), HANDLER);
        ids.put(key, id);
        return id;
    }

    void classify(String id, String topic) {
        commands.send(new ClassifyPetitionCommand(id, topic, null, HANDLER.userId(), null, commune), HANDLER);
    }

    JsonNode line(JsonNode lines, String key) {
        for (JsonNode l : lines) {
            if (l.get("key").asText().equals(key)) {
                return l.get("figures");
            }
        }
        throw new AssertionError("no line " + key + " in " + lines);
    }

    @Test
    void theFirstQuarterGroupsCountsAndCarriesOver() throws Exception {
        JsonNode s = json(get(LEADER, "/api/units/" + commune + "/petitions/synthesis?year=2026&quarter=1"), 200);
        assertThat(s.get("from").asText()).isEqualTo("2026-01-01");
        assertThat(s.get("to").asText()).isEqualTo("2026-03-31");
        assertThat(s.get("unitName").asText()).isNotBlank().isNotEqualTo(commune);
        JsonNode totals = s.get("totals");
        assertThat(totals.get("items").asInt()).isEqualTo(4);
        assertThat(totals.get("receivedInQuarter").asInt()).isEqualTo(3);
        assertThat(totals.get("carriedIn").asInt()).isEqualTo(1);
        assertThat(totals.get("answeredInQuarter").asInt()).isEqualTo(1);
        assertThat(totals.get("carriedOver").asInt()).isEqualTo(2);

        JsonNode land = line(s.get("byTopic"), "LAND");
        assertThat(List.of(land.get("items").asInt(), land.get("receivedInQuarter").asInt(), land.get("carriedIn").asInt(),
                land.get("answeredInQuarter").asInt(), land.get("carriedOver").asInt())).containsExactly(2, 1, 1, 1, 1);
        assertThat(line(s.get("byTopic"), "ENVIRONMENT").get("items").asInt()).isZero();
        assertThat(line(s.get("byTopic"), "SOCIAL_POLICY").get("carriedOver").asInt()).isEqualTo(1);
        assertThat(line(s.get("byTopic"), "OTHER").get("carriedOver").asInt()).isZero();

        JsonNode committee = line(s.get("byRecipient"), commune + ":PEOPLES_COMMITTEE");
        assertThat(committee.get("items").asInt()).isEqualTo(2);
        assertThat(committee.get("answeredInQuarter").asInt()).isEqualTo(1);
        assertThat(line(s.get("byRecipient"), "NONE").get("items").asInt()).isEqualTo(2);

        Map<String, Integer> byStatus = new HashMap<>();
        s.get("byStatus").forEach(n -> byStatus.put(n.get("status").asText(), n.get("count").asInt()));
        assertThat(byStatus).containsEntry("ANSWERED", 1).containsEntry("FORWARDED", 1).containsEntry("RECEIVED", 1)
                .containsEntry("WITHDRAWN", 1).containsEntry("CLOSED", 0);

        assertThat(s.get("carriedOver")).hasSize(2);
        JsonNode carriedC = s.get("carriedOver").get(0);
        assertThat(carriedC.get("petitionId").asText()).isEqualTo(ids.get("C"));
        assertThat(carriedC.get("overdue").asBoolean()).isTrue();
        assertThat(carriedC.get("recipient").asText()).contains("Ủy ban nhân dân");
        assertThat(s.get("carriedOver").get(1).get("petitionId").asText()).isEqualTo(ids.get("D"));
        assertThat(s.get("carriedOver").get(1).get("recipient").isNull()).isTrue();

        JsonNode q2 = json(get(LEADER, "/api/units/" + commune + "/petitions/synthesis?year=2026&quarter=2"), 200);
        assertThat(q2.get("totals").get("carriedIn").asInt()).as("what Q1 carried over").isEqualTo(2);
        assertThat(q2.get("totals").get("receivedInQuarter").asInt()).isEqualTo(1);
        JsonNode q4 = json(get(LEADER, "/api/units/" + commune + "/petitions/synthesis?year=2025&quarter=4"), 200);
        assertThat(q4.get("totals").get("items").asInt()).isEqualTo(2);
        assertThat(q4.get("totals").get("answeredInQuarter").asInt()).isEqualTo(1);
        assertThat(q4.get("totals").get("carriedOver").asInt()).isEqualTo(1);
    }

    @Test
    void theSynthesisIsExportedAsXlsxPdfAndDocxInVietnamese() throws Exception {
        HttpResponse<byte[]> xlsx = get(LEADER, "/api/units/" + commune + "/petitions/synthesis?year=2026&quarter=1&format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(cd ->
                assertThat(cd).contains("bao-cao-tong-hop-" + commune + "-quy-1-2026.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
            Sheet summary = workbook.getSheetAt(0);
            assertThat(summary.getSheetName()).isEqualTo("Tổng hợp chung");
            int header = 5;
            assertThat(summary.getRow(header).getCell(1).getStringCellValue()).isEqualTo("Tổng số");
            assertThat(summary.getRow(header + 1).getCell(1).getNumericCellValue()).isEqualTo(4d);
            assertThat(summary.getRow(header + 1).getCell(5).getNumericCellValue()).isEqualTo(2d);
            Sheet topics = workbook.getSheet("Theo lĩnh vực");
            assertThat(topics.getRow(header + 1).getCell(0).getStringCellValue()).isEqualTo("Đất đai");
            assertThat(topics.getRow(header + 1).getCell(1).getNumericCellValue()).isEqualTo(2d);
            Sheet carried = workbook.getSheetAt(4);
            assertThat(carried.getRow(header + 1).getCell(0).getStringCellValue()).isEqualTo(ids.get("C"));
            assertThat(carried.getRow(header + 1).getCell(5).getStringCellValue()).isEqualTo("Quá hạn");
        }

        HttpResponse<byte[]> docx = get(LEADER, "/api/units/" + commune + "/petitions/synthesis?year=2026&quarter=1&format=docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
             XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("Báo cáo tổng hợp ý kiến, kiến nghị của cử tri và Nhân dân",
                    "Quý 1 năm 2026 (từ 01/01/2026 đến 31/03/2026)", "Chưa được trả lời, chuyển sang quý sau",
                    "Chưa chuyển cơ quan có thẩm quyền", ids.get("D"));
        }

        HttpResponse<byte[]> pdf = get("kiem-tra-hcm", "/api/units/" + commune + "/petitions/synthesis?year=2026&quarter=1&format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdfText(pdf.body())).contains("Báo cáo tổng hợp ý kiến, kiến nghị của cử tri và Nhân dân", "Đất đai",
                "Theo cơ quan nhận", "Chưa được trả lời, chuyển sang quý sau", ids.get("C"));
    }

    @Test
    void badParametersAreProblemsAndScopeIsEnforced() throws Exception {
        String base = "/api/units/" + commune + "/petitions/synthesis";
        assertProblemBytes(get(LEADER, base + "?year=2026&quarter=5"), 400, "invalid-quarter");
        assertProblemBytes(get(LEADER, base + "?year=abc&quarter=1"), 400, "invalid-year");
        assertProblemBytes(get(LEADER, base + "?year=2026&quarter=1&format=csv"), 400, "invalid-format");
        assertProblemBytes(get(LEADER, base + "?year=2026&quarter=1&lang=fr"), 400, "invalid-language");
        assertThat(get(LEADER, base + "?quarter=1").statusCode()).isEqualTo(400);
        assertProblemBytes(get("lanh-dao-ha-noi", base + "?year=2026&quarter=1"), 404, "unit-not-found");
        assertProblemBytes(get("quan-tri", base + "?year=2026&quarter=1"), 403, "forbidden");
        assertThat(get(null, base + "?year=2026&quarter=1").statusCode()).isEqualTo(401);
    }
}
