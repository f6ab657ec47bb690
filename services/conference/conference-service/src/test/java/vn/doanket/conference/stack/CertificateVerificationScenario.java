package vn.doanket.conference.stack;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import vn.doanket.testing.http.TestHttp;
import vn.doanket.testing.stack.StackScenario;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doanket.conference.stack.StackCalls.figure;

/**
 * A training certificate through the whole stack: Phường Bà Rịa's class of two sessions; the trainee who attended both
 * completes it when it closes and gets a certificate, the one who missed a session none. The certificate's PDF names
 * the number, and its QR code opens the public verification page (no login) in headless Chromium (screenshot
 * {@code certificate-valid}): the number, the holder's name masked, "Còn hiệu lực". Revoked, the same page reads
 * "Đã thu hồi" (screenshot {@code certificate-revoked}); the ward's dashboard counts the class, the trainee, the
 * certificate issued and revoked.
 */
public class CertificateVerificationScenario implements StackScenario {

    static final String WARD = "26560";
    static final String OFFICER = "can-bo-ba-ria";
    static final String LEADER = "lanh-dao-ba-ria";
    static final String CLASS = "tap-huan-truong-ban-stack";
    static final String HOLDER = "Nguyễn Văn Mẫu";
    static final String MASKED = "Nguyễn V** M**";

    @Override
    public String name() {
        return "conference: a training certificate's QR opens the public verification page; revoked, it reads revoked";
    }

