package vn.doanket.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.doanket.dashboard.query.MembershipProjector;
import vn.doanket.dashboard.query.UnitFigures;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.testing.TopicRecords;
import vn.doanket.testing.http.TestHttp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * Small helpers for the end-to-end tests: HTTP (on the platform's {@link TestHttp}; bodies built as objects, a
 * {@code String} body is sent as written), waiting (Awaitility), Kafka and MongoDB probes.
 */
final class E2e {

    /** The test mapper ({@link TestHttp#JSON}). */
    static final ObjectMapper JSON = TestHttp.JSON;
    /** The shared client of {@link TestHttp}, for a test that builds a request itself. */
    static final HttpClient HTTP = TestHttp.client();

    private E2e() {
    }

    /** The national administrator registers; the national leader reads, unless a test says otherwise. */
    static final String WRITER = "quan-tri";
    static final String READER = "trung-uong";

    static String bearer(String account) {
        return SharedInfrastructure.get().identity().bearer(account);
    }

    /** A client of the service at {@code url}'s origin, signed in as {@code account} ({@code null}: anonymous). */
    static TestHttp http(String url, String account) {
        URI uri = URI.create(url);
        return TestHttp.to(uri.getScheme() + "://" + uri.getRawAuthority()).as(account == null ? null : bearer(account));
    }

    /** {@code url}'s path and query. */
    private static String path(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    static HttpResponse<String> postJson(String url, String json) throws Exception {
        return postJsonAs(WRITER, url, json);
    }

    /** As the national administrator, a body built as an object ({@code Map}, record). */
    static HttpResponse<String> postJson(String url, Object body) throws Exception {
        return postJsonAs(WRITER, url, body);
    }

    static HttpResponse<String> postJsonAs(String account, String url, String json) throws Exception {
        return postJsonAs(account, url, (Object) json);
    }

    static HttpResponse<String> postJsonAs(String account, String url, Object body) throws Exception {
        return http(url, account).exchange("POST", path(url), body);
    }

    /**
     * An anonymous petition about {@code unit}, received by the officer of Phường Bà Rịa through the
     * feedback API (no personal data); its id.
     */
    static String receivePetition(String feedbackUrl, String unit, String subject) throws Exception {
        TestHttp.Response response = http(feedbackUrl, "can-bo-ba-ria").post("/api/petitions",
                Map.of("unitCode", unit, "channel", "DIRECT_VISIT", "topic", "INFRASTRUCTURE",
                        "subject", subject, "content", "Đề nghị sửa chữa sớm", "anonymous", true));
        if (response.status() != 201) {
            throw new AssertionError("Intake failed " + response.status() + ": " + response.body());
        }
        return response.json().get("petitionId").asText();
    }

    static HttpResponse<String> get(String url) throws Exception {
        return getAs(READER, url);
    }

    static HttpResponse<String> getAs(String account, String url) throws Exception {
        return http(url, account).exchange("GET", path(url), null);
    }

    static String register(String membershipUrl, String commune, String name) throws Exception {
        TestHttp.Response response = http(membershipUrl, WRITER).post("/api/residential-areas",
                Map.of("communeCode", commune, "name", name, "kind", "THON"));
        if (response.status() != 201) {
            throw new AssertionError("Registration failed " + response.status() + ": " + response.body());
        }
        return response.json().get("areaCode").asText();
    }

    /** The residential-area total the dashboard serves for a unit. */
    static long total(String dashboardUrl, String unit) throws Exception {
        return figures(dashboardUrl, unit).get("residentialAreas").asLong();
    }

    /** One of the figures the dashboard serves for a unit (0 when it has none). */
    static long figure(String dashboardUrl, String unit, String name) throws Exception {
        return figures(dashboardUrl, unit).path("figures").path(name).asLong(0);
    }

    private static JsonNode figures(String dashboardUrl, String unit) {
        TestHttp.Response response = http(dashboardUrl, READER).get("/api/units/" + unit + "/figures");
        if (response.status() != 200) {
            throw new AssertionError("Figures failed " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    /**
     * Waits (Awaitility, polling every 50 ms from at once) until {@code condition} holds; a timeout names
     * {@code what}. A condition that throws fails at once: wrap a probe that may fail meanwhile in {@link #probe}.
     */
    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Awaitility.await(what).atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                .until(condition::getAsBoolean);
    }

    interface Probe {
        boolean check() throws Exception;
    }

    /** A condition that is false while {@code probe} throws (a service still starting, a read model not there yet). */
    static BooleanSupplier probe(Probe probe) {
        return () -> {
            try {
                return probe.check();
            } catch (Exception e) {
                return false;
            }
        };
    }

    /** Whether a consumer group has committed every record of a topic (no lag). */
    static boolean caughtUp(String bootstrap, String group, String topic) {
        return TopicRecords.caughtUp(bootstrap, group, topic);
    }

    static Admin admin(String bootstrap) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return TopicRecords.producer(bootstrap);
    }

    /** Sends copies of records (same key, value and headers) back to their topic. */
    static void redeliver(String bootstrap, List<ConsumerRecord<String, byte[]>> records) throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            for (ConsumerRecord<String, byte[]> r : records) {
                producer.send(new ProducerRecord<>(r.topic(), null, r.key(), r.value(), r.headers())).get();
            }
        }
    }

    /** Every document of the dashboard's read models, in a comparable form. */
    static Map<String, List<Document>> readModels(MongoTemplate mongo) {
        Map<String, List<Document>> all = new TreeMap<>();
        for (String collection : List.of(MembershipProjector.AREAS, UnitFigures.COLLECTION)) {
            List<Document> docs = new ArrayList<>();
            mongo.getCollection(collection).find().into(docs);
            docs.sort((a, b) -> a.get("_id").toString().compareTo(b.get("_id").toString()));
            all.put(collection, docs);
        }
        return all;
    }
}
