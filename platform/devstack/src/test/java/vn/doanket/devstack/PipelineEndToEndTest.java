package vn.doanket.devstack;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.doanket.dashboard.DashboardApplication;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.testing.TopicRecords;
import vn.doanket.testing.http.TestHttp;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doanket.devstack.E2e.await;
import static vn.doanket.devstack.E2e.probe;
import static vn.doanket.devstack.E2e.total;

/**
 * The walking skeleton end to end on real PostgreSQL, Kafka and the MongoDB stand-in:
 * HTTP command → event store → publisher → Kafka → dashboard consumer → read model → HTTP.
 * The services run as in the local stack; this class has its own topic, consumer group and
 * databases, so it shares the broker with other tests without seeing their events.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndTest {

    private static final Logger log = LoggerFactory.getLogger(PipelineEndToEndTest.class);
    static final Duration PATIENCE = Duration.ofSeconds(60);

    Pipeline pipeline;
    String topic;
    String group;
    String bootstrap;
    ServiceApps.RunningService membership;
    ServiceApps.RunningService dashboard;

    @BeforeAll
    void startServices() {
        pipeline = Pipeline.start("pipeline");
        topic = pipeline.topic();
        group = pipeline.group();
        bootstrap = SharedInfrastructure.get().kafka().bootstrapServers();
        membership = pipeline.membership();
        dashboard = pipeline.dashboard();
    }

    @AfterAll
    void stopServices() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    @Order(1)
    void aCommandChangesCommuneProvinceAndNationFigures() throws Exception {
        String d = dashboard.url();
        String m = membership.url();
        E2e.register(m, "26560", "Khu phố Phước Trung");
        E2e.register(m, "26560", "Khu phố Kim Dinh");
        E2e.register(m, "26506", "Khu phố 1");
        E2e.register(m, "00004", "Tổ dân phố số 1");
        await("4 areas nationwide", PATIENCE, probe(() -> total(d, "VN") == 4));
        assertThat(total(d, "26560")).isEqualTo(2);
        assertThat(total(d, "26506")).isEqualTo(1);
        assertThat(total(d, "79")).isEqualTo(3);
        assertThat(total(d, "01")).isEqualTo(1);
        assertThat(total(d, "04")).isZero();

        // freshness of one more fact, logged (a measurement, not an assertion: see docs/benchmarks.md)
        long t0 = System.nanoTime();
        E2e.register(m, "00004", "Tổ dân phố số 2");
        await("5 areas nationwide", PATIENCE, probe(() -> total(d, "VN") == 5 && total(d, "01") == 2));
        log.info("Command to visible nation figure: {} ms", (System.nanoTime() - t0) / 1_000_000);

        assertThat(E2e.get(d + "/api/units/77/figures").statusCode())
                .as("a province of the old map is not on today's map").isEqualTo(404);

        // petitions received by the feedback service count for the ward, the city and the nation
        String f = pipeline.feedback().url();
        E2e.receivePetition(f, "26560-KP01", "Đèn đường khu phố bị hỏng");
        E2e.receivePetition(f, "26560", "Rác thải ven kênh");
        await("2 petitions nationwide", PATIENCE, probe(() -> E2e.figure(d, "VN", "petitionsReceived") == 2));
        assertThat(E2e.figure(d, "79", "petitionsReceived")).isEqualTo(2);
        assertThat(E2e.figure(d, "26560", "petitionsReceived")).isEqualTo(2);
        assertThat(E2e.figure(d, "01", "petitionsReceived")).isZero();
    }

    @Test
    @Order(2)
    void eachCallerSeesOnlyTheirTerritory() throws Exception {
        String d = dashboard.url();
        assertThat(E2e.getAs("lanh-dao-hcm", d + "/api/units/79/figures").statusCode()).isEqualTo(200);
        assertThat(E2e.getAs("lanh-dao-hcm", d + "/api/units/26560/figures").statusCode()).isEqualTo(200);
        assertThat(E2e.getAs("lanh-dao-hcm", d + "/api/units/01/figures").statusCode()).isEqualTo(404);
        assertThat(E2e.getAs("lanh-dao-hcm", d + "/api/units/VN/figures").statusCode()).isEqualTo(404);
        assertThat(E2e.getAs("lanh-dao-ba-ria", d + "/api/units/26560/figures").statusCode()).isEqualTo(200);
        assertThat(E2e.getAs("lanh-dao-ba-ria", d + "/api/units/26506/figures").statusCode()).isEqualTo(404);
        // out of scope answers exactly like a unit that does not exist
        com.fasterxml.jackson.databind.JsonNode outOfScope = E2e.JSON.readTree(E2e.getAs("lanh-dao-ha-noi", d + "/api/units/79/figures").body());
        com.fasterxml.jackson.databind.JsonNode missing = E2e.JSON.readTree(E2e.getAs("lanh-dao-ha-noi", d + "/api/units/99999/figures").body());
        for (String field : List.of("status", "code", "title", "title_vi", "detail", "detail_vi", "type")) {
            assertThat(outOfScope.get(field)).as(field).isEqualTo(missing.get(field));
        }
        assertThat(E2e.getAs(null, d + "/api/units/79/figures").statusCode()).isEqualTo(401);
        // pages send a browser without a session to the identity provider's login
        TestHttp.Response page = E2e.http(d, null).header("Accept", "text/html").get("/");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/oauth2/authorization/doanket");
        assertThat(E2e.getAs("lanh-dao-ba-ria", d + "/api/me").body()).contains("\"scopeUnit\":\"26560\"")
                .contains("Phường Bà Rịa");
    }

    @Test
    @Order(3)
    void deliveringEveryMessageTwiceLeavesTheReadModelsUnchanged() throws Exception {
        MongoTemplate mongo = dashboard.context().getBean(MongoTemplate.class);
        await("dashboard caught up", PATIENCE, probe(() -> E2e.caughtUp(bootstrap, group, topic)));
        Map<String, ?> before = E2e.readModels(mongo);
        await("dashboard caught up with feedback", PATIENCE,
                probe(() -> E2e.caughtUp(bootstrap, group, pipeline.feedbackTopic())));
        List<ConsumerRecord<String, byte[]>> all = TopicRecords.readAll(bootstrap, topic);
        List<ConsumerRecord<String, byte[]>> petitions = TopicRecords.readAll(bootstrap, pipeline.feedbackTopic());
        assertThat(all).hasSizeGreaterThanOrEqualTo(5);
        assertThat(petitions).hasSizeGreaterThanOrEqualTo(2);
        E2e.redeliver(bootstrap, all);
        E2e.redeliver(bootstrap, petitions);
        await("duplicates consumed", PATIENCE, probe(() -> E2e.caughtUp(bootstrap, group, topic)
                && E2e.caughtUp(bootstrap, group, pipeline.feedbackTopic())));
        assertThat(TopicRecords.readAll(bootstrap, topic)).hasSize(2 * all.size());
        assertThat(TopicRecords.readAll(bootstrap, pipeline.feedbackTopic())).hasSize(2 * petitions.size());
        assertThat(E2e.readModels(mongo)).isEqualTo(before);
        assertThat(total(dashboard.url(), "VN")).isEqualTo(5);
        assertThat(E2e.figure(dashboard.url(), "VN", "petitionsReceived")).isEqualTo(2);
    }

    @Test
    @Order(6)
    void theConsumerLagOfEachTopicIsAPrometheusMetricForAdministrators() throws Exception {
        await("dashboard caught up", PATIENCE, probe(() -> E2e.caughtUp(bootstrap, group, topic)));
        String lag = "spring_cloud_stream_binder_kafka_offset";
        await("the lag gauge of " + topic, PATIENCE, probe(() -> E2e.getAs("quan-tri", dashboard.url() + "/actuator/prometheus")
                .body().lines().anyMatch(l -> l.startsWith(lag) && l.contains("topic=\"" + topic + "\"")
                        && l.contains("group=\"" + group + "\""))));
        String line = E2e.getAs("quan-tri", dashboard.url() + "/actuator/prometheus").body().lines()
                .filter(l -> l.startsWith(lag) && l.contains("topic=\"" + topic + "\"")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).as("lag once caught up").isZero();
        assertThat(E2e.getAs("trung-uong", dashboard.url() + "/actuator/prometheus").statusCode()).isEqualTo(403);
    }

    @Test
    @Order(4)
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheConsumerCarriesOn() throws Exception {
        String dlq = "error." + topic + "." + group;
        try (KafkaProducer<String, byte[]> producer = E2e.producer(bootstrap)) {
            producer.send(new ProducerRecord<>(topic, "26560-POISON00", "{ this is not an envelope".getBytes(StandardCharsets.UTF_8))).get();
        }
        await("poison on the dead-letter topic", PATIENCE, probe(() -> TopicRecords.readAll(bootstrap, dlq).size() == 1));
        ConsumerRecord<String, byte[]> dead = TopicRecords.readAll(bootstrap, dlq).get(0);
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{ this is not an envelope");
        assertThat(header(dead, "x-original-topic")).isEqualTo(topic);
        assertThat(header(dead, "x-exception-message")).isNotBlank();

        // a well-formed event whose read model can never be stored (a person id with U+0000, accepted upstream before
        // the input policy refused it): dead-lettered after its retries, never retried forever, and nothing after it waits
        String area = E2e.register(membership.url(), "26560", "Khu phố Nhận Độc");
        String committee = area + "/2024";
        java.time.LocalDate on = java.time.LocalDate.now(vn.doanket.territory.Territory.ZONE);
        java.time.Instant at = on.atStartOfDay(vn.doanket.territory.Territory.ZONE).toInstant();
        try (KafkaProducer<String, byte[]> producer = E2e.producer(bootstrap)) {
            for (vn.doanket.events.EventEnvelope e : List.of(
                    vn.doanket.events.EnvelopeCodec.envelope(java.util.UUID.randomUUID(), "WorkCommittee", committee, 0, at,
                            vn.doanket.events.Actor.SYSTEM, null, new vn.doanket.membership.api.WorkCommitteeEstablishedEvent(
                                    committee, area, on, on.plusYears(5), 1, 3, "1/QĐ", on)),
                    vn.doanket.events.EnvelopeCodec.envelope(java.util.UUID.randomUUID(), "WorkCommittee", committee, 1, at,
                            vn.doanket.events.Actor.SYSTEM, null, new vn.doanket.membership.api.MemberAppointedEvent(committee,
                                    area, "p-\u0000", vn.doanket.membership.api.Position.HEAD,
                                    vn.doanket.membership.api.MemberOrganisation.YOUTH_UNION, on, "2/QĐ")))) {
                producer.send(new ProducerRecord<>(topic, committee, vn.doanket.events.EnvelopeCodec.encode(e))).get();
            }
        }
        E2e.register(membership.url(), "01294", "Bản Nà Lẹng");
        await("the consumer carries on after the poison messages", PATIENCE,
                probe(() -> total(dashboard.url(), "VN") == 7 && total(dashboard.url(), "04") == 1));
        await("the unstorable event on the dead-letter topic", PATIENCE, probe(() -> TopicRecords.readAll(bootstrap, dlq).size() == 2));
        // administrators see both dead letters: which event and why, never the payload
        java.net.http.HttpResponse<String> letters = E2e.getAs("quan-tri", dashboard.url() + "/api/admin/dead-letters");
        assertThat(letters.statusCode()).as(letters.body()).isEqualTo(200);
        com.fasterxml.jackson.databind.JsonNode list = E2e.JSON.readTree(letters.body());
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("eventType").asText()).isEqualTo("MemberAppointed");
        assertThat(list.get(0).get("aggregateId").asText()).isEqualTo(committee);
        assertThat(list.get(0).get("exception").asText()).isEqualTo("org.bson.BsonSerializationException");
        assertThat(letters.body()).doesNotContain("personId").doesNotContain("YOUTH_UNION");
        assertThat(E2e.getAs("trung-uong", dashboard.url() + "/api/admin/dead-letters").statusCode()).isEqualTo(403);
        // and the figures still add up
        java.net.http.HttpResponse<String> check = E2e.getAs("quan-tri", dashboard.url() + "/api/admin/consistency?unit=VN");
        assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
        assertThat(E2e.JSON.readTree(check.body()).get("violations")).as(check.body()).isEmpty();
        assertThat(E2e.JSON.readTree(check.body()).get("complete").asBoolean()).isTrue();
    }

    @Test
    @Order(5)
    void aReplayOfTheTopicIntoAFreshDatabaseGivesIdenticalReadModels() throws Exception {
        await("dashboard caught up", PATIENCE, probe(() -> E2e.caughtUp(bootstrap, group, topic)));
        String replayGroup = group + "-replay";
        try (ServiceApps.RunningService replay = ServiceApps.start("dashboard", DashboardApplication.class,
                Pipeline.dashboardProps(topic, pipeline.feedbackTopic(), replayGroup))) {
            await("replay caught up", PATIENCE, probe(() -> E2e.caughtUp(bootstrap, replayGroup, topic)
                    && E2e.caughtUp(bootstrap, replayGroup, pipeline.feedbackTopic())));
            MongoTemplate live = dashboard.context().getBean(MongoTemplate.class);
            MongoTemplate replayed = replay.context().getBean(MongoTemplate.class);
            assertThat(E2e.readModels(replayed)).isEqualTo(E2e.readModels(live));
            assertThat(total(replay.url(), "VN")).isEqualTo(7);
            assertThat(E2e.figure(replay.url(), "VN", "petitionsReceived")).isEqualTo(2);
        }
    }

    @Test
    @Order(7)
    void anAdministratorRebuildsTheReadModelsFromTheTopicsWhileTheOldOnesServeThenItSwitches() throws Exception {
        await("dashboard caught up", PATIENCE, probe(() -> E2e.caughtUp(bootstrap, group, topic)));
        MongoTemplate mongo = dashboard.context().getBean(MongoTemplate.class);
        Map<String, ?> before = E2e.readModels(mongo);
        long vn = total(dashboard.url(), "VN");
        TestHttp.Response started = E2e.http(dashboard.url(), "quan-tri").post("/api/admin/rebuild", Map.of("confirm", "REBUILD"));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().get("state").asText()).isIn("RUNNING", "SWITCHED");
        // the old read models serve while it runs
        assertThat(total(dashboard.url(), "VN")).isEqualTo(vn);
        await("rebuild switched", PATIENCE, probe(() -> E2e.JSON.readTree(
                E2e.getAs("quan-tri", dashboard.url() + "/api/admin/rebuild").body()).get("state").asText().equals("SWITCHED")));
        com.fasterxml.jackson.databind.JsonNode progress = E2e.JSON.readTree(
                E2e.getAs("quan-tri", dashboard.url() + "/api/admin/rebuild").body());
        log.info("Rebuild: {}", progress);
        assertThat(progress.get("processed").asLong()).isGreaterThanOrEqualTo(TopicRecords.readAll(bootstrap, topic).size());
        assertThat(progress.get("skipped").asLong()).as("the two poison messages").isEqualTo(2);
        assertThat(progress.get("serving").asText()).isEqualTo(progress.get("database").asText());
        // reads now come from the rebuilt database, identical to the live one it replaces
        assertThat(E2e.readModels(mongo)).isEqualTo(before);
        assertThat(total(dashboard.url(), "VN")).isEqualTo(vn);
        // and live events reach it
        E2e.register(membership.url(), "26506", "Khu phố sau dựng lại");
        await("a live event after the switch", PATIENCE, probe(() -> total(dashboard.url(), "VN") == vn + 1));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
