package vn.doanket.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * JSON form of events and envelopes on the wire. One configuration for every producer and
 * consumer, independent of any application's {@code ObjectMapper} settings, so the published
 * language cannot drift with a service's configuration: ISO-8601 dates, properties in
 * declaration order, unknown properties tolerated on read (additive schema changes don't
 * break old consumers).
 */
public final class EnvelopeCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .build();

    private EnvelopeCodec() {
    }

    /** The shared mapper (do not reconfigure it). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Wraps an event in an envelope. */
    public static EventEnvelope envelope(UUID eventId, String aggregateType, String aggregateId, long sequence,
                                         Instant occurredAt, Actor actor, String traceId, DomainEvent event) {
        Objects.requireNonNull(event, "event");
        return new EventEnvelope(eventId, EventTypes.nameOf(event.getClass()),
                EventTypes.schemaVersionOf(event.getClass()), aggregateType, aggregateId, sequence, occurredAt,
                event.unitCode(), actor, traceId, toTree(event));
    }

    /** Serialises an envelope to UTF-8 JSON bytes. */
    public static byte[] encode(EventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise envelope " + envelope.eventId(), e);
        }
    }

    /**
     * Parses an envelope.
     *
     * @throws MalformedEnvelopeException when the bytes are not a valid envelope
     */
    public static EventEnvelope decode(byte[] json) {
        if (json == null || json.length == 0) {
            throw new MalformedEnvelopeException("Empty message", null);
        }
        try {
            EventEnvelope envelope = MAPPER.readValue(json, EventEnvelope.class);
            if (envelope == null) {
                throw new MalformedEnvelopeException("Null message", null);
            }
            return envelope;
        } catch (IOException | RuntimeException e) {
            if (e instanceof MalformedEnvelopeException m) {
                throw m;
            }
            throw new MalformedEnvelopeException("Not a valid event envelope: " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Reads the payload as the given event record.
     *
     * @throws MalformedEnvelopeException when the payload does not fit the type
     */
    public static <T> T payload(EventEnvelope envelope, Class<T> type) {
        try {
            return MAPPER.treeToValue(envelope.payload(), type);
        } catch (IOException | RuntimeException e) {
            throw new MalformedEnvelopeException(
                    "Payload of " + envelope.eventType() + " " + envelope.eventId() + " does not fit " + type.getSimpleName(), e);
        }
    }

    /**
     * Serialises any value (an event record) to a JSON tree with the published settings, in the
     * canonical form a reader would parse (so trees compare equal before and after the wire).
     */
    public static JsonNode toTree(Object value) {
        try {
            return MAPPER.readTree(MAPPER.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
