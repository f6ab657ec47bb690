package vn.doanket.axon;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * An upcaster of one event type's JSON payload (ADR 0008: stored events are upcast when read, never rewritten). The
 * subclass says which event class it upcasts and how a payload becomes the current schema; the type and revision
 * stay as stored. Registered as an {@code EventUpcaster} bean, it sits in the event store's upcaster chain, so the
 * aggregate, the processors and the Kafka publisher all read the upcast form.
 */
public abstract class JsonPayloadUpcaster extends SingleEventUpcaster {

    private final String type;

    /** @param eventType the class whose stored payloads are upcast */
    protected JsonPayloadUpcaster(Class<?> eventType) {
        this.type = eventType.getName();
    }

    @Override
    protected final boolean canUpcast(IntermediateEventRepresentation event) {
        return type.equals(event.getType().getName());
    }

    @Override
    protected final IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(type, event.getType().getRevision()), JsonNode.class,
                payload -> upcast(payload, event));
    }

    /**
     * The payload in the current schema; a payload that already has it is returned unchanged.
     *
     * @param payload the stored payload (may be changed in place and returned)
     * @param event   the stored event, for what the payload alone does not say (its timestamp)
     */
    protected abstract JsonNode upcast(JsonNode payload, IntermediateEventRepresentation event);
}
