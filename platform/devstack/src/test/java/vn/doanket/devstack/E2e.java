package vn.doanket.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.doanket.dashboard.query.MembershipProjector;
import vn.doanket.dashboard.query.UnitFigures;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.testing.TopicRecords;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/** Small helpers for the end-to-end tests: HTTP, Kafka and MongoDB probes. */
final class E2e {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private E2e() {
    }

    /** The national administrator registers; the national leader reads, unless a test says otherwise. */
    static final String WRITER = "quan-tri";
    static final String READER = "trung-uong";

    static String bearer(String account) {
        return SharedInfrastructure.get().identity().bearer(account);
    }

    static HttpResponse<String> postJson(String url, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                        .header("Authorization", bearer(WRITER))
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> postJsonAs(String account, String url, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                        .header("Authorization", bearer(account))
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * An anonymous petition about {@code unit}, received by the officer of Phường Bà Rịa through the
     * feedback API (no personal data); its id.
     */
    static String receivePetition(String feedbackUrl, String unit, String subject) throws Exception {
        HttpResponse<String> response = postJsonAs("can-bo-ba-ria", feedbackUrl + "/api/petitions",
                "{\"unitCode\":\"" + unit + "\",\"channel\":\"DIRECT_VISIT\",\"topic\":\"INFRASTRUCTURE\","
                        + "\"subject\":\"" + subject + "\",\"content\":\"Đề nghị sửa chữa sớm\",\"anonymous\":true}");
        if (response.statusCode() != 201) {
            throw new AssertionError("Intake failed " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("petitionId").asText();
    }

    static HttpResponse<String> get(String url) throws Exception {
        return getAs(READER, url);
    }

    static HttpResponse<String> getAs(String account, String url) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (account != null) {
            request.header("Authorization", bearer(account));
        }
        return HTTP.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String register(String membershipUrl, String commune, String name) throws Exception {
        HttpResponse<String> response = postJson(membershipUrl + "/api/residential-areas",
                "{\"communeCode\":\"" + commune + "\",\"name\":\"" + name + "\",\"kind\":\"THON\"}");
        if (response.statusCode() != 201) {
            throw new AssertionError("Registration failed " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("areaCode").asText();
    }

    /** The residential-area total the dashboard serves for a unit. */
    static long total(String dashboardUrl, String unit) throws Exception {
        HttpResponse<String> response = get(dashboardUrl + "/api/units/" + unit + "/figures");
        if (response.statusCode() != 200) {
            throw new AssertionError("Figures failed " + response.statusCode() + ": " + response.body());
        }
        JsonNode figures = JSON.readTree(response.body());
        return figures.get("residentialAreas").asLong();
    }

    /** One of the figures the dashboard serves for a unit (0 when it has none). */
    static long figure(String dashboardUrl, String unit, String name) throws Exception {
        HttpResponse<String> response = get(dashboardUrl + "/api/units/" + unit + "/figures");
        if (response.statusCode() != 200) {
            throw new AssertionError("Figures failed " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).path("figures").path(name).asLong(0);
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
    }

    interface Probe {
        boolean check() throws Exception;
    }

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
    static boolean caughtUp(String bootstrap, String group, String topic) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            Map<TopicPartition, Long> ends = TopicRecords.endOffsets(admin, topic);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                OffsetAndMetadata offset = committed.get(end.getKey());
                long position = offset == null ? 0 : offset.offset();
                if (position < end.getValue()) {
                    return false;
                }
            }
            return true;
        }
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
