package vn.doanket.certificates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.certificates.testapp.CertificateTestApplication;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.testing.LocalInfrastructure;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.testing.TopicRecords;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The certificates' endpoints in a running service (real PostgreSQL, Kafka, identity provider): the public page and
 * JSON show only what a stranger may see and answer an unknown number and a forged signature alike; the API keeps to
 * the issuer's territory; the PDF is a PDF whose text names the number and whose QR code opens the verification page;
 * a revocation is read back as revoked, a second one refused; the events are published on the service's topic.
 */
@SpringBootTest(classes = CertificateTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "doanket.axon.publisher.topic=" + CertificateWebTest.TOPIC)
@LocalInfrastructure
class CertificateWebTest {

    static final String TOPIC = "test.certificates-web.events";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String FULL_NAME = "Nguyễn Văn An";
    static final String PERSON = "p-004711";

    @LocalServerPort
    int port;
    @Autowired
    Certificates certificates;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    String issue(String id, String issuer) throws Exception {
        String number = certificates.issue(new CertificateRequest(id, issuer, CertificateKind.TRAINING_COMPLETION,
                FULL_NAME, PERSON, "Lớp bồi dưỡng Trưởng Ban Công tác Mặt trận năm 2026", "TraineeCompleted",
                "class-7:" + PERSON, LocalDate.of(2026, 11, 20)));
        CertificateNumberingTest.await(() -> certificates.findByNumber(number).orElse(null));
        return number;
    }

