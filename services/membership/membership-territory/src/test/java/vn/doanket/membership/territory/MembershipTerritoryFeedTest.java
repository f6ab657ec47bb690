package vn.doanket.membership.territory;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import vn.doanket.events.Actor;
import vn.doanket.events.DomainEvent;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.membership.api.ReorganisationDecisionRecordedEvent;
import vn.doanket.membership.api.ReorganisationKind;
import vn.doanket.membership.api.ReorganisedUnit;
import vn.doanket.membership.api.ResidentialAreaKind;
import vn.doanket.membership.api.ResidentialAreaMergedEvent;
import vn.doanket.membership.api.ResidentialAreaRegisteredEvent;
import vn.doanket.membership.api.ResidentialAreaRenamedEvent;
import vn.doanket.membership.api.ResidentialAreaSplitEvent;
import vn.doanket.membership.api.UnitLevel;
import vn.doanket.membership.api.UnitOrigin;
import vn.doanket.membership.api.UnitTransfer;
import vn.doanket.territory.Level;
import vn.doanket.territory.MapView;
import vn.doanket.territory.Territory;
import vn.doanket.territory.TerritoryAutoConfiguration;
import vn.doanket.testing.LocalInfrastructure;
import vn.doanket.testing.TopicRecords;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The feed on the real Kafka broker: a service's territory tree follows membership's residential areas and
 * reorganisation decisions, whatever order the partitions deliver them in, ignoring duplicates and malformed
 * messages, and a feed started later rebuilds the same tree from the beginning of the topic.
 */
@SpringBootTest(classes = MembershipTerritoryFeedTest.App.class, properties = {
        "doanket.membership.territory.enabled=true",
        "doanket.membership.territory.topic=" + MembershipTerritoryFeedTest.TOPIC})
@LocalInfrastructure
class MembershipTerritoryFeedTest {

    static final String TOPIC = "test.membership-territory.events";
    static final String COMMUNE = "26560";
    static final LocalDate REGISTERED = LocalDate.of(2025, 7, 15);
    static final LocalDate MERGED = LocalDate.of(2025, 10, 1);

    @SpringBootConfiguration
    @ImportAutoConfiguration({TerritoryAutoConfiguration.class, MembershipTerritoryAutoConfiguration.class})
    static class App {
    }

