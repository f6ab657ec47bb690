package vn.doanket.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;
import vn.doanket.events.MalformedEnvelopeException;
import vn.doanket.testing.LocalInfrastructure;
import vn.doanket.testing.TopicRecords;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link BatchDeadLetters} on a real broker, with a batch-mode consumer bound by the binder as the
 * services bind theirs: a record the consumer names is dead-lettered (a malformed one at once, any
 * other after the binding's four attempts) while the records before it stay applied once and those
 * after it are delivered again; a failure of the whole batch is retried, never dead-lettered.
 */
@SpringBootTest(classes = BatchDeadLettersTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.cloud.function.definition=records",
        "spring.cloud.stream.bindings.records-in-0.destination=" + BatchDeadLettersTest.TOPIC,
        "spring.cloud.stream.bindings.records-in-0.group=" + BatchDeadLettersTest.GROUP,
        "spring.cloud.stream.bindings.records-in-0.content-type=application/octet-stream",
        "spring.cloud.stream.bindings.records-in-0.consumer.batch-mode=true",
        "spring.cloud.stream.kafka.binder.brokers=${spring.kafka.bootstrap-servers}",
        "spring.cloud.stream.kafka.bindings.records-in-0.consumer.configuration.fetch.max.wait.ms=100"})
@LocalInfrastructure
class BatchDeadLettersTest {

    static final String TOPIC = "batch-dead-letters";
    static final String GROUP = "tester";
    static final String DLQ = "error." + TOPIC + "." + GROUP;

    static final List<String> APPLIED = new CopyOnWriteArrayList<>();
    static final Map<String, Integer> ATTEMPTS = new ConcurrentHashMap<>();
    static final AtomicInteger OUTAGES = new AtomicInteger();

    @SpringBootApplication
    static class App {
        /** Applies records in order; stops at the first it cannot apply, naming it. */
        @Bean
        Consumer<Message<List<byte[]>>> records() {
            return message -> {
                if (OUTAGES.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    throw new IllegalStateException("the read-model store is down");
                }
                List<byte[]> payloads = message.getPayload();
                for (int i = 0; i < payloads.size(); i++) {
                    String value = new String(payloads.get(i), StandardCharsets.UTF_8);
                    ATTEMPTS.merge(value, 1, Integer::sum);
                    if (value.startsWith("poison")) {
                        throw new BatchListenerFailedException("poison", new MalformedEnvelopeException("not an envelope", null), i);
                    }
                    if (value.startsWith("store-down") && ATTEMPTS.get(value) <= 6) {
                        throw new BatchListenerFailedException("store down",
                                new DataAccessResourceFailureException("the read-model store is down"), i);
                    }
                    if (value.startsWith("broken")) {
                        throw new BatchListenerFailedException("broken", new IllegalArgumentException("cannot apply"), i);
                    }
                    APPLIED.add(value);
                }
            };
        }
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    void send(String... values) {
        // one key: one partition, one order
        TopicRecords.send(bootstrap, TOPIC, Stream.of(values)
                .map(value -> Map.entry("aggregate-1", value.getBytes(StandardCharsets.UTF_8))).toList());
    }

    static void await(String what, Callable<Boolean> condition) {
        Awaitility.await(what).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(condition);
    }

