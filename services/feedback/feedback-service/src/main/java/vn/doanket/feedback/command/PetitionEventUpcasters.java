package vn.doanket.feedback.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import vn.doanket.axon.JsonPayloadUpcaster;
import vn.doanket.feedback.api.HandlingLevel;
import vn.doanket.feedback.api.PetitionClassifiedEvent;
import vn.doanket.feedback.api.PetitionReceivedEvent;
import vn.doanket.territory.Territory;

import java.time.LocalDate;

/**
 * Upcasters for petition events stored before the command handlers recorded their decisions (ADR 0008): they
 * fill the handling level and unit that {@code PetitionReceived} (schema 3) and {@code PetitionClassified}
 * (schema 2) now carry, and the (empty) provenance of {@code PetitionReceived} (schema 4), deterministically, from the event's own data and, where a map is needed, the map as of
 * the event's own day — never today's map. Events that already carry the fields pass through unchanged. Axon's
 * Spring Boot configuration registers every {@link EventUpcaster} bean in the event store's upcaster chain, so
 * aggregates, projections and the Kafka publisher all read the upcast form.
 */
public final class PetitionEventUpcasters {

    private PetitionEventUpcasters() {
    }

    /** {@code PetitionReceived} v1/v2 → v3: the first level and unit follow from the unit code alone. */
    public static final class ReceivedV3 extends JsonPayloadUpcaster {

        public ReceivedV3() {
            super(PetitionReceivedEvent.class);
        }

        @Override
        protected JsonNode upcast(JsonNode payload, IntermediateEventRepresentation event) {
            return fill(payload);
        }

        static JsonNode fill(JsonNode payload) {
            if (!(payload instanceof ObjectNode node) || hasValue(node, "handlingLevel") && hasValue(node, "handlingUnit")
                    || !hasValue(node, "unitCode")) {
                return payload;
            }
            String unit = node.get("unitCode").asText();
            node.put("handlingLevel", FeedbackRules.initialLevel(unit).name());
            node.put("handlingUnit", FeedbackRules.initialHandlingUnit(unit));
            return node;
        }
    }

    /**
     * {@code PetitionReceived} v1–v3 → v4: no provenance was recorded before version 4 (no petition came from another
     * context's events), so an event without the field reads {@code "provenance": null}, explicitly. Events that
     * have the field pass through unchanged.
     */
    public static final class ReceivedV4 extends JsonPayloadUpcaster {

        public ReceivedV4() {
            super(PetitionReceivedEvent.class);
        }

        @Override
        protected JsonNode upcast(JsonNode payload, IntermediateEventRepresentation event) {
            return fill(payload);
        }

        static JsonNode fill(JsonNode payload) {
            if (payload instanceof ObjectNode node && !node.has("provenance")) {
                node.putNull("provenance");
            }
            return payload;
        }
    }

    /**
     * {@code PetitionClassified} v1 → v2: the Front's unit at the classified level, on the map as of the day the
     * event was stored (its timestamp, Vietnam time). Left empty when no unit can be found; the aggregate then
     * keeps the unit it had (documented fallback).
     */
    public static final class ClassifiedV2 extends JsonPayloadUpcaster {

        private final FeedbackRules rules;

        public ClassifiedV2(FeedbackRules rules) {
            super(PetitionClassifiedEvent.class);
            this.rules = rules;
        }

        @Override
        protected JsonNode upcast(JsonNode payload, IntermediateEventRepresentation event) {
            return fill(payload, event.getTimestamp().atZone(Territory.ZONE).toLocalDate());
        }

        JsonNode fill(JsonNode payload, LocalDate day) {
            if (!(payload instanceof ObjectNode node) || hasValue(node, "handlingUnit") || !hasValue(node, "unitCode")
                    || !hasValue(node, "level")) {
                return payload;
            }
            HandlingLevel level = HandlingLevel.valueOf(node.get("level").asText());
            rules.handlingUnitAsOf(node.get("unitCode").asText(), level, day)
                    .ifPresent(unit -> node.put("handlingUnit", unit));
            return node;
        }
    }

    private static boolean hasValue(ObjectNode node, String field) {
        return node.hasNonNull(field);
    }
}
