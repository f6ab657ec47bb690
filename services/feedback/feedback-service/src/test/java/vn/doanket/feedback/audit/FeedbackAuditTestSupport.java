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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

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

    protected static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    protected int port;
    @Autowired
    protected PetitionQueries queries;

    protected HttpResponse<byte[]> get(String account, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET()
                .timeout(Duration.ofSeconds(30));
        if (account != null) {
            request.header("Authorization", SharedInfrastructure.get().identity().bearer(account));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    protected HttpResponse<String> post(String account, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", SharedInfrastructure.get().identity().bearer(account))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).timeout(Duration.ofSeconds(30)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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

    protected static void assertProblem(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("code").asText()).isEqualTo(code);
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
    protected Document awaitProjected(String petitionId, long seq) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Document doc = queries.find(petitionId).orElse(null);
            if (doc != null && doc.get("lastSeq", Number.class).longValue() >= seq) {
                return doc;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("petition " + petitionId + " not projected up to " + seq);
    }
}
