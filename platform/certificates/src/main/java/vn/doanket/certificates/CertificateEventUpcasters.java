package vn.doanket.certificates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import vn.doanket.axon.JsonPayloadUpcaster;

/**
 * Upcasters of certificate events stored in an older schema (ADR 0008: stored events are upcast when read, never
 * rewritten). Registered by {@link CertificatesAutoConfiguration} as {@link EventUpcaster} beans, which Axon puts
 * into the event store's upcaster chain: the aggregate, the query processor and the Kafka publisher all read the
 * upcast form.
 */
public final class CertificateEventUpcasters {

    private CertificateEventUpcasters() {
    }

    /**
     * {@code CertificateIssued} v1 → v2: the holder's name ({@code holderName}), which schema 1 carried, is dropped,
     * so an event stored before is never published with it again (a replay of the publisher included) and no handler
     * sees it. The name is not lost: the migration that created {@code certificate_holders}
     * ({@code V202612201000__certificates_holders.sql}) copied it there from the stored events, and the query side
     * reads it from that table (a replay of the query processor too). Events without the field pass unchanged.
     */
    public static final class IssuedV2 extends JsonPayloadUpcaster {

        public IssuedV2() {
            super(CertificateIssuedEvent.class);
        }

        @Override
        protected JsonNode upcast(JsonNode payload, IntermediateEventRepresentation event) {
            return dropHolderName(payload);
        }

        static JsonNode dropHolderName(JsonNode payload) {
            if (payload instanceof ObjectNode node) {
                node.remove("holderName");
            }
            return payload;
        }
    }
}
