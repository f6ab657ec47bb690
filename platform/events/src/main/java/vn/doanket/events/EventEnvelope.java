package vn.doanket.events;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The published language on Kafka: one message per stored event. The Kafka record's key is
 * {@link #aggregateId()} (so one aggregate's events stay in order on one partition), its value
 * is this envelope as JSON (see {@link EnvelopeCodec}), and the same identifying fields are
 * repeated as record headers ({@link EnvelopeHeaders}) for tools that route without parsing.
 *
 * @param eventId       unique id of the stored event (duplicates on Kafka share it)
 * @param eventType     stable name, e.g. {@code ResidentialAreaRegistered}
 * @param schemaVersion version of the payload's schema
 * @param aggregateType e.g. {@code ResidentialArea}
 * @param aggregateId   the aggregate's identifier, also the Kafka key
 * @param sequence      the event's sequence number within its aggregate, from 0
 * @param occurredAt    when the fact was recorded
 * @param unitCode      the administrative unit the fact belongs to, as recorded
 * @param actor         who caused it (no personal data)
 * @param traceId       request/trace id that caused it, for correlation across services
 * @param payload       the event record as JSON
 */
@JsonPropertyOrder({"eventId", "eventType", "schemaVersion", "aggregateType", "aggregateId", "sequence",
        "occurredAt", "unitCode", "actor", "traceId", "payload"})
public record EventEnvelope(
        UUID eventId,
        String eventType,
        int schemaVersion,
        String aggregateType,
        String aggregateId,
        long sequence,
        Instant occurredAt,
        String unitCode,
        Actor actor,
        String traceId,
        JsonNode payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(payload, "payload");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be >= 1");
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must be >= 0");
        }
    }
}
