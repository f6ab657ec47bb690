package vn.doanket.axon;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import vn.doanket.events.Actor;
import vn.doanket.events.DomainEvent;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EnvelopeHeaders;
import vn.doanket.events.EventEnvelope;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Carries every stored {@link DomainEvent} to Kafka: the event store is the outbox.
 *
 * <p>Runs in its own pooled streaming processor reading the event store. Within one batch the
 * records are sent without waiting for each other (the idempotent producer keeps their order
 * per partition), and the batch's transaction, which advances the processor's token, commits
 * only after the broker has acknowledged every record ({@code acks=all}). Any failure rolls the
 * token back and the batch is sent again: delivery is at-least-once, nothing is skipped, and
 * consumers drop the duplicates by (aggregate id, sequence).
 */
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
public class KafkaEventPublisher {

    public static final String PROCESSING_GROUP = "doanket-publisher";

    private static final Logger log = LoggerFactory.getLogger(KafkaEventPublisher.class);
    private static final String PENDING = KafkaEventPublisher.class.getName() + ".pending";

    private final KafkaTemplate<String, byte[]> kafka;
    private final String topic;
    private final Duration sendTimeout;

    public KafkaEventPublisher(KafkaTemplate<String, byte[]> kafka, String topic, Duration sendTimeout) {
        this.kafka = kafka;
        this.topic = topic;
        this.sendTimeout = sendTimeout;
    }

    /** The topic this publisher writes to. */
    public String topic() {
        return topic;
    }

    @EventHandler
    public void publish(DomainEvent event, EventMessage<?> message) throws Exception {
        EventEnvelope envelope = toEnvelope(event, message);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, envelope.aggregateId(),
                EnvelopeCodec.encode(envelope));
        header(record, EnvelopeHeaders.EVENT_ID, envelope.eventId().toString());
        header(record, EnvelopeHeaders.EVENT_TYPE, envelope.eventType());
        header(record, EnvelopeHeaders.SCHEMA_VERSION, Integer.toString(envelope.schemaVersion()));
        header(record, EnvelopeHeaders.AGGREGATE_TYPE, envelope.aggregateType());
        header(record, EnvelopeHeaders.AGGREGATE_ID, envelope.aggregateId());
        header(record, EnvelopeHeaders.SEQUENCE, Long.toString(envelope.sequence()));
        header(record, EnvelopeHeaders.UNIT_CODE, envelope.unitCode());
        if (envelope.traceId() != null) {
            header(record, EnvelopeHeaders.TRACE_ID, envelope.traceId());
        }
        CompletableFuture<SendResult<String, byte[]>> sent = kafka.send(record);
        if (CurrentUnitOfWork.isStarted()) {
            pendingSends(CurrentUnitOfWork.get()).add(sent);
        } else {
            await(List.of(sent));
        }
    }

    private List<CompletableFuture<SendResult<String, byte[]>>> pendingSends(UnitOfWork<?> unitOfWork) {
        UnitOfWork<?> root = unitOfWork.root();
        return root.getOrComputeResource(PENDING, key -> {
            List<CompletableFuture<SendResult<String, byte[]>>> pending = new ArrayList<>();
            root.onPrepareCommit(u -> await(pending));
            return pending;
        });
    }

    private void await(List<CompletableFuture<SendResult<String, byte[]>>> pending) {
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        for (CompletableFuture<SendResult<String, byte[]>> future : pending) {
            try {
                future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EventPublicationException("Interrupted while publishing to " + topic, e);
            } catch (ExecutionException | TimeoutException e) {
                log.warn("Publishing to {} failed; the batch will be sent again: {}", topic, e.toString());
                throw new EventPublicationException("Kafka did not acknowledge a batch on " + topic, e);
            }
        }
    }

    static EventEnvelope toEnvelope(DomainEvent event, EventMessage<?> message) {
        MetaData metaData = message.getMetaData();
        Actor actor = new Actor(
                stringOr(metaData.get(DoanketAxonAutoConfiguration.ACTOR_ID), Actor.SYSTEM.userId()),
                stringOr(metaData.get(DoanketAxonAutoConfiguration.ACTOR_ROLE), Actor.SYSTEM.role()));
        String traceId = stringOr(metaData.get(DoanketAxonAutoConfiguration.TRACE_ID), null);
        String aggregateType;
        String aggregateId;
        long sequence;
        if (message instanceof DomainEventMessage<?> domain) {
            aggregateType = domain.getType();
            aggregateId = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
        } else {
            aggregateType = "none";
            aggregateId = message.getIdentifier();
            sequence = 0;
        }
        return EnvelopeCodec.envelope(eventId(message.getIdentifier()), aggregateType, aggregateId, sequence,
                message.getTimestamp(), actor, traceId, event);
    }

    private static UUID eventId(String identifier) {
        try {
            return UUID.fromString(identifier);
        } catch (IllegalArgumentException notAUuid) {
            return UUID.nameUUIDFromBytes(identifier.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String stringOr(Object value, String fallback) {
        return value == null ? fallback : value.toString();
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    /** The broker did not acknowledge; the processor retries the batch. */
    public static class EventPublicationException extends RuntimeException {
        public EventPublicationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
