package vn.doanket.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import vn.doanket.axon.testapp.CounterTestApplication;
import vn.doanket.axon.testapp.CreateCounterCommand;
import vn.doanket.axon.testapp.IncrementCounterCommand;
import vn.doanket.events.Actor;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.testing.LocalInfrastructure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox guarantee when the broker refuses: while the topic rejects every record
 * ({@code max.message.bytes} too small, so each send fails with {@code RecordTooLargeException})
 * commands still succeed and their events are stored, nothing reaches the topic and the
 * publisher's token stays before the first refused event; once the broker accepts again every
 * stored event is delivered (at least once), nothing is skipped and each aggregate's events
 * keep their order, including events stored after the outage.
 *
 * <p>Own context: one publisher segment (so "the token" is one row) and a short send timeout.
 */
@SpringBootTest(classes = CounterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
                "doanket.axon.context=axontest",
                "doanket.axon.publisher.topic=" + PublisherBrokerRejectionTest.TOPIC,
                "doanket.axon.publisher.segments=1",
                "doanket.axon.publisher.send-timeout=5s"})
@LocalInfrastructure
class PublisherBrokerRejectionTest {

    static final String TOPIC = "test.axon.broker-rejection.events";
    static final Duration AWAIT = Duration.ofSeconds(90);
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger log = LoggerFactory.getLogger(PublisherBrokerRejectionTest.class);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandSender commands;
    @Autowired
    @Qualifier("doanketPublisherKafkaTemplate")
    KafkaTemplate<String, byte[]> publisherTemplate;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Test
    void eventsRefusedByTheBrokerAreDeliveredInOrderOnceItAcceptsAgain() throws Exception {
        String a = "refused-a-" + UUID.randomUUID();
        String b = "refused-b-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
             TopicReader reader = new TopicReader(bootstrap, TOPIC)) {
            // a first event goes through normally, so the publisher's token is a real position
            commands.send(new CreateCounterCommand(a, "26560"), Actor.SYSTEM);
            reader.readUntil(seen -> seen.stream().anyMatch(r -> a.equals(r.key())), AWAIT, "the first event");
            long delivered = globalIndex(a, 0);
            awaitTrue(() -> tokenCovers(delivered), "the publisher's token passes the first event");

            // the broker starts refusing every record of the topic
            setMaxMessageBytes(admin, 50);
            double errorsBefore = producerErrors();
            commands.send(new IncrementCounterCommand(a, 1), Actor.SYSTEM);
            long firstRefused = globalIndex(a, 1);
            // the only event waiting is refused twice: the publisher sends it again instead of skipping it
            awaitTrue(() -> producerErrors() >= errorsBefore + 2, "the publisher retries the refused event");
            assertThat(tokenCovers(firstRefused)).as("the token does not pass a refused event").isFalse();

            commands.send(new CreateCounterCommand(b, "26561"), Actor.SYSTEM);
            commands.send(new IncrementCounterCommand(a, 2), Actor.SYSTEM);
            commands.send(new IncrementCounterCommand(b, 5), Actor.SYSTEM);
            assertThat(storedSequences(a)).as("commands succeed and are stored while Kafka refuses").containsExactly(0L, 1L, 2L);
            assertThat(storedSequences(b)).containsExactly(0L, 1L);
            assertThat(reader.endOffsetTotal()).as("nothing refused reaches the topic").isEqualTo(1);
            assertThat(tokenCovers(firstRefused)).as("the token does not pass a refused event").isFalse();
            assertThat(tokenCovers(delivered)).isTrue();
            assertThat(deadLetters()).as("nothing is parked aside either").isZero();

            // the broker accepts again
            long reopened = System.nanoTime();
            setMaxMessageBytes(admin, 1_048_588);
            Set<String> stored = storedEventIds(a, b);
            List<ConsumerRecord<String, byte[]>> records = reader.readUntil(
                    seen -> eventIds(seen).containsAll(stored), AWAIT, "every refused event after the broker accepts again");
            log.info("Refused events delivered {} ms after the broker accepted again",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - reopened));
            long lastStored = globalIndex(b, 1);
            awaitTrue(() -> tokenCovers(lastStored), "the token passes the delivered events");

            // an event stored after the outage follows the others
            commands.send(new IncrementCounterCommand(a, 3), Actor.SYSTEM);
            Set<String> storedAfter = storedEventIds(a, b);
            records = reader.readUntil(seen -> eventIds(seen).containsAll(storedAfter), AWAIT, "the event after the outage");