    @Override
    public void run(Stack stack) throws Exception {
        StackCalls calls = new StackCalls(stack);
        LocalDate today = StackCalls.today();

        // the class: two sessions this week; two trainees, one of whom misses the second session
        calls.post("conference", OFFICER, "/api/training-classes", Map.of("classId", CLASS, "unitCode", WARD,
                "title", "Bồi dưỡng nghiệp vụ Trưởng ban Công tác Mặt trận", "venue", "Trung tâm chính trị phường",
                "syllabus", List.of(Map.of("title", "Chức năng, nhiệm vụ của Ban Công tác Mặt trận", "hours", 4),
                        Map.of("title", "Kỹ năng vận động nhân dân", "hours", 4)),
                "sessions", List.of(Map.of("sessionNo", 1, "date", today.minusDays(3).toString(), "topic", "Nhiệm vụ"),
                        Map.of("sessionNo", 2, "date", today.minusDays(2).toString(), "topic", "Kỹ năng"))), 201);
        calls.post("conference", OFFICER, "/api/training-classes/" + CLASS + "/trainees", Map.of("trainees", List.of(
                Map.of("traineeId", "hv-1", "fullName", HOLDER, "role", "COMMITTEE_HEAD", "unitCode", WARD + "-KP01"),
                Map.of("traineeId", "hv-2", "fullName", "Trần Thị Thử", "role", "COMMITTEE_HEAD",
                        "unitCode", WARD + "-KP02"))), 201);
        calls.post("conference", OFFICER, "/api/training-classes/" + CLASS + "/sessions/1/attendance",
                Map.of("present", List.of("hv-1", "hv-2")), 200);
        calls.post("conference", OFFICER, "/api/training-classes/" + CLASS + "/sessions/2/attendance",
                Map.of("present", List.of("hv-1")), 200);
        StackCalls.problem(calls.as("conference", OFFICER).post("/api/training-classes/" + CLASS
                + "/trainees/hv-2/completion", Map.of()), 422, "attendance-incomplete");
        calls.post("conference", OFFICER, "/api/training-classes/" + CLASS + "/closure", Map.of(), 200);

        // the certificate of the trainee who attended every session, none for the other
        // (the certificate is another aggregate's event, projected in no order with the class's completion: both awaited)
        JsonNode trainees = calls.await("conference", LEADER, "/api/training-classes/" + CLASS + "/trainees",
                "the completing trainee's completion and certificate", page -> page.path("items").size() == 2
                        && page.path("items").path(0).path("completedOn").isTextual()
                        && page.path("items").path(0).path("certificateNumber").isTextual());
        JsonNode holder = trainees.get("items").get(0);
        assertThat(holder.get("traineeId").asText()).isEqualTo("hv-1");
        assertThat(holder.get("completedOn").asText()).isEqualTo(today.toString());
        assertThat(holder.get("sessionsAttended").asInt()).isEqualTo(2);
        JsonNode other = trainees.get("items").get(1);
        assertThat(other.get("traineeId").asText()).isEqualTo("hv-2");
        assertThat(other.get("completedOn").isNull()).isTrue();
        assertThat(other.get("certificateNumber").isNull()).isTrue();
        String certificateId = holder.get("certificateId").asText();
        String number = holder.get("certificateNumber").asText();
        assertThat(number).matches(WARD + "-" + today.getYear() + "-\\d{6}");

        // its PDF: the number and the holder, and a QR code of the public verification URL
        byte[] pdf = awaitPdf(calls, certificateId);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(PdfQrCodes.text(pdf)).contains(number).contains(HOLDER).contains("Phường Bà Rịa");
        List<String> codes = PdfQrCodes.qrCodes(pdf);
        assertThat(codes).hasSize(1);
        String url = codes.get(0);
        String base = stack.url("conference").toString().replaceAll("/$", "");
        assertThat(url).startsWith(base + "/verify/certificates/" + number + "?s=");
        String signature = url.substring(url.indexOf("?s=") + 3);
        assertThat(signature).matches("[A-Za-z0-9_-]{22}");

        // the public page opened from the QR code, without a login
        awaitPublicStatus(calls, number, signature, "VALID");
        String valid = stack.browse(url, "certificate-valid");
        assertThat(valid).contains(number).contains("Còn hiệu lực").contains(MASKED).contains("Phường Bà Rịa")
                .doesNotContain(HOLDER).doesNotContain("Đã thu hồi");
        // a forged signature opens nothing (the same answer as an unknown number)
        HttpResponse<String> forged = TestHttp.to(base).as(null).exchange("GET", URI.create(url).getRawPath()
                + "?s=AAAAAAAAAAAAAAAAAAAAAA", null);
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(forged.body()).doesNotContain(MASKED);

        // revoked: the same page reads revoked, and a second revocation is refused
        JsonNode revoked = calls.post("conference", OFFICER, "/api/certificates/" + certificateId + "/revoke",
                Map.of("reason", "Cấp nhầm người"), 200);
        assertThat(revoked.get("number").asText()).isEqualTo(number);
        StackCalls.problem(calls.as("conference", OFFICER).post("/api/certificates/" + certificateId + "/revoke",
                Map.of("reason", "Lần nữa")), 409, "already-revoked");
        awaitPublicStatus(calls, number, signature, "REVOKED");
        String revokedPage = stack.browse(url, "certificate-revoked");
        assertThat(revokedPage).contains(number)
                .contains("Đã thu hồi / Revoked — " + today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .doesNotContain("Còn hiệu lực").doesNotContain(HOLDER).doesNotContain("Cấp nhầm người");
        JsonNode after = calls.await("conference", LEADER, "/api/training-classes/" + CLASS + "/trainees",
                "the trainee's certificate read as revoked",
                page -> page.path("items").path(0).path("certificateRevokedOn").isTextual());
        assertThat(after.get("items").get(0).get("certificateRevokedOn").asText()).isEqualTo(today.toString());

        // the ward's dashboard: the class, its sessions, the trainee, the certificate issued and revoked
        // (the class's and the certificate's figures come from two aggregates, in no order: every one asserted is awaited)
        JsonNode figures = calls.awaitFigures(LEADER, WARD, "the class and its certificate on the dashboard",
                f -> figure(f, "certificatesRevoked") == 1 && figure(f, "certificatesIssued") == 1
                        && figure(f, "peopleTrained") == 1 && figure(f, "trainingClasses") == 1
                        && figure(f, "trainingSessions") == 2);
        assertThat(figure(figures, "trainingClasses")).isEqualTo(1);
        assertThat(figure(figures, "trainingSessions")).isEqualTo(2);
        assertThat(figure(figures, "peopleTrained")).isEqualTo(1);
        assertThat(figure(figures, "certificatesIssued")).isEqualTo(1);
        assertThat(figure(figures, "certificatesRevoked")).isEqualTo(1);
    }

    /** The certificate's PDF, once the certificate's query table has it (it follows the events within moments). */
    private static byte[] awaitPdf(StackCalls calls, String certificateId) {
        AtomicReference<byte[]> pdf = new AtomicReference<>();
        Awaitility.await("the certificate's PDF").atMost(StackCalls.PATIENCE).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    HttpResponse<byte[]> response = calls.as("conference", OFFICER)
                            .getBytes("/api/certificates/" + certificateId + "/pdf");
                    assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8))
                            .isEqualTo(200);
                    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                            t -> assertThat(t).startsWith("application/pdf"));
                    pdf.set(response.body());
                });
        return pdf.get();
    }

    /** Waits until the public JSON of the certificate reads {@code status}. */
    private static void awaitPublicStatus(StackCalls calls, String number, String signature, String status) {
        JsonNode view = calls.await("conference", null, "/api/public/certificates/" + number + "?s=" + signature,
                "the public certificate " + status, v -> status.equals(v.path("status").asText()));
        assertThat(view.get("number").asText()).isEqualTo(number);
        assertThat(view.get("holderName").asText()).isEqualTo(MASKED);
        assertThat(view.get("kind").asText()).isEqualTo("TRAINING_COMPLETION");
    }
}
