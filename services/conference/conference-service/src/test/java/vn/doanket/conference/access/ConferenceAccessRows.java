package vn.doanket.conference.access;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import vn.doanket.conference.certificates.TrainingCertificates;
import vn.doanket.testing.access.AccessMatrixRows;
import vn.doanket.testing.http.TestHttp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import static vn.doanket.testing.access.AccessAccounts.readers;
import static vn.doanket.testing.access.AccessAccounts.recordersAndCommittee;

/**
 * The conference service's rows of the stack's access matrix: every endpoint (its own, the certificates library's,
 * the operational ones) × every demo account. First creates, through the API as the officer of Phường Bà Rịa, what
 * the rows act on: a dialogue conference with invitations sent ({@code planned}), one in session whose only invitation
 * was used ({@code open}), and a closed training class whose trainee holds a certificate. Every row then either reads
 * or is refused after authorisation (404 outside the territory, 409/422 by the aggregates), so the matrix changes
 * nothing: recorders (officers, administrators, and the committee of 26560-KP01 for its own area) act within their
 * territory, every role reads within it.
 */
public class ConferenceAccessRows implements AccessMatrixRows {

    static final String OFFICER = "can-bo-ba-ria";
    static final String WARD = "26560";

    @Override
    public String service() {
        return "conference";
    }

