package vn.doanket.certificates;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.doanket.certificates.testapp.CertificateTestApplication;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.events.error.DomainException;
import vn.doanket.testing.InfrastructureProperties;
import vn.doanket.testing.TopicRecords;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The upgrade to {@code CertificateIssued} schema 2 on a real database: certificates issued by the previous version
 * of the library (their events stored with the holder's name, the query table holding it) keep their holder's name
 * — copied to {@code certificate_holders} by the migration — while every reader of the event store (the aggregate,
 * the query processor, a replay of it, and the Kafka publisher) sees the events without it. Idempotence by id keeps
 * working against the names so recorded.
 */
class CertificateUpgradeTest {

    /** The last migration of the previous version of the library. */
    static final String BEFORE_HOLDERS = "202612150900";
    static final String TOPIC = "test.certificates-upgrade.events";
    static final String TITLE = "Giải Nhất hội thi Trưởng Ban Công tác Mặt trận giỏi";
    static final LocalDate DAY = LocalDate.of(2026, 8, 19);

    @Test
    void certificatesIssuedWithTheNameInTheirEventKeepItWhileTheirEventsAreReadWithoutIt() throws Exception {
        Map<String, String> props = InfrastructureProperties.forNewContext("cert_upgrade");
        props.put("doanket.axon.publisher.topic", TOPIC);
        String url = props.get("spring.datasource.url");
        String user = props.get("spring.datasource.username");
        String password = props.get("spring.datasource.password");

        // the database as the previous version left it: schema up to its last migration, two certificates whose
        // events carry the holder's name (schema 1), one of them already in the query table, with its name
        Flyway.configure().dataSource(url, user, password)
                .locations(vn.doanket.axon.AxonSchemas.MIGRATIONS, CertificatesAutoConfiguration.MIGRATIONS)
                .target(BEFORE_HOLDERS).load().migrate();
        JdbcTemplate before = new JdbcTemplate(new DriverManagerDataSource(url, user, password));
        assertThat(columns(before, "certificates")).contains("holder_name");
        storeSchema1(before, "up-1", 1, "Nguyễn Văn An", "p-000001", true);
        storeSchema1(before, "up-2", 2, "Trần Thị Bích Ngọc", null, false);
        before.update("insert into certificate_counter (issuer_unit_code, year, last_serial) values ('26567', 2026, 2)");

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CertificateTestApplication.class)
                .web(WebApplicationType.NONE).run(InfrastructureProperties.asCommandLineArguments(props))) {
            Certificates certificates = app.getBean(Certificates.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);

            // the migration: names copied from the stored events, the query table without its copy
            assertThat(jdbc.queryForList("select version from flyway_schema_history where success", String.class))
                    .contains("202612201000");
            assertThat(holderOf(jdbc, "up-1")).isEqualTo("Nguyễn Văn An");
            assertThat(holderOf(jdbc, "up-2")).isEqualTo("Trần Thị Bích Ngọc");
            assertThat(columns(jdbc, "certificates")).doesNotContain("holder_name").contains("holder_person_id");
            // the stored events stay as they were stored (the audit chain forbids rewriting them) ...
            assertThat(new String(jdbc.queryForObject("select payload from domain_event_entry where aggregate_identifier "
                    + "= 'up-1'", byte[].class), StandardCharsets.UTF_8)).contains("\"holderName\"");
            // ... but are read without the name, through the upcaster in the event store's chain
            assertThat(app.getBeansOfType(org.axonframework.serialization.upcasting.event.EventUpcaster.class).values())
                    .anySatisfy(u -> assertThat(u).isInstanceOf(CertificateEventUpcasters.IssuedV2.class));
            List<? extends DomainEventMessage<?>> events = app.getBean(EventStore.class).readEvents("up-1").asStream()
                    .toList();
            CertificateIssuedEvent read = (CertificateIssuedEvent) events.get(0).getPayload();
            assertThat(read).isEqualTo(new CertificateIssuedEvent("up-1", "26567-2026-000001", "26567",
                    CertificateKind.PRIZE, "p-000001", TITLE, "PrizeAwarded", "award-up-1", DAY));

            // the publisher, reading the store from its start, publishes them without the name
            List<ConsumerRecord<String, byte[]>> published = new ArrayList<>();
            published.addAll(TopicRecords.await(app.getEnvironment().getProperty("spring.kafka.bootstrap-servers"),
                    TOPIC, "up-1", 1));
            published.addAll(TopicRecords.await(app.getEnvironment().getProperty("spring.kafka.bootstrap-servers"),
                    TOPIC, "up-2", 1));
            for (ConsumerRecord<String, byte[]> record : published) {
                EventEnvelope envelope = EnvelopeCodec.decode(record.value());
                assertThat(envelope.eventType()).isEqualTo("CertificateIssued");
                assertThat(envelope.schemaVersion()).isEqualTo(2);
                List<String> texts = new ArrayList<>();
                CertificateWebTest.collectTexts(EnvelopeCodec.mapper().readTree(record.value()), texts);
                assertThat(texts).doesNotContain("holderName");
                assertThat(String.join("\n", texts)).doesNotContain("Nguyễn").doesNotContain("Văn An")
                        .doesNotContain("Trần").doesNotContain("Bích").doesNotContain("Ngọc");
            }

            // the query side reads the names from the holder table, for the row made before and the one made now
            CertificateView first = CertificateNumberingTest.await(() -> certificates.find("up-1").orElse(null));
            CertificateView second = CertificateNumberingTest.await(() -> certificates.find("up-2").orElse(null));
            assertThat(first.holderName()).isEqualTo("Nguyễn Văn An");
            assertThat(first.holderPersonId()).isEqualTo("p-000001");
            assertThat(second.holderName()).isEqualTo("Trần Thị Bích Ngọc");
            assertThat(second.number()).isEqualTo("26567-2026-000002");

            // a replay of the query processor rebuilds the table from events without names: the names stay
            EventProcessingConfiguration processing = app.getBean(EventProcessingConfiguration.class);
            PooledStreamingEventProcessor projection = processing.eventProcessor(CertificateProjection.GROUP,
                    PooledStreamingEventProcessor.class).orElseThrow();
            projection.shutDown();
            jdbc.update("delete from certificates");
            projection.resetTokens();
            projection.start();
            assertThat(CertificateNumberingTest.await(() -> certificates.find("up-2").orElse(null)).holderName())
                    .isEqualTo("Trần Thị Bích Ngọc");
            assertThat(CertificateNumberingTest.await(() -> certificates.find("up-1").orElse(null)).holderName())
                    .isEqualTo("Nguyễn Văn An");

            // idempotence by id against the recorded names: the same request is a no-op, another holder a 409
            assertThat(certificates.issue(request("up-1", "Nguyễn Văn An", "p-000001"))).isEqualTo("26567-2026-000001");
            assertThatThrownBy(() -> certificates.issue(request("up-1", "Nguyễn Văn Ân", "p-000001")))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo("certificate-id-conflict"));
            assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = 'up-1'",
                    Long.class)).isEqualTo(1);
            // and numbering goes on where it was
            assertThat(certificates.issue(request("up-3", "Lê Văn Tám", null))).isEqualTo("26567-2026-000003");
            assertThat(holderOf(jdbc, "up-3")).isEqualTo("Lê Văn Tám");
        }
    }

    static CertificateRequest request(String id, String holder, String personId) {
        return new CertificateRequest(id, "26567", CertificateKind.PRIZE, holder, personId, TITLE, "PrizeAwarded",
                "award-" + id, DAY);
    }

    /** What the previous version stored for a certificate: its number, its schema-1 event and maybe its query row. */
    static void storeSchema1(JdbcTemplate jdbc, String id, int serial, String holder, String personId, boolean projected)
            throws Exception {
        String number = Certificate.number("26567", 2026, serial);
        jdbc.update("insert into certificate_registry (certificate_id, number, issuer_unit_code, year, serial) "
                + "values (?, ?, '26567', 2026, ?)", id, number, serial);
        var payload = EnvelopeCodec.mapper().createObjectNode().put("certificateId", id).put("number", number)
                .put("issuerUnitCode", "26567").put("kind", "PRIZE").put("holderName", holder)
                .put("holderPersonId", personId).put("title", TITLE).put("basisType", "PrizeAwarded")
                .put("basisId", "award-" + id).put("issuedOn", DAY.toString());
        JsonNode metaData = EnvelopeCodec.mapper().createObjectNode().put("actorId", "system").put("actorRole", "SYSTEM");
        jdbc.update("insert into domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier, "
                        + "meta_data, payload, payload_revision, payload_type, time_stamp) values (?, 0, 'Certificate', ?, ?, ?, "
                        + "null, 'vn.doanket.certificates.CertificateIssuedEvent', ?)", id, UUID.randomUUID().toString(),
                EnvelopeCodec.mapper().writeValueAsBytes(metaData), EnvelopeCodec.mapper().writeValueAsBytes(payload),
                Instant.parse("2026-08-19T02:00:00Z").toString());
        if (projected) {
            jdbc.update("insert into certificates (certificate_id, number, issuer_unit_code, kind, holder_name, "
                            + "holder_person_id, title, basis_type, basis_id, issued_on, last_seq) "
                            + "values (?, ?, '26567', 'PRIZE', ?, ?, ?, 'PrizeAwarded', ?, ?, 0)", id, number, holder,
                    personId, TITLE, "award-" + id, DAY);
        }
    }

    static String holderOf(JdbcTemplate jdbc, String id) {
        return jdbc.queryForObject("select holder_name from certificate_holders where certificate_id = ?", String.class,
                id);
    }

    static List<String> columns(JdbcTemplate jdbc, String table) {
        return jdbc.queryForList("select column_name from information_schema.columns where table_name = ?",
                String.class, table);
    }
}
