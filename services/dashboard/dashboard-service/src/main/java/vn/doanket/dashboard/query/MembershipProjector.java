package vn.doanket.dashboard.query;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.membership.api.ResidentialAreaRegisteredEvent;
import vn.doanket.messaging.AggregateDocuments;
import vn.doanket.territory.MapView;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.util.List;

/**
 * Applies membership's events to the dashboard's read models: one document per residential
 * area ({@code residential_areas}, idempotent by sequence), then the unit figures of today's
 * map. The roll-up is re-propagated even when the event was a duplicate, so a crash between
 * the two writes converges on redelivery.
 */
@Component
public class MembershipProjector {

    public static final String AREAS = "residential_areas";
    public static final String CURRENT_VIEW = "current";

    private static final Logger log = LoggerFactory.getLogger(MembershipProjector.class);

    private final AggregateDocuments documents;
    private final UnitFigures figures;
    private final Territory territory;

    public MembershipProjector(AggregateDocuments documents, UnitFigures figures, Territory territory) {
        this.documents = documents;
        this.figures = figures;
        this.territory = territory;
    }

    /** Applies one membership event; events of other types are ignored (forward compatibility). */
    public void handle(EventEnvelope envelope) {
        switch (envelope.eventType()) {
            case "ResidentialAreaRegistered" -> registered(envelope,
                    EnvelopeCodec.payload(envelope, ResidentialAreaRegisteredEvent.class));
            default -> log.debug("Ignoring {} {}", envelope.eventType(), envelope.eventId());
        }
    }

    private void registered(EventEnvelope envelope, ResidentialAreaRegisteredEvent event) {
        AggregateDocuments.Outcome outcome = documents.apply(AREAS, envelope, state -> state
                .append("communeCode", event.communeCode())
                .append("name", event.name())
                .append("kind", event.kind().name())
                .append("registeredOn", event.registeredOn().toString())
                .append("active", true));
        place(outcome.state());
    }

    private void place(Document area) {
        String communeCode = area.getString("communeCode");
        LocalDate recordedOn = LocalDate.parse(area.getString("registeredOn"));
        List<String> chain = territory.rollUpChain(communeCode, recordedOn, MapView.current());
        figures.placeResidentialArea(CURRENT_VIEW, area.getString("_id"), area.getBoolean("active", false), chain);
    }
}