    @Autowired
    Territory territory;
    @Autowired
    MembershipTerritoryFeed feed;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Test
    void theTreeFollowsAreasAndDecisionsAndALaterFeedRebuildsIt() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
        }
        String kp1 = COMMUNE + "-KP1" + suffix();
        String kp2 = COMMUNE + "-KP2" + suffix();
        String kp3 = COMMUNE + "-KP3" + suffix();
        String kp4 = COMMUNE + "-KP4" + suffix();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            // the merge arrives before the registration of the receiving area (another partition)
            send(producer, kp2, 0, new ResidentialAreaRegisteredEvent(kp2, COMMUNE, "Khu phố 2", ResidentialAreaKind.KHU_PHO, REGISTERED));
            send(producer, kp2, 1, new ResidentialAreaMergedEvent(kp2, COMMUNE, kp1, List.of(kp2), MERGED, "38/QĐ-UBND"));
            send(producer, kp2, 1, new ResidentialAreaMergedEvent(kp2, COMMUNE, kp1, List.of(kp2), MERGED, "38/QĐ-UBND"));
            producer.send(new ProducerRecord<>(TOPIC, "garbage", "{not an envelope".getBytes(StandardCharsets.UTF_8))).get();
            send(producer, kp1, 0, new ResidentialAreaRegisteredEvent(kp1, COMMUNE, "Khu phố 1", ResidentialAreaKind.KHU_PHO, REGISTERED));
            send(producer, kp1, 1, new ResidentialAreaRenamedEvent(kp1, COMMUNE, "Khu phố 1", "Khu phố Long Hương",
                    ResidentialAreaKind.KHU_PHO, LocalDate.of(2025, 11, 1), "45/QĐ-UBND"));
            send(producer, kp3, 0, new ResidentialAreaRegisteredEvent(kp3, COMMUNE, "Khu phố 3", ResidentialAreaKind.KHU_PHO, REGISTERED));
            send(producer, kp4, 0, new ResidentialAreaRegisteredEvent(kp4, COMMUNE, "Khu phố 4", ResidentialAreaKind.KHU_PHO, MERGED));
            send(producer, kp3, 1, new ResidentialAreaSplitEvent(kp3, COMMUNE, List.of(kp1, kp4), MERGED, "39/QĐ-UBND"));
            send(producer, "837_NQ-UBTVQH14", 0, historicalDecision());
        }

        await("the tree to follow the published facts").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> territory.unit(kp2, LocalDate.of(2026, 1, 1)).isEmpty()
                        && territory.unit("26551", LocalDate.of(2019, 1, 1)).isPresent()
                        && territory.unit(kp3, LocalDate.of(2026, 1, 1)).isEmpty()
                        && territory.nameOf(kp1, LocalDate.of(2026, 1, 1)).equals("Khu phố Long Hương"));
        // (a merge or split closes its area at once but links it to the receiving areas only once they are
        // registered, which another partition may deliver later, and the waiting facts are retried after each batch:
        // the whole tree is awaited)
        await("the tree to link the merged and split areas").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .untilAsserted(() -> assertTree(territory, kp1, kp2, kp3, kp4));

        // a service started later reads the topic from the beginning and builds the same tree
        Territory fresh = Territory.loadOfficial();
        MembershipTerritoryFeed later = new MembershipTerritoryFeed(new MembershipTerritoryApplier(fresh), bootstrap,
                TOPIC, Duration.ofSeconds(30));
        later.start();
        try {
            assertThat(later.isCaughtUp()).isTrue();
            assertTree(fresh, kp1, kp2, kp3, kp4);
        } finally {
            later.stop();
        }
    }

    private void assertTree(Territory tree, String kp1, String kp2, String kp3, String kp4) {
        LocalDate today = LocalDate.of(2026, 1, 1);
        LocalDate august = LocalDate.of(2025, 8, 1);
        assertThat(tree.children(COMMUNE, today)).extracting(u -> u.code()).contains(kp1, kp4).doesNotContain(kp2, kp3);
        assertThat(tree.children(COMMUNE, august)).extracting(u -> u.code()).contains(kp1, kp2, kp3);
        // a fact recorded under the merged area counts for the receiving area on today's map
        assertThat(tree.rollUp(kp2, august, MapView.asOf(today), Level.RESIDENTIAL_AREA).codes()).containsExactly(kp1);
        assertThat(tree.rollUp(kp3, august, MapView.asOf(today), Level.RESIDENTIAL_AREA).codes())
                .containsExactlyInAnyOrder(kp1, kp4);
        assertThat(tree.nameOf(kp1, august)).isEqualTo("Khu phố 1");
        assertThat(tree.nameOf(kp1, today)).isEqualTo("Khu phố Long Hương");
        // a 2019 fact of the historical ward: Bà Rịa–Vũng Tàu as recorded, Hồ Chí Minh City today
        LocalDate recorded = LocalDate.of(2019, 5, 1);
        assertThat(tree.rollUp("26551", recorded, MapView.asRecorded(), Level.PROVINCE).codes()).containsExactly("77");
        assertThat(tree.rollUp("26551", recorded, MapView.current(), Level.PROVINCE).codes()).containsExactly("79");
        assertThat(tree.rollUpChain("26551", recorded, MapView.current())).containsExactly("26560", "79", "VN");
    }

    static ReorganisationDecisionRecordedEvent historicalDecision() {
        return new ReorganisationDecisionRecordedEvent("837_NQ-UBTVQH14", "837/NQ-UBTVQH14", ReorganisationKind.MERGER,
                LocalDate.of(2020, 1, 1), "748",
                List.of(new ReorganisedUnit("26551", "Phường Phước Hiệp", UnitLevel.COMMUNE, "Phường", "748",
                        UnitOrigin.HISTORICAL, LocalDate.of(1994, 7, 2))),
                List.of(new ReorganisedUnit("26560", "Phường Phước Trung", UnitLevel.COMMUNE, "Phường", "748",
                        UnitOrigin.ON_MAP, null)),
                List.of(new UnitTransfer("26551", "26560", false)));
    }

    private KafkaProducer<String, byte[]> producer() {
        return TopicRecords.producer(bootstrap);
    }

    private static void send(KafkaProducer<String, byte[]> producer, String aggregateId, long sequence,
                             DomainEvent event) throws Exception {
        byte[] value = EnvelopeCodec.encode(EnvelopeCodec.envelope(UUID.nameUUIDFromBytes(
                        (aggregateId + "#" + sequence).getBytes(StandardCharsets.UTF_8)), "ResidentialArea", aggregateId,
                sequence, Instant.now(), Actor.SYSTEM, null, event));
        producer.send(new ProducerRecord<>(TOPIC, aggregateId, value)).get();
    }

    private static String suffix() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }
}
