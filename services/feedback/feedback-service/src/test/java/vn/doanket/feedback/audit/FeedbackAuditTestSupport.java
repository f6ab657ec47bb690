package vn.doanket.feedback.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.doanket.feedback.query.PetitionQueries;
import vn.doanket.testing.LocalInfrastructure;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.testing.http.TestHttp;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The feedback service on the real infrastructure (PostgreSQL, Kafka, Mongo stand-in, identity
 * provider) with the audit chain on and its keys in a fresh directory; the audit and report tests
 * share this one context. Escalation is off so that nothing but the tests writes events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=feedback",
        "doanket.axon.publisher.topic=test.feedback-audit.events",
        "doanket.feedback.escalation.enabled=false",
        "doanket.audit.directory=${java.io.tmpdir}/doanket-feedback-audit-test-${random.uuid}",
        "doanket.audit.checkpoint-interval=0"})
@LocalInfrastructure
public abstract class FeedbackAuditTestSupport {

    protected static final ObjectMapper JSON = TestHttp.JSON;

    @LocalServerPort
    protected int port;
    @Autowired
    protected PetitionQueries queries;

    /** The service as a demo account ({@code null}: anonymous). */
    protected TestHttp as(String account) {
        return TestHttp.to("http://127.0.0.1:" + port)
                .as(account == null ? null : SharedInfrastructure.get().identity().bearer(account));
    }

    /** A GET read as bytes (JSON, CSV, PDF, XLSX and DOCX answers alike). */
    protected HttpResponse<byte[]> get(String account, String path) {
        return as(account).getBytes(path);
    }

    protected TestHttp.Response post(String account, String path, Object body) {
        return as(account).post(path, body);
    }

    protected static JsonNode json(HttpResponse<byte[]> response, int status) throws Exception {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        return JSON.readTree(body);
    }

    protected static void assertProblemBytes(HttpResponse<byte[]> response, int status, String code) throws Exception {
        JsonNode problem = json(response, status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("title_vi").asText()).isNotBlank();
    }

    protected static void assertProblem(TestHttp.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo(code);
    }

    /** @return the text of every page of a PDF (OpenPDF's extractor) */
    protected static String pdfText(byte[] pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString();
    }

    /** Waits until the query model has applied the petition's event {@code seq}. */
    protected Document awaitProjected(String petitionId, long seq) {
        return await("petition " + petitionId + " projected up to " + seq).atMost(Duration.ofSeconds(30))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                .until(() -> queries.find(petitionId).orElse(null),
                        doc -> doc != null && doc.get("lastSeq", Number.class).longValue() >= seq);
    }
}
