package vn.doanket.conference.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import vn.doanket.certificates.Certificates;
import vn.doanket.conference.certificates.TrainingCertificates;
import vn.doanket.conference.command.CheckInCodes;
import vn.doanket.conference.command.Conference;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.testing.TestPersonalData;
import vn.doanket.testing.TopicRecords;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doanket.conference.web.Http.assertProblem;
import static vn.doanket.conference.web.Http.ok;

/**
 * The conference API through HTTP with real tokens, PostgreSQL and Kafka: idempotent creation, invitations with
 * signed single-use codes (typed, scanned from the QR image, uploaded in CSV and XLSX lists with refused rows
 * reported), walk-ins, the Unity Day rule, territory and roles, bad input, snapshots, and a training class whose
 * trainees complete it by attending every session.
 */
class ConferenceApiTest extends ConferenceIntegrationTest {

    static final String OFFICER = "can-bo-ba-ria";
    static final String COMMITTEE = "ban-cong-tac-kp-phuoc-trung";
    static final String LEADER = "lanh-dao-ba-ria";

    @Autowired
    CheckInCodes codes;
    @Autowired
    Certificates certificates;
    @Autowired
    Serializer serializer;

    static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    }

    static Map<String, Object> conference(String id, String kind, String unit, String startsAt) {
        return Map.of("conferenceId", id, "kind", kind, "unitCode", unit, "title", "Hội nghị thử",
                "startsAt", startsAt, "venue", "Hội trường");
    }

    static Map<String, Object> invitations(List<Map<String, Object>> invitations) {
        return Map.of("invitations", invitations);
    }

    static Map<String, Object> committee(String invitationId, String committeeId) {
        return Map.of("invitationId", invitationId, "inviteeKind", "COMMITTEE", "inviteeRef", committeeId);
    }

    static Map<String, Object> code(String code) {
        return Map.of("code", code);
    }

    String plan(Http http, String account, String kind, String unit, String startsAt) {
        String id = newId(kind.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        ok(http.post(account, "/api/conferences", conference(id, kind, unit, startsAt)), 201);
        return id;
    }

    @Test
    void creationIsIdempotentByTheClientsIdAndAnotherBodyIsAConflict() {
        Http http = http();
        String id = newId("chuyen-de");
        Map<String, Object> body = Map.of("conferenceId", id, "kind", "THEMATIC", "unitCode", "26560",
                "title", "Nâng cao chất lượng hoạt động", "startsAt", "2026-10-01T08:00:00", "venue", "Hội trường",
                "agenda", List.of("Báo cáo", "Tham luận"));
        assertThat(ok(http.post(OFFICER, "/api/conferences", body), 201).get("outcome").asText()).isEqualTo("CREATED");
        long stored = storedEvents();
        assertThat(ok(http.post(OFFICER, "/api/conferences", body), 200).get("outcome").asText()).isEqualTo("UNCHANGED");
        Map<String, Object> other = new HashMap<>(body);
        other.put("title", "Đổi chất lượng hoạt động");
        assertProblem(http.post(OFFICER, "/api/conferences", other), 409, "id-conflict");
        assertThat(storedEvents()).isEqualTo(stored);
        // a training class cannot take the id of a conference
        assertProblem(http.post(OFFICER, "/api/training-classes", Map.of("classId", id, "unitCode", "26560",
                "title", "Lớp", "venue", "Hội trường",
                "sessions", List.of(Map.of("sessionNo", 1, "date", "2026-10-06", "topic", "Một")))), 409, "id-taken");
        assertThat(storedEvents()).isEqualTo(stored);
    }

    @Test
    void attendeesCheckInOnceWithTheirSignedCodeTypedScannedOrListed() throws Exception {
        Http http = http();
        String id = plan(http, OFFICER, "BRIEFING", "26560", "2026-10-05T08:00:00");
        // a code before invitations: it names no invitation of this conference
        assertProblem(http.post(OFFICER, "/api/conferences/" + id + "/check-ins", code(codes.codeFor(id, "moi-1"))),
                422, "invalid-check-in-code");
        List<Map<String, Object>> invited = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            invited.add(committee("moi-" + i, "26560-KP0" + i + "/2024"));
        }
        invited.add(Map.of("invitationId", "moi-nguoi", "inviteeKind", "PERSON", "inviteeRef", "p-demo-1",
                "inviteeUnitCode", "26560-KP01", "displayName", TestPersonalData.PETITIONER_NAME));
        assertThat(ok(http.post(OFFICER, "/api/conferences/" + id + "/invitations", invitations(invited)), 201)
                .get("sent").asInt()).isEqualTo(9);
        assertThat(ok(http.post(OFFICER, "/api/conferences/" + id + "/invitations", invitations(invited)), 200)
                .get("unchanged").asInt()).isEqualTo(9);
        ok(http.post(OFFICER, "/api/conferences/" + id + "/invitations/moi-1/response", Map.of("response", "ACCEPTED")), 200);
        ok(http.post(OFFICER, "/api/conferences/" + id + "/invitations/moi-2/response", Map.of("response", "DECLINED")), 200);

        // the organiser sees the code; a leader reads invitations without codes and may not fetch a code
        JsonNode invitation = ok(http.get(OFFICER, "/api/conferences/" + id + "/invitations/moi-1"), 200);
        String code = invitation.get("checkInCode").asText();
        assertThat(code).isEqualTo(codes.codeFor(id, "moi-1"));
        assertProblem(http.get(LEADER, "/api/conferences/" + id + "/invitations/moi-1"), 403, "forbidden");
        JsonNode list = http.await(LEADER, "/api/conferences/" + id + "/invitations?size=20",
                page -> page.get("total").asInt() == 9);
        assertThat(list.toString()).doesNotContain(code);

        // the QR image holds the code
        HttpResponse<byte[]> png = http.getBytes(OFFICER, "/api/conferences/" + id + "/invitations/moi-2/qr.png");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        String scanned = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png.body())))))).getText();
        assertThat(scanned).isEqualTo(codes.codeFor(id, "moi-2"));
        // refusals of the image are problems like any other
        assertProblem(http.get(LEADER, "/api/conferences/" + id + "/invitations/moi-2/qr.png"), 403, "forbidden");
        assertProblem(http.get("can-bo-cao-bang", "/api/conferences/" + id + "/invitations/moi-2/qr.png"), 404,
                "unit-not-found");
        assertProblem(http.get(OFFICER, "/api/conferences/" + id + "/invitations/khong-co/qr.png"), 404,
                "invitation-not-found");

        // typed, then scanned; the same code again is refused as already used, a forged one as invalid
        JsonNode first = ok(http.post(OFFICER, "/api/conferences/" + id + "/check-ins",
                Map.of("code", code, "method", "CODE")), 200);
        assertThat(first.get("attendees").asInt()).isEqualTo(1);
        assertThat(first.get("inviteeUnitCode").asText()).isEqualTo("26560-KP01");
        ok(http.post(OFFICER, "/api/conferences/" + id + "/check-ins", Map.of("code", scanned, "method", "SCAN")), 200);
        JsonNode used = assertProblem(http.post(OFFICER, "/api/conferences/" + id + "/check-ins", code(code)), 409,
                "check-in-code-used");
        assertThat(used.get("detail_vi").asText()).contains("đã sử dụng");
        assertThat(used.get("detail").asText()).contains("already been used");
        String forged = code.substring(0, code.length() - 4) + (code.endsWith("AAAA") ? "BBBB" : "AAAA");
        JsonNode invalid = assertProblem(http.post(OFFICER, "/api/conferences/" + id + "/check-ins", code(forged)),
                422, "invalid-check-in-code");
        assertThat(invalid.get("detail_vi").asText()).contains("không hợp lệ");
        assertThat(invalid.toString()).doesNotContain(forged);
        // a genuine code of this conference presented at another one is invalid there
        String other = plan(http, OFFICER, "BRIEFING", "26560", "2026-10-06T08:00:00");
        assertProblem(http.post(OFFICER, "/api/conferences/" + other + "/check-ins", code(codes.codeFor(id, "moi-3"))),
                422, "invalid-check-in-code");

        // a list uploaded by the organiser: CSV with a used code, a forged one, a blank and two good ones
        String csv = "ho_ten,ma_diem_danh\n"
                + "Khu phố 3," + codes.codeFor(id, "moi-3") + "\n"
                + "Khu phố 1," + code + "\n"
                + "Giả mạo," + forged + "\n"
                + "Trống,\n"
                + "\n"
                + "Khu phố 4," + codes.codeFor(id, "moi-4") + "\n";
        JsonNode report = ok(http.upload(OFFICER, "/api/conferences/" + id + "/check-in-lists", "diem-danh.csv",
                csv.getBytes(StandardCharsets.UTF_8)), 200);
        assertThat(report.get("rows").asInt()).isEqualTo(5);
        assertThat(report.get("checkedIn").asInt()).isEqualTo(2);
        assertThat(report.get("rejected").asInt()).isEqualTo(3);
        JsonNode rejected = report.get("rejectedRows");
        assertThat(rejected.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(rejected.get(0).get("code").asText()).isEqualTo("check-in-code-used");
        assertThat(rejected.get(1).get("row").asInt()).isEqualTo(4);
        assertThat(rejected.get(1).get("code").asText()).isEqualTo("invalid-check-in-code");
        assertThat(rejected.get(2).get("row").asInt()).isEqualTo(5);
        assertThat(rejected.get(2).get("column").asText()).isEqualTo("ma_diem_danh");
        assertThat(rejected.get(2).get("reasonVi").asText()).isNotBlank();
        assertThat(rejected.get(2).get("reasonEn").asText()).isNotBlank();
        // XLSX, and the same list again checks nobody in twice
        JsonNode xlsx = ok(http.upload(OFFICER, "/api/conferences/" + id + "/check-in-lists", "diem-danh.xlsx",
                xlsx(codes.codeFor(id, "moi-5"), codes.codeFor(id, "moi-3"))), 200);
        assertThat(xlsx.get("checkedIn").asInt()).isEqualTo(1);
        assertThat(xlsx.get("rejectedRows").get(0).get("code").asText()).isEqualTo("check-in-code-used");
        assertProblem(http.upload(OFFICER, "/api/conferences/" + id + "/check-in-lists", "x.csv",
                "ten\nabc\n".getBytes(StandardCharsets.UTF_8)), 400, "check-in-list-header");

        // walk-ins are registered at the door once the conference is open
        Map<String, Object> walkIn = Map.of("walkInId", "khach-1", "inviteeKind", "COMMUNE", "inviteeRef", "26506");
        assertProblem(http.post(OFFICER, "/api/conferences/" + id + "/walk-ins", walkIn), 409, "conference-not-open");
        ok(http.post(OFFICER, "/api/conferences/" + id + "/opening", Map.of()), 200);
        ok(http.post(OFFICER, "/api/conferences/" + id + "/walk-ins", walkIn), 201);
        ok(http.post(OFFICER, "/api/conferences/" + id + "/walk-ins", walkIn), 200);

        JsonNode conference = http.await(LEADER, "/api/conferences/" + id, c -> c.get("attendees").asInt() == 6);
        assertThat(conference.get("walkIns").asInt()).isEqualTo(1);
        assertThat(conference.get("accepted").asInt()).isEqualTo(1);
        assertThat(conference.get("declined").asInt()).isEqualTo(1);
        assertThat(conference.get("invitations").asInt()).isEqualTo(9);
        assertThat(conference.get("communesRepresented").asInt()).isEqualTo(2);

        // after the close nobody checks in
        ok(http.post(OFFICER, "/api/conferences/" + id + "/closure", Map.of("conclusions", "Hoàn thành báo cáo quý.")), 200);
        assertProblem(http.post(OFFICER, "/api/conferences/" + id + "/check-ins", code(codes.codeFor(id, "moi-6"))),
                409, "conference-closed");

        // the invitee's name is never published (the conference's and its invitations' events), nor any code
        // (published from the event store asynchronously: awaited, never read once)
        List<ConsumerRecord<String, byte[]>> records = org.awaitility.Awaitility.await("the conference's events published")
                .atMost(TopicRecords.PATIENCE).pollInterval(java.time.Duration.ofMillis(300))
                .until(() -> TopicRecords.readAll(bootstrap, TOPIC).stream()
                        .filter(r -> r.key() != null && r.key().startsWith(id)).toList(), r -> r.size() > 20);
        for (ConsumerRecord<String, byte[]> record : records) {
            String raw = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(raw).doesNotContain(TestPersonalData.PETITIONER_NAME).doesNotContain(code);
        }
        // and the list shows it to those who read the conference, in Vietnamese order (the name is the invitation's
        // event after the one that adds its row: awaited with the rows)
        JsonNode all = http.await(OFFICER, "/api/conferences/" + id + "/invitations?size=50",
                page -> page.get("items").size() == 10 && page.toString().contains(TestPersonalData.PETITIONER_NAME));
        assertThat(all.toString()).contains(TestPersonalData.PETITIONER_NAME);
    }

    @Test
    void aSecondUnityDayOfAnAreaInTheSameYearIsRefused() {
        Http http = http();
        String area = "26560-KP09";
        String first = newId("ngay-hoi");
        String second = newId("ngay-hoi");
        ok(http.post(OFFICER, "/api/conferences", unityDay(first, area, "2031-11-18")), 201);
        long stored = storedEvents();
        JsonNode refused = assertProblem(http.post(OFFICER, "/api/conferences", unityDay(second, area, "2031-12-01")),
                422, "unity-day-already-held");
        assertThat(refused.get("detail_vi").asText()).contains("Ngày hội Đại đoàn kết").contains("2031");
        assertThat(refused.get("detail").asText()).contains("Great Unity Day").contains("2031");
        assertThat(storedEvents()).isEqualTo(stored);
        assertProblem(http.get(OFFICER, "/api/conferences/" + second), 404, "unit-not-found");
        // the same Unity Day again is just the same one; another year is another one
        ok(http.post(OFFICER, "/api/conferences", unityDay(first, area, "2031-11-18")), 200);
        ok(http.post(OFFICER, "/api/conferences", unityDay(newId("ngay-hoi"), area, "2032-11-18")), 201);
        // cancelling the first frees its year
        ok(http.post(OFFICER, "/api/conferences/" + first + "/cancellation", Map.of("reason", "Mưa bão")), 200);
        ok(http.post(OFFICER, "/api/conferences", unityDay(second, area, "2031-12-01")), 201);
        // a Unity Day is held by a residential area
        assertProblem(http.post(OFFICER, "/api/conferences", unityDay(newId("ngay-hoi"), "26560", "2031-11-18")), 422,
                "unity-day-area");
    }

    static Map<String, Object> unityDay(String id, String area, String day) {
        return Map.of("conferenceId", id, "kind", "UNITY_DAY", "unitCode", area, "title", "Ngày hội Đại đoàn kết",
                "startsAt", day + "T07:30:00", "venue", "Nhà văn hóa");
    }

    @Test
    void aCommitteeRecordsItsOwnAreasUnityDayWithAHeadcount() {
        Http http = http();
        String id = newId("ngay-hoi");
        ok(http.post(COMMITTEE, "/api/conferences", unityDay(id, "26560-KP01", today())), 201);
        ok(http.post(COMMITTEE, "/api/conferences/" + id + "/opening", Map.of()), 200);
        assertProblem(http.post(COMMITTEE, "/api/conferences/" + id + "/invitations",
                invitations(List.of(Map.of("invitationId", "m1", "inviteeKind", "COMMUNE", "inviteeRef", "26560")))),
                422, "headcount-only");
        ok(http.post(COMMITTEE, "/api/conferences/" + id + "/activities",
                Map.of("activities", List.of("Văn nghệ", "Thể thao"))), 200);
        ok(http.post(COMMITTEE, "/api/conferences/" + id + "/headcount", Map.of("headcount", 230)), 200);
        ok(http.post(COMMITTEE, "/api/conferences/" + id + "/closure", Map.of()), 200);
        JsonNode day = http.await(LEADER, "/api/conferences/" + id, c -> "CLOSED".equals(c.get("status").asText()));
        assertThat(day.get("headcount").asInt()).isEqualTo(230);
        assertThat(day.get("activities").size()).isEqualTo(2);
        // a committee records only in its own area; a leader reads but does not record; no token: 401
        assertProblem(http.post(COMMITTEE, "/api/conferences", conference(newId("tt"), "PROPAGANDA_SESSION",
                "26560-KP02", "2026-09-01T08:00:00")), 404, "unit-not-found");
        assertProblem(http.post(LEADER, "/api/conferences/" + id + "/headcount", Map.of("headcount", 1)), 403,
                "forbidden");
        assertProblem(http.get(null, "/api/conferences/" + id), 401, "unauthorized");
        assertProblem(http.get("can-bo-cao-bang", "/api/conferences/" + id), 404, "unit-not-found");
        // the ward's and the city's lists show it, by kind
        JsonNode ward = http.await(LEADER, "/api/conferences?unit=26560&kind=UNITY_DAY&size=200",
                page -> page.toString().contains(id));
        assertThat(ward.get("items").get(0).get("kind").asText()).isEqualTo("UNITY_DAY");
        JsonNode city = ok(http.get("lanh-dao-hcm", "/api/conferences?unit=79&kind=UNITY_DAY&size=200"), 200);
        assertThat(city.toString()).contains(id);
    }

    @Test
    void badInputIsAProblemInBothLanguagesAndStoresNothing() {
        Http http = http();
        long stored = storedEvents();
        // deliberately malformed or wrong-typed bodies are sent as text
        assertProblem(http.post(OFFICER, "/api/conferences", "{\"conferenceId\":"), 400, "malformed-json");
        assertProblem(http.post(OFFICER, "/api/conferences", """
                {"conferenceId":"x2","kind":"PARTY","unitCode":"26560","title":"Hội nghị","venue":"Hội trường",
                 "startsAt":"2026-10-01T08:00:00"}"""), 400, "invalid-field-value");
        assertProblem(http.post(OFFICER, "/api/conferences", """
                {"conferenceId":"x4","kind":"DIALOGUE","unitCode":"26560","title":"Hội nghị","venue":"Hội trường",
                 "startsAt":20261001}"""), 400, "invalid-field-value");
        Map<String, Object> missingStart = Map.of("conferenceId", "x1", "kind", "DIALOGUE", "unitCode", "26560",
                "title", "Hội nghị", "venue", "Hội trường");
        assertProblem(http.post(OFFICER, "/api/conferences", missingStart), 400, "validation-failed");
        assertProblem(http.post(OFFICER, "/api/conferences", conference("x/1", "DIALOGUE", "26560",
                "2026-10-01T08:00:00")), 400, "validation-failed");
        Map<String, Object> longTitle = new HashMap<>(conference("x3", "DIALOGUE", "26560", "2026-10-01T08:00:00"));
        longTitle.put("title", "x".repeat(301));
        assertProblem(http.post(OFFICER, "/api/conferences", longTitle), 400, "validation-failed");
        assertProblem(http.post(OFFICER, "/api/conferences/khong-co/opening", Map.of()), 404, "unit-not-found");
        assertProblem(http.post(OFFICER, "/api/conferences/khong-co/check-ins", code("abc.AAAAAAAAAAAAAAAAAAAAAA")), 404,
                "unit-not-found");
        assertProblem(http.get(OFFICER, "/api/conferences?unit=26560&size=500"), 400, "validation-failed");
        assertThat(storedEvents()).isEqualTo(stored);
    }

    @Test
    void aConferenceWithManyCheckInsIsLoadedFromSnapshots() {
        Http http = http();
        String id = plan(http, OFFICER, "THEMATIC", "26560", "2026-10-10T08:00:00");
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            people.add(Map.of("invitationId", "m" + i, "inviteeKind", "PERSON", "inviteeRef", "p-demo-" + i));
        }
        ok(http.post(OFFICER, "/api/conferences/" + id + "/invitations", invitations(people)), 201);
        ok(http.post(OFFICER, "/api/conferences/" + id + "/opening", Map.of()), 200);
        for (int i = 1; i <= 30; i++) {
            JsonNode checkedIn = ok(http.post(OFFICER, "/api/conferences/" + id + "/check-ins",
                    Map.of("code", codes.codeFor(id, "m" + i), "method", "SCAN")), 200);
            assertThat(checkedIn.get("attendees").asInt()).isEqualTo(i);
        }
        assertThat(jdbc.queryForObject("select count(*) from snapshot_event_entry where aggregate_identifier = ?",
                Long.class, id)).isPositive();
        // the snapshot holds the conference's state (read back with the service's serializer, as Axon does)
        Object snapshot = jdbc.queryForObject("select payload, payload_type, payload_revision from snapshot_event_entry "
                        + "where aggregate_identifier = ? order by sequence_number desc limit 1",
                (rs, i) -> serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes(1), byte[].class,
                        rs.getString(2), rs.getString(3))), id);
        assertThat(snapshot).isInstanceOf(Conference.class);
        assertThat((Integer) ReflectionTestUtils.getField(snapshot, "attendees")).isBetween(25, 30);
        assertThat(ReflectionTestUtils.getField(snapshot, "status")).hasToString("IN_SESSION");
        ok(http.post(OFFICER, "/api/conferences/" + id + "/presentations",
                Map.of("presentationId", "tl-1", "title", "Kinh nghiệm", "presenter", "Khu phố 1")), 201);
        ok(http.post(OFFICER, "/api/conferences/" + id + "/closure", Map.of("conclusions", "Kết luận.")), 200);
        List<ConsumerRecord<String, byte[]>> closed = TopicRecords.await(bootstrap, TOPIC,
                r -> id.equals(r.key()) && new String(r.value(), StandardCharsets.UTF_8).contains("\"ConferenceClosed\""),
                1, Http.PATIENCE);
        assertThat(closed).hasSize(1);
        EventEnvelope envelope = EnvelopeCodec.decode(closed.get(0).value());
        assertThat(envelope.payload().get("attendees").asInt()).isEqualTo(30);
        assertThat(envelope.payload().get("presentations").asInt()).isEqualTo(1);
    }

    @Test
    void traineesWhoAttendEverySessionCompleteTheClass() {
        Http http = http();
        String id = newId("tap-huan");
        Map<String, Object> body = Map.of("classId", id, "unitCode", "26560",
                "title", "Bồi dưỡng Trưởng ban Công tác Mặt trận", "venue", "Hội trường",
                "syllabus", List.of(Map.of("title", "Chức năng, nhiệm vụ", "hours", 4)),
                "sessions", List.of(Map.of("sessionNo", 1, "date", "2026-10-06", "topic", "Nhiệm vụ"),
                        Map.of("sessionNo", 2, "date", "2026-10-07", "topic", "Kỹ năng")));
        ok(http.post(OFFICER, "/api/training-classes", body), 201);
        ok(http.post(OFFICER, "/api/training-classes", body), 200);
        Map<String, Object> trainees = Map.of("trainees", List.of(
                Map.of("traineeId", "hv-1", "fullName", TestPersonalData.PETITIONER_NAME, "role", "COMMITTEE_HEAD",
                        "unitCode", "26560-KP01"),
                Map.of("traineeId", "hv-2", "fullName", "Trần Thị Thử", "role", "COMMITTEE_HEAD",
                        "unitCode", "26560-KP02")));
        ok(http.post(OFFICER, "/api/training-classes/" + id + "/trainees", trainees), 201);
        ok(http.post(OFFICER, "/api/training-classes/" + id + "/trainees", trainees), 200);
        ok(http.post(OFFICER, "/api/training-classes/" + id + "/sessions/1/attendance",
                Map.of("present", List.of("hv-1", "hv-2"))), 200);
        ok(http.post(OFFICER, "/api/training-classes/" + id + "/sessions/2/attendance",
                Map.of("present", List.of("hv-1"))), 200);
        assertProblem(http.post(OFFICER, "/api/training-classes/" + id + "/sessions/2/attendance",
                Map.of("present", List.of("hv-1", "hv-2"))), 409, "attendance-already-recorded");
        // no completion (hence no certificate) without attending every session
        assertProblem(http.post(OFFICER, "/api/training-classes/" + id + "/trainees/hv-2/completion", Map.of()), 422,
                "attendance-incomplete");
        ok(http.post(OFFICER, "/api/training-classes/" + id + "/closure", Map.of()), 200);
        JsonNode list = http.await(LEADER, "/api/training-classes/" + id + "/trainees",
                page -> page.get("items").size() == 2 && page.get("items").get(0).path("completedOn").isTextual());
        JsonNode first = list.get("items").get(0);
        JsonNode second = list.get("items").get(1);
        // Vietnamese order: "Nguyễn…" before "Trần…"
        assertThat(first.get("fullName").asText()).isEqualTo(TestPersonalData.PETITIONER_NAME);
        assertThat(first.get("sessionsAttended").asInt()).isEqualTo(2);
        assertThat(second.get("completedOn").isNull()).isTrue();
        JsonNode trainingClass = http.await(LEADER, "/api/training-classes/" + id,
                c -> "CLOSED".equals(c.get("status").asText()));
        assertThat(trainingClass.get("completed").asInt()).isEqualTo(1);
        assertThat(trainingClass.get("trainees").asInt()).isEqualTo(2);

        // the trainee who completed gets a certificate (issued from the completion), the other none
        JsonNode certified = http.await(LEADER, "/api/training-classes/" + id + "/trainees",
                page -> page.get("items").get(0).path("certificateNumber").isTextual());
        String certificateId = certified.get("items").get(0).get("certificateId").asText();
        String number = certified.get("items").get(0).get("certificateNumber").asText();
        assertThat(certificateId).isEqualTo(TrainingCertificates.certificateId(id, "hv-1"));
        assertThat(number).matches("26560-\\d{4}-\\d{6}");
        assertThat(certified.get("items").get(1).get("certificateNumber").isNull()).isTrue();
        JsonNode certificate = http.await(LEADER, "/api/certificates/" + certificateId, c -> true);
        assertThat(certificate.toString()).contains("TRAINING_COMPLETION").contains(number);
        JsonNode verified = ok(http.get(null, "/api/public/certificates/" + number + "?s="
                + certificates.signature(number)), 200);
        assertThat(verified.toString()).doesNotContain(TestPersonalData.PETITIONER_NAME).contains("Nguyễn");
        // exactly one certificate, whatever is replayed: the class's completion events issue one each
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%CertificateIssuedEvent'", Long.class, certificateId)).isEqualTo(1L);
        // the trainee's name is never published: not by the class's events, not by the certificate's
        List<ConsumerRecord<String, byte[]>> published = org.awaitility.Awaitility.await("the certificate published")
                .atMost(TopicRecords.PATIENCE).pollInterval(java.time.Duration.ofMillis(300))
                .until(() -> TopicRecords.readAll(bootstrap, TOPIC),
                        r -> r.stream().anyMatch(c -> certificateId.equals(c.key())));
        for (ConsumerRecord<String, byte[]> record : published) {
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain(TestPersonalData.PETITIONER_NAME);
        }
    }

    private static byte[] xlsx(String... codes) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Điểm danh");
            sheet.createRow(0).createCell(0).setCellValue("ma_diem_danh");
            for (int i = 0; i < codes.length; i++) {
                sheet.createRow(i + 1).createCell(0).setCellValue(codes[i]);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