    /** No dead letter beyond {@code before} for a second: an outage is retried, never dead-lettered. */
    void noDeadLetterBeyond(int before) {
        Awaitility.await("no dead letter for an outage").during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(TopicRecords.readAll(bootstrap, DLQ)).as("no dead letter for an outage")
                        .hasSize(before));
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void aNamedRecordIsDeadLetteredAloneAndTheOthersAreAppliedOnce() throws Exception {
        send("ok-1", "poison-1", "ok-2", "broken-1", "ok-3");
        await("ok-3 applied", () -> APPLIED.contains("ok-3"));
        assertThat(APPLIED).as("each record before a failure applied once, each after it once it is re-delivered")
                .containsSubsequence("ok-1", "ok-2", "ok-3").filteredOn(v -> v.startsWith("ok-")).doesNotHaveDuplicates();
        assertThat(ATTEMPTS.get("poison-1")).as("a malformed record is not retried").isEqualTo(1);
        assertThat(ATTEMPTS.get("broken-1")).as("any other failure: the binding's max-attempts").isEqualTo(4);

        await("both dead letters", () -> TopicRecords.readAll(bootstrap, DLQ).size() >= 2);
        List<ConsumerRecord<String, byte[]>> dead = TopicRecords.readAll(bootstrap, DLQ);
        assertThat(dead).extracting(r -> new String(r.value(), StandardCharsets.UTF_8)).containsExactly("poison-1", "broken-1");
        assertThat(dead).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo("aggregate-1");
            assertThat(header(r, "x-original-topic")).isEqualTo(TOPIC);
            assertThat(header(r, "x-exception-message")).isNotBlank();
        });
        assertThat(header(dead.get(0), "x-exception-cause-fqcn") + header(dead.get(0), "x-exception-fqcn"))
                .contains(MalformedEnvelopeException.class.getName());
    }

    @Test
    void aFailureOfTheWholeBatchIsRetriedUntilItPassesAndNothingIsDeadLettered() throws Exception {
        int deadBefore = TopicRecords.readAll(bootstrap, DLQ).size();
        OUTAGES.set(6);
        send("later-1", "later-2", "later-3");
        await("the batch applied after the outage", () -> APPLIED.containsAll(List.of("later-1", "later-2", "later-3")));
        assertThat(OUTAGES.get()).as("every failed attempt was retried").isZero();
        assertThat(APPLIED.stream().filter(v -> v.startsWith("later-"))).containsExactly("later-1", "later-2", "later-3");
        noDeadLetterBeyond(deadBefore);
    }

    @Test
    void aStoreFailureWhileApplyingANamedRecordIsRetriedBeyondMaxAttemptsAndNeverDeadLettered() throws Exception {
        int deadBefore = TopicRecords.readAll(bootstrap, DLQ).size();
        send("store-1", "store-down-1", "store-2");
        await("the record applied once the store answers", () -> APPLIED.contains("store-2"));
        assertThat(ATTEMPTS.get("store-down-1")).as("retried past the binding's four attempts").isEqualTo(7);
        assertThat(APPLIED.stream().filter(v -> v.startsWith("store"))).containsExactly("store-1", "store-down-1", "store-2");
        noDeadLetterBeyond(deadBefore);
    }

    @Test
    void outagesOfTheStoreAreRecognisedThroughTheirWrappersAndADocumentItCanNeverTakeIsNoOutage() {
        assertThat(BatchDeadLetters.storeOutage(new IllegalStateException("x",
                new DataAccessResourceFailureException("MongoDB unreachable")))).isTrue();
        assertThat(BatchDeadLetters.storeOutage(new com.mongodb.MongoSocketReadException("reset",
                new com.mongodb.ServerAddress()))).isTrue();
        assertThat(BatchDeadLetters.storeOutage(new com.mongodb.MongoTimeoutException("no server"))).isTrue();
        assertThat(BatchDeadLetters.storeOutage(new com.mongodb.MongoWriteException(
                new com.mongodb.WriteError(11000, "E11000 duplicate key", new org.bson.BsonDocument()),
                new com.mongodb.ServerAddress(), java.util.Set.of()))).as("another writer created it meanwhile").isTrue();
        assertThat(BatchDeadLetters.storeOutage(new MalformedEnvelopeException("bad", null))).isFalse();
        // what made one accepted request stop the dashboard: a field name with U+0000 can never be encoded
        assertThat(BatchDeadLetters.storeOutage(new IllegalStateException("x",
                new org.bson.BsonSerializationException("BSON cstring contains a null character")))).isFalse();
        assertThat(BatchDeadLetters.storeOutage(new com.mongodb.MongoWriteException(
                new com.mongodb.WriteError(2, "BadValue", new org.bson.BsonDocument()),
                new com.mongodb.ServerAddress(), java.util.Set.of()))).as("a value the store refuses").isFalse();
    }
}