    @Override
    public List<Row> rows(Stack stack) throws Exception {
        TestHttp api = TestHttp.to(stack.url(service()).toString()).as(stack.bearer(OFFICER));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String planned = "am-ke-hoach-" + suffix;
        String open = "am-dang-hop-" + suffix;
        String trainingClass = "am-lop-" + suffix;

        // a dialogue with invitations sent
        post(api, "/api/conferences", conference(planned, "DIALOGUE", WARD), 201);
        post(api, "/api/conferences/" + planned + "/invitations", invitation("moi-1", "26560-KP01/2024"), 201);
        // a dialogue in session, its invitation checked in
        post(api, "/api/conferences", conference(open, "DIALOGUE", WARD), 201);
        post(api, "/api/conferences/" + open + "/invitations", invitation("moi-1", "26560-KP02/2024"), 201);
        String code = get(api, "/api/conferences/" + open + "/invitations/moi-1", j -> true)
                .get("checkInCode").asText();
        post(api, "/api/conferences/" + open + "/check-ins", Map.of("code", code), 200);
        post(api, "/api/conferences/" + open + "/opening", Map.of(), 200);
        // a closed training class; its trainee completed it and holds a certificate
        post(api, "/api/training-classes", trainingClass(trainingClass), 201);
        post(api, "/api/training-classes/" + trainingClass + "/trainees", Map.of("trainees", List.of(Map.of(
                "traineeId", "hv-1", "fullName", "Nguyễn Văn Mẫu", "role", "COMMITTEE_HEAD", "unitCode", "26560-KP01"))),
                201);
        post(api, "/api/training-classes/" + trainingClass + "/sessions/1/attendance", Map.of("present", List.of("hv-1")), 200);
        post(api, "/api/training-classes/" + trainingClass + "/closure", Map.of(), 200);
        String certificate = TrainingCertificates.certificateId(trainingClass, "hv-1");
        // the query models have caught up
        get(api, "/api/conferences/" + planned, j -> j.get("invitations").asInt() == 1);
        get(api, "/api/conferences/" + open, j -> "IN_SESSION".equals(j.get("status").asText()));
        get(api, "/api/training-classes/" + trainingClass, j -> "CLOSED".equals(j.get("status").asText()));
        get(api, "/api/certificates/" + certificate, j -> true);

        String p = "/api/conferences/" + planned;
        String o = "/api/conferences/" + open;
        String t = "/api/training-classes/" + trainingClass;
        BiFunction<String, String, Integer> unknown = (account, scope) -> account == null ? 401 : 404;
        List<Row> rows = new ArrayList<>();

        // planning: in the caller's territory; refused after authorisation (a class is planned elsewhere: 422)
        for (String unit : List.of("26560", "26560-KP01", "26506", "00004", "79")) {
            rows.add(new Row("POST", "/api/conferences", "/api/conferences", json(conference("am-x", "TRAINING_CLASS", unit)),
                    recordersAndCommittee(unit, 422)));
            rows.add(new Row("GET", "/api/conferences", "/api/conferences?unit=" + unit, null, readers(unit, 200)));
            rows.add(new Row("GET", "/api/training-classes", "/api/training-classes?unit=" + unit, null,
                    readers(unit, 200)));
        }
        rows.add(new Row("GET", "/api/conferences/{id}", p, null, readers(WARD, 200)));
        rows.add(new Row("GET", "/api/conferences/{id}", "/api/conferences/khong-co", null, unknown));
        // lifecycle, refused by the conference after authorisation
        rows.add(new Row("POST", "/api/conferences/{id}/postponement", p + "/postponement",
                json(Map.of("reason", "Trùng lịch", "newStartsAt", "2026-10-02T08:00:00", "newEndsAt", "2026-10-01T08:00:00")),
                recordersAndCommittee(WARD, 422)));
        rows.add(new Row("POST", "/api/conferences/{id}/rescheduling", p + "/rescheduling",
                json(Map.of("startsAt", "2026-10-02T08:00:00")), recordersAndCommittee(WARD, 409)));
        rows.add(new Row("POST", "/api/conferences/{id}/cancellation", o + "/cancellation", json(Map.of("reason", "Bão")),
                recordersAndCommittee(WARD, 409)));
        rows.add(new Row("POST", "/api/conferences/{id}/opening", p + "/opening", json(Map.of("openedOn", "2199-01-01")),
                recordersAndCommittee(WARD, 422)));
        rows.add(new Row("POST", "/api/conferences/{id}/headcount", o + "/headcount", json(Map.of("headcount", 10)),
                recordersAndCommittee(WARD, 422)));
        rows.add(new Row("POST", "/api/conferences/{id}/presentations", o + "/presentations",
                json(Map.of("presentationId", "tl-1", "title", "Tham luận", "presenter", "Khu phố 1")),
                recordersAndCommittee(WARD, 422)));
        rows.add(new Row("POST", "/api/conferences/{id}/topics", o + "/topics", json(Map.of("topics", List.of("An toàn giao thông"))),
                recordersAndCommittee(WARD, 422)));
        rows.add(new Row("POST", "/api/conferences/{id}/activities", o + "/activities", json(Map.of("activities", List.of("Văn nghệ"))),
                recordersAndCommittee(WARD, 422)));
        rows.add(new Row("POST", "/api/conferences/{id}/closure", p + "/closure", json(Map.of("conclusions", "Kết luận")),
                recordersAndCommittee(WARD, 409)));
        // invitations and attendance
        rows.add(new Row("POST", "/api/conferences/{id}/invitations", o + "/invitations",
                json(invitation("moi-2", "26560-KP03/2024")), recordersAndCommittee(WARD, 409)));
        rows.add(new Row("GET", "/api/conferences/{id}/invitations", p + "/invitations", null, readers(WARD, 200)));
        rows.add(new Row("GET", "/api/conferences/{id}/invitations/{invitationId}", p + "/invitations/moi-1", null,
                recordersAndCommittee(WARD, 200)));
        rows.add(new Row("GET", "/api/conferences/{id}/invitations/{invitationId}/qr.png", p + "/invitations/moi-1/qr.png",
                null, recordersAndCommittee(WARD, 200)));
        rows.add(new Row("POST", "/api/conferences/{id}/invitations/{invitationId}/response", o + "/invitations/moi-1/response",
                json(Map.of("response", "ACCEPTED")), recordersAndCommittee(WARD, 409)));
        rows.add(new Row("POST", "/api/conferences/{id}/check-ins", o + "/check-ins", json(Map.of("code", code)),
                recordersAndCommittee(WARD, 409)));
        rows.add(new Row("POST", "/api/conferences/{id}/check-in-lists", o + "/check-in-lists", json(Map.of()),
                recordersAndCommittee(WARD, 400)));
        rows.add(new Row("POST", "/api/conferences/{id}/walk-ins", p + "/walk-ins",
                json(Map.of("walkInId", "khach-1", "inviteeKind", "COMMUNE", "inviteeRef", "26506")),
                recordersAndCommittee(WARD, 409)));
        // delegates and opinions
        rows.add(new Row("POST", "/api/conferences/{id}/delegates", o + "/delegates",
                json(Map.of("delegateId", "d-1", "committeeIds", List.of("26506-KP01/2024"))),
                recordersAndCommittee(WARD, 422)));
        rows.add(new Row("GET", "/api/conferences/{id}/delegates", o + "/delegates", null, readers(WARD, 200)));
        rows.add(new Row("POST", "/api/conferences/{id}/opinions", o + "/opinions",
                json(Map.of("opinionId", "y-1", "delegateId", "d-9", "unitCode", "26560", "topic", "LAND", "text", "Ý kiến")),
                recordersAndCommittee(WARD, 422)));
        rows.add(new Row("GET", "/api/conferences/{id}/opinions", o + "/opinions", null, readers(WARD, 200)));
        rows.add(new Row("GET", "/api/conference/reference", "/api/conference/reference", null,
                (account, scope) -> account == null ? 401 : 200));
        // training classes (the closed class refuses every change: 409; an id of a conference is taken: 409)
        rows.add(new Row("POST", "/api/training-classes", "/api/training-classes", json(trainingClass(planned)),
                recordersAndCommittee(WARD, 409)));
        rows.add(new Row("GET", "/api/training-classes/{id}", t, null, readers(WARD, 200)));
        rows.add(new Row("GET", "/api/training-classes/{id}", "/api/training-classes/khong-co", null, unknown));
        rows.add(new Row("POST", "/api/training-classes/{id}/trainees", t + "/trainees", json(Map.of("trainees",
                List.of(Map.of("traineeId", "hv-2", "fullName", "Trần Thị Thử", "role", "COMMITTEE_MEMBER",
                        "unitCode", "26560")))),
                recordersAndCommittee(WARD, 409)));
        rows.add(new Row("GET", "/api/training-classes/{id}/trainees", t + "/trainees", null, readers(WARD, 200)));
        rows.add(new Row("POST", "/api/training-classes/{id}/sessions/{sessionNo}/attendance", t + "/sessions/1/attendance",
                json(Map.of("present", List.of("hv-1"))), recordersAndCommittee(WARD, 409)));
        rows.add(new Row("POST", "/api/training-classes/{id}/trainees/{traineeId}/completion", t + "/trainees/hv-9/completion",
                json(Map.of()), recordersAndCommittee(WARD, 422)));
        rows.add(new Row("POST", "/api/training-classes/{id}/closure", t + "/closure", json(Map.of()),
                recordersAndCommittee(WARD, 409)));
        rows.add(new Row("POST", "/api/training-classes/{id}/cancellation", t + "/cancellation", json(Map.of("reason", "Hủy")),
                recordersAndCommittee(WARD, 409)));
        // certificates (platform/certificates in this service), and the operational endpoints of every service
        rows.addAll(AccessMatrixRows.certificates(certificate, WARD));
        rows.addAll(AccessMatrixRows.operational("/actuator/health/db"));
        return rows;
    }

