package vn.doanket.axon;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import vn.doanket.axon.testapp.CounterCreatedEvent;
import vn.doanket.axon.testapp.CounterIncrementedEvent;
import vn.doanket.axon.testapp.CreateCounterCommand;
import vn.doanket.axon.testapp.IncrementCounterCommand;
import vn.doanket.events.Actor;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EnvelopeHeaders;
import vn.doanket.events.EventEnvelope;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event store is the outbox: every stored event reaches the topic, keyed by aggregate id,
 * in the published envelope (with actor and trace id from the command), in per-aggregate order.
 */
class PublisherTest extends SharedContextTest {

    static final Duration AWAIT = Duration.ofSeconds(60);

    @Test
    void everyStoredEventIsPublishedInTheEnvelopeWithHeaders() {
        String id = newId("pub");
        Actor officer = new Actor("u-4711", "COMMUNE_OFFICER");
        String requestId = "req-" + UUID.randomUUID();
        MDC.put("requestId", requestId);
        try {
            commands.send(new CreateCounterCommand(id, "26560"), officer);
            commands.send(new IncrementCounterCommand(id, 3), officer);
        } finally {
            MDC.remove("requestId");
        }
        List<StoredEvent> stored = storedEvents(id);
        assertThat(stored).hasSize(2);

        List<ConsumerRecord<String, byte[]>> records;
        try (TopicReader reader = new TopicReader(bootstrap, TOPIC)) {
            records = TopicReader.withKey(reader.readUntil(seen -> TopicReader.withKey(seen, id).size() >= 2, AWAIT,
                    "both events of " + id), id);
        }
        assertThat(records).hasSize(2);
        assertThat(records).extracting(ConsumerRecord::key).containsOnly(id);
        assertThat(records).extracting(ConsumerRecord::partition).as("one aggregate, one partition").hasSize(2)
                .containsOnly(records.get(0).partition());

        EventEnvelope created = EnvelopeCodec.decode(records.get(0).value());
        EventEnvelope incremented = EnvelopeCodec.decode(records.get(1).value());
        assertThat(created.eventType()).isEqualTo("CounterCreated");
        assertThat(incremented.eventType()).isEqualTo("CounterIncremented");
        for (int i = 0; i < 2; i++) {
            EventEnvelope envelope = i == 0 ? created : incremented;
            ConsumerRecord<String, byte[]> record = records.get(i);
            assertThat(envelope.eventId()).isEqualTo(UUID.fromString(stored.get(i).eventId()));
            assertThat(envelope.schemaVersion()).isEqualTo(1);
            assertThat(envelope.aggregateType()).isEqualTo("Counter");
            assertThat(envelope.aggregateId()).isEqualTo(id);
            assertThat(envelope.sequence()).isEqualTo(i);
            assertThat(envelope.unitCode()).isEqualTo("26560");
            assertThat(envelope.actor()).isEqualTo(officer);
            assertThat(envelope.traceId()).isEqualTo(requestId);
            assertThat(envelope.occurredAt()).isNotNull();
            assertThat(headers(record)).containsAllEntriesOf(Map.of(
                    EnvelopeHeaders.EVENT_ID, envelope.eventId().toString(),
                    EnvelopeHeaders.EVENT_TYPE, envelope.eventType(),
                    EnvelopeHeaders.SCHEMA_VERSION, "1",
                    EnvelopeHeaders.AGGREGATE_TYPE, "Counter",
                    EnvelopeHeaders.AGGREGATE_ID, id,
                    EnvelopeHeaders.SEQUENCE, Integer.toString(i),
                    EnvelopeHeaders.UNIT_CODE, "26560",
                    EnvelopeHeaders.TRACE_ID, requestId));
        }
        assertThat(EnvelopeCodec.payload(created, CounterCreatedEvent.class))
                .isEqualTo(new CounterCreatedEvent(id, "26560"));
        assertThat(EnvelopeCodec.payload(incremented, CounterIncrementedEvent.class))
                .isEqualTo(new CounterIncrementedEvent(id, "26560", 3, 3));
    }

    @Test
    void withoutARequestIdTheTraceIdIsTheCommandsCorrelationId() {
        String id = newId("pub-no-trace");
        MDC.remove("requestId");
        commands.send(new CreateCounterCommand(id, "79"), Actor.SYSTEM);
        ConsumerRecord<String, byte[]> record;
        try (TopicReader reader = new TopicReader(bootstrap, TOPIC)) {
            record = TopicReader.withKey(reader.readUntil(seen -> !TopicReader.withKey(seen, id).isEmpty(), AWAIT, id), id)
                    .get(0);
        }
        EventEnvelope envelope = EnvelopeCodec.decode(record.value());
        String correlationId = jdbc.queryForObject("select convert_from(meta_data, 'UTF8')::json ->> 'correlationId' "
                + "from domain_event_entry where aggregate_identifier = ?", String.class, id);
        assertThat(envelope.traceId()).isNotNull().isEqualTo(correlationId);
        assertThat(envelope.actor()).isEqualTo(Actor.SYSTEM);
        assertThat(envelope.unitCode()).isEqualTo("79");
        assertThat(headers(record)).containsEntry(EnvelopeHeaders.TRACE_ID, correlationId);
    }

    @Test
    void perAggregateOrderIsKeptAcrossFiftyEventsOfFiveAggregates() throws Exception {
        String run = UUID.randomUUID().toString();
        List<String> ids = LongStream.range(0, 5).mapToObj(i -> "order-" + i + "-" + run).toList();
        ExecutorService clients = Executors.newFixedThreadPool(ids.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String id : ids) {
                done.add(clients.submit(() -> {
                    commands.send(new CreateCounterCommand(id, "26560"), Actor.SYSTEM);
                    for (int i = 0; i < 9; i++) {
                        commands.send(new IncrementCounterCommand(id, 1), Actor.SYSTEM);
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
        }
        Set<String> storedIds = ids.stream().flatMap(id -> storedEvents(id).stream()).map(StoredEvent::eventId)
                .collect(Collectors.toSet());
        assertThat(storedIds).hasSize(50);

        List<ConsumerRecord<String, byte[]>> records;
        try (TopicReader reader = new TopicReader(bootstrap, TOPIC)) {
            records = reader.readUntil(seen -> eventIds(seen, ids).containsAll(storedIds), AWAIT, "all 50 events");
        }
        assertThat(eventIds(records, ids)).isEqualTo(storedIds);
        for (String id : ids) {
            List<ConsumerRecord<String, byte[]>> ofAggregate = TopicReader.withKey(records, id);
            assertThat(ofAggregate).extracting(ConsumerRecord::partition).containsOnly(ofAggregate.get(0).partition());
            assertThat(ofAggregate).extracting(ConsumerRecord::offset).isSorted();
            List<Long> sequences = ofAggregate.stream().map(r -> EnvelopeCodec.decode(r.value()).sequence()).toList();
            assertThat(sequences).as("sequences of %s in partition order", id)
                    .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        }
    }

    static Set<String> eventIds(List<ConsumerRecord<String, byte[]>> records, List<String> keys) {
        return records.stream().filter(r -> keys.contains(r.key()))
                .map(r -> EnvelopeCodec.decode(r.value()).eventId().toString()).collect(Collectors.toSet());
    }

    static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new java.util.HashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return headers;
    }
}