    HttpResponse<String> get(String account, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (account != null) {
            request.header("Authorization", SharedInfrastructure.get().identity().bearer(account));
        }
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> getBytes(String account, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", SharedInfrastructure.get().identity().bearer(account)).GET()
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String account, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (account != null) {
            request.header("Authorization", SharedInfrastructure.get().identity().bearer(account));
        }
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String path(String number, String signature) {
        return number + "?s=" + URLEncoder.encode(signature, StandardCharsets.UTF_8);
    }

    static JsonNode problem(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("title_vi").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        return problem;
    }

    @Test
    void thePublicPageShowsOnlyWhatAStrangerMaySee() throws Exception {
        String number = issue("web-pub-1", "26560");
        String s = certificates.signature(number);

        HttpResponse<String> json = get(null, "/api/public/certificates/" + path(number, s));
        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        JsonNode view = JSON.readTree(json.body());
        assertThat(view.get("number").asText()).isEqualTo(number);
        assertThat(view.get("kind").asText()).isEqualTo("TRAINING_COMPLETION");
        assertThat(view.get("holderName").asText()).isEqualTo("Nguyễn V** A*");
        assertThat(view.get("issuerUnitCode").asText()).isEqualTo("26560");
        assertThat(view.get("issuerUnitName").asText()).isEqualTo("Phường Bà Rịa");
        assertThat(view.get("issuedOn").asText()).isEqualTo("2026-11-20");
        assertThat(view.get("status").asText()).isEqualTo("VALID");
        assertThat(view.get("statusVi").asText()).isEqualTo("Còn hiệu lực");
        assertThat(json.body()).doesNotContain(FULL_NAME).doesNotContain(PERSON).doesNotContain("web-pub-1")
                .doesNotContain("Lớp bồi dưỡng").doesNotContain("class-7");

        HttpResponse<String> page = get(null, "/verify/certificates/" + path(number, s));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/html"));
        assertThat(page.body()).contains(number).contains("Nguyễn V** A*").contains("Còn hiệu lực / Valid")
                .contains("Phường Bà Rịa").contains("20/11/2026").contains("lang=\"vi\"")
                .doesNotContain(FULL_NAME).doesNotContain(PERSON).doesNotContain("Lớp bồi dưỡng");
        assertThat(page.body().indexOf("Kiểm tra giấy chứng nhận")).isLessThan(page.body().indexOf("Certificate verification"));
    }

    @Test
    void aForgedSignatureAndAnUnknownNumberGetTheSame404() throws Exception {
        String number = issue("web-forged-1", "26560");
        String good = certificates.signature(number);
        String forged = (good.charAt(0) == 'A' ? "B" : "A") + good.substring(1);
        String unknown = "26560-2026-999999";

        HttpResponse<String> forgedPage = get(null, "/verify/certificates/" + path(number, forged));
        HttpResponse<String> unknownPage = get(null, "/verify/certificates/" + path(unknown, certificates.signature(unknown)));
        HttpResponse<String> unsignedPage = get(null, "/verify/certificates/" + number);
        assertThat(forgedPage.statusCode()).isEqualTo(404);
        assertThat(unknownPage.statusCode()).isEqualTo(404);
        assertThat(unsignedPage.statusCode()).isEqualTo(404);
        assertThat(forgedPage.body()).isEqualTo(unknownPage.body()).isEqualTo(unsignedPage.body())
                .contains("Không tìm thấy giấy chứng nhận").doesNotContain(number);

        com.fasterxml.jackson.databind.node.ObjectNode forgedJson = (com.fasterxml.jackson.databind.node.ObjectNode) problem(get(null, "/api/public/certificates/" + path(number, forged)), 404, "certificate-not-found");
        com.fasterxml.jackson.databind.node.ObjectNode unknownJson = (com.fasterxml.jackson.databind.node.ObjectNode) problem(get(null, "/api/public/certificates/" + path(unknown, certificates.signature(unknown))),
                404, "certificate-not-found");
        assertThat(forgedJson.get("detail").asText()).isEqualTo(unknownJson.get("detail").asText());
        // the same problem, apart from the request's own path and id
        JsonNode forgedRest = forgedJson.deepCopy().without(List.of("instance", "requestId"));
        JsonNode unknownRest = unknownJson.deepCopy().without(List.of("instance", "requestId"));
        assertThat(forgedRest.toString()).isEqualTo(unknownRest.toString());
    }

    @Test
    void theApiKeepsToTheIssuersTerritory() throws Exception {
        String number = issue("web-api-1", "26560-KP01");
        HttpResponse<String> own = get("can-bo-ba-ria", "/api/certificates/web-api-1");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        JsonNode view = JSON.readTree(own.body());
        assertThat(view.get("number").asText()).isEqualTo(number);
        assertThat(view.get("holderName").asText()).isEqualTo(FULL_NAME);
        assertThat(view.get("holderPersonId").asText()).isEqualTo(PERSON);
        assertThat(view.get("verificationUrl").asText()).endsWith("/verify/certificates/" + path(number, certificates.signature(number)));
        assertThat(get("ban-cong-tac-kp-phuoc-trung", "/api/certificates/web-api-1").statusCode()).isEqualTo(200);
        assertThat(get("lanh-dao-hcm", "/api/certificates/web-api-1").statusCode()).isEqualTo(200);
        problem(get("can-bo-cao-bang", "/api/certificates/web-api-1"), 404, "unit-not-found");
        problem(get("can-bo-ba-ria", "/api/certificates/khong-co"), 404, "unit-not-found");
        problem(get(null, "/api/certificates/web-api-1"), 401, "unauthorized");
        problem(getAsString("can-bo-cao-bang", "/api/certificates/web-api-1/pdf"), 404, "unit-not-found");
    }

    private HttpResponse<String> getAsString(String account, String path) throws Exception {
        return get(account, path);
    }

    @Test
    void thePdfNamesTheNumberAndItsQrOpensTheVerificationPage() throws Exception {
        String number = issue("web-pdf-1", "26560");
        HttpResponse<byte[]> response = getBytes("can-bo-ba-ria", "/api/certificates/web-pdf-1/pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        byte[] pdf = response.body();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String url;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(number).contains(FULL_NAME).contains("Phường Bà Rịa")
                    .contains("GIẤY CHỨNG NHẬN HOÀN THÀNH KHÓA TẬP HUẤN").contains("20/11/2026");
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            url = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image)))).getText();
        }
        assertThat(url).isEqualTo("http://127.0.0.1:" + port + "/verify/certificates/" + path(number, certificates.signature(number)));
        HttpResponse<String> opened = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains(number).contains("Còn hiệu lực / Valid");
    }

    @Test
    void aRevocationIsReadAsRevokedAndCannotBeRepeated() throws Exception {
        String number = issue("web-rev-1", "26560");
        long before = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        problem(post("lanh-dao-ba-ria", "/api/certificates/web-rev-1/revoke", "{\"reason\":\"Cấp nhầm\"}"), 403, "forbidden");
        problem(post("can-bo-cao-bang", "/api/certificates/web-rev-1/revoke", "{\"reason\":\"Cấp nhầm\"}"), 404, "unit-not-found");
        problem(post("can-bo-ba-ria", "/api/certificates/web-rev-1/revoke", "{\"reason\":\"\"}"), 400, "validation-failed");
        problem(post("can-bo-ba-ria", "/api/certificates/web-rev-1/revoke", "{\"reason\":\"Sai\",\"revokedOn\":\"2026-11-19\"}"),
                422, "before-issue");
        problem(post("can-bo-ba-ria", "/api/certificates/web-rev-1/revoke", "{\"reason\":"), 400, "malformed-json");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(before);

        HttpResponse<String> revoked = post("can-bo-ba-ria", "/api/certificates/web-rev-1/revoke",
                "{\"reason\":\"Cấp nhầm người\",\"revokedOn\":\"2026-11-25\"}");
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(JSON.readTree(revoked.body()).get("number").asText()).isEqualTo(number);
        problem(post("can-bo-ba-ria", "/api/certificates/web-rev-1/revoke", "{\"reason\":\"Lần nữa\"}"), 409, "already-revoked");

        String s = certificates.signature(number);
        JsonNode view = CertificateNumberingTest.await(() -> {
            try {
                JsonNode v = JSON.readTree(get(null, "/api/public/certificates/" + path(number, s)).body());
                return "REVOKED".equals(v.path("status").asText()) ? v : null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(view.get("statusVi").asText()).isEqualTo("Đã thu hồi");
        assertThat(view.get("revokedOn").asText()).isEqualTo("2026-11-25");
        assertThat(view.toString()).doesNotContain("Cấp nhầm người");
        HttpResponse<String> page = get(null, "/verify/certificates/" + path(number, s));
        assertThat(page.body()).contains("Đã thu hồi / Revoked — 25/11/2026").doesNotContain("Còn hiệu lực");

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.await(bootstrap, TOPIC, "web-rev-1", 2);
        assertThat(records).hasSize(2);
        EventEnvelope issuedEnvelope = EnvelopeCodec.decode(records.get(0).value());
        EventEnvelope revokedEnvelope = EnvelopeCodec.decode(records.get(1).value());
        assertThat(issuedEnvelope.eventType()).isEqualTo("CertificateIssued");
        assertThat(revokedEnvelope.eventType()).isEqualTo("CertificateRevoked");
        assertThat(issuedEnvelope.aggregateType()).isEqualTo("Certificate");
        assertThat(issuedEnvelope.unitCode()).isEqualTo("26560");
        assertThat(revokedEnvelope.unitCode()).isEqualTo("26560");
        assertThat(revokedEnvelope.actor().userId()).isEqualTo("u-can-bo-ba-ria");
        assertThat(EnvelopeCodec.payload(issuedEnvelope, CertificateIssuedEvent.class).number()).isEqualTo(number);
        assertThat(EnvelopeCodec.payload(revokedEnvelope, CertificateRevokedEvent.class).reason()).isEqualTo("Cấp nhầm người");
    }

    /**
     * Personal data stays off Kafka: the published envelope of {@code CertificateIssued} (schema 2) names the holder
     * only by the person id — no holder's name, full or masked, in any field name, value or header (the JSON is
     * parsed, so an escaped form would be found too) — while the API and the PDF still give the full name.
     */
    @Test
    void theIssuedEventOnKafkaCarriesNoHoldersName() throws Exception {
        String holder = "Vũ Thị Ngọc Diệp";
        String number = certificates.issue(new CertificateRequest("web-kafka-1", "26560", CertificateKind.PRIZE, holder,
                PERSON, "Giải Nhất hội thi tìm hiểu Mặt trận năm 2026", "PrizeAwarded", "contest-3:" + PERSON,
                LocalDate.of(2026, 11, 21)));

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.await(bootstrap, TOPIC, "web-kafka-1", 1);
        assertThat(records).hasSize(1);
        byte[] value = records.get(0).value();
        EventEnvelope envelope = EnvelopeCodec.decode(value);
        assertThat(envelope.eventType()).isEqualTo("CertificateIssued");
        assertThat(envelope.schemaVersion()).isEqualTo(2);
        CertificateIssuedEvent published = EnvelopeCodec.payload(envelope, CertificateIssuedEvent.class);
        assertThat(published.number()).isEqualTo(number);
        assertThat(published.holderPersonId()).isEqualTo(PERSON);

        java.util.Set<String> forbidden = new java.util.LinkedHashSet<>();
        forbidden.add(holder);
        forbidden.add(HolderNames.mask(holder));
        for (String word : holder.split(" ")) {
            forbidden.add(word);
        }
        for (String f : List.copyOf(forbidden)) {
            forbidden.add(java.text.Normalizer.normalize(f, java.text.Normalizer.Form.NFD));
        }
        List<String> texts = new java.util.ArrayList<>();
        collectTexts(JSON.readTree(value), texts);
        records.get(0).headers().forEach(h -> texts.add(new String(h.value(), StandardCharsets.UTF_8)));
        texts.add(new String(value, StandardCharsets.UTF_8));
        assertThat(texts).contains("holderPersonId", PERSON).doesNotContain("holderName");
        for (String text : texts) {
            for (String f : forbidden) {
                assertThat(text.toLowerCase(java.util.Locale.ROOT)).as("published text " + text)
                        .doesNotContain(f.toLowerCase(java.util.Locale.ROOT));
            }
        }

        // the name is still the holder's for entitled readers
        CertificateNumberingTest.await(() -> certificates.findByNumber(number).orElse(null));
        HttpResponse<String> own = get("can-bo-ba-ria", "/api/certificates/web-kafka-1");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(JSON.readTree(own.body()).get("holderName").asText()).isEqualTo(holder);
        HttpResponse<String> stranger = get(null, "/api/public/certificates/" + path(number, certificates.signature(number)));
        assertThat(JSON.readTree(stranger.body()).get("holderName").asText()).isEqualTo("Vũ T** N*** D***");
    }

    /** Every field name and every scalar value of a JSON tree, as text. */
    static void collectTexts(JsonNode node, List<String> texts) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                texts.add(field.getKey());
                collectTexts(field.getValue(), texts);
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectTexts(child, texts));
        } else if (!node.isNull()) {
            texts.add(node.asText());
        }
    }
}