            assertThat(eventIds(records)).as("exactly the stored events, each at least once").isEqualTo(storedAfter);
            assertInStoreOrder(records, a, storedIds(a));
            assertInStoreOrder(records, b, storedIds(b));
            assertThat(deadLetters()).isZero();
        }
    }

    /**
     * The key's records in partition order: their first occurrences are the store's order, and no
     * record runs ahead of one not yet published (a redelivery may repeat, never skip).
     */
    private static void assertInStoreOrder(List<ConsumerRecord<String, byte[]>> records, String key, List<String> storeOrder) {
        List<ConsumerRecord<String, byte[]>> ofKey = TopicReader.withKey(records, key);
        assertThat(ofKey).extracting(ConsumerRecord::partition).containsOnly(ofKey.get(0).partition());
        Set<String> firstOccurrences = new LinkedHashSet<>();
        long highest = -1;
        for (ConsumerRecord<String, byte[]> record : ofKey) {
            EventEnvelope envelope = EnvelopeCodec.decode(record.value());
            assertThat(envelope.sequence()).as("%s: sequence %s after %s", key, envelope.sequence(), highest)
                    .isLessThanOrEqualTo(highest + 1);
            highest = Math.max(highest, envelope.sequence());
            firstOccurrences.add(envelope.eventId().toString());
        }
        assertThat(new ArrayList<>(firstOccurrences)).as("order of %s on the topic", key).isEqualTo(storeOrder);
    }

    private static Set<String> eventIds(List<ConsumerRecord<String, byte[]>> records) {
        Set<String> ids = new java.util.HashSet<>();
        records.forEach(r -> ids.add(EnvelopeCodec.decode(r.value()).eventId().toString()));
        return ids;
    }

    private void setMaxMessageBytes(Admin admin, int bytes) throws Exception {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
        admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
                new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(bytes)), AlterConfigOp.OpType.SET))))
                .all().get(30, TimeUnit.SECONDS);
        awaitTrue(() -> {
            try {
                return Integer.toString(bytes).equals(admin.describeConfigs(List.of(topic)).all().get(10, TimeUnit.SECONDS)
                        .get(topic).get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value());
            } catch (Exception e) {
                return false;
            }
        }, "topic config max.message.bytes=" + bytes);
    }

    /** Records the publisher's producer failed to send (the broker's refusals), so far. */
    private double producerErrors() {
        Map<MetricName, ? extends Metric> metrics = publisherTemplate.metrics();
        return metrics.entrySet().stream()
                .filter(e -> e.getKey().group().equals("producer-metrics") && e.getKey().name().equals("record-error-total"))
                .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue())
                .sum();
    }

    /** Whether the publisher's (single) token has processed the event at {@code globalIndex}. */
    private boolean tokenCovers(long globalIndex) {
        List<byte[]> tokens = jdbc.queryForList("select token from token_entry where processor_name = ?", byte[].class,
                KafkaEventPublisher.PROCESSING_GROUP);
        assertThat(tokens).as("one publisher segment").hasSize(1);
        if (tokens.get(0) == null) {
            return false;
        }
        try {
            JsonNode token = JSON.readTree(tokens.get(0));
            if (token.has("tokenAtReset")) { // a replay token wraps the real position
                token = token.get("currentToken");
            }
            long index = token.get("index").asLong();
            for (JsonNode gap : token.path("gaps")) {
                if (gap.asLong() == globalIndex) {
                    return false;
                }
            }
            return index >= globalIndex;
        } catch (java.io.IOException e) {
            throw new AssertionError("Unreadable token", e);
        }
    }

    private long deadLetters() {
        return jdbc.queryForObject("select count(*) from dead_letter_entry", Long.class);
    }

    private long globalIndex(String aggregateId, long sequence) {
        return jdbc.queryForObject("select global_index from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = ?", Long.class, aggregateId, sequence);
    }

    private List<Long> storedSequences(String aggregateId) {
        return jdbc.queryForList("select sequence_number from domain_event_entry where aggregate_identifier = ? "
                + "order by global_index", Long.class, aggregateId);
    }

    private List<String> storedIds(String aggregateId) {
        return jdbc.queryForList("select event_identifier from domain_event_entry where aggregate_identifier = ? "
                + "order by global_index", String.class, aggregateId);
    }

    private Set<String> storedEventIds(String... aggregateIds) {
        Set<String> ids = new java.util.HashSet<>();
        for (String id : aggregateIds) {
            ids.addAll(storedIds(id));
        }
        return ids;
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        Awaitility.await(what).atMost(AWAIT).pollInterval(Duration.ofMillis(100)).until(condition::getAsBoolean);
    }
}