    static Map<String, Object> conference(String id, String kind, String unit) {
        return Map.of("conferenceId", id, "kind", kind, "unitCode", unit, "title", "Hội nghị đối thoại",
                "startsAt", "2026-10-01T08:00:00", "venue", "Hội trường");
    }

    static Map<String, Object> invitation(String id, String committee) {
        return Map.of("invitations", List.of(Map.of("invitationId", id, "inviteeKind", "COMMITTEE",
                "inviteeRef", committee)));
    }

    static Map<String, Object> trainingClass(String id) {
        return Map.of("classId", id, "unitCode", "26560", "title", "Bồi dưỡng Trưởng ban", "venue", "Hội trường",
                "sessions", List.of(Map.of("sessionNo", 1, "date", "2026-10-06", "topic", "Nhiệm vụ")));
    }

    private static String json(Object body) {
        return TestHttp.json(body);
    }

    private static void post(TestHttp api, String path, Object body, int status) {
        api.post(path, body).expect(status);
    }

    /** Waits until a GET answers 200 with a body the condition accepts (the query models follow the events). */
    private static JsonNode get(TestHttp api, String path, Predicate<JsonNode> condition) {
        return Awaitility.await("GET " + path + " to be ready").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    TestHttp.Response response = api.get(path);
                    return response.status() == 200 ? response.json() : null;
                }, body -> body != null && condition.test(body));
    }
}
