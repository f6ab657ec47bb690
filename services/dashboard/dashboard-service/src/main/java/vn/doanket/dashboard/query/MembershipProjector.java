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
        String areaCode = area.getString("_id");
        LocalDate recordedOn = LocalDate.parse(area.getString("registeredOn"));
        // an area under a commune of today's map is a unit of its own (its committee opens it);
        // one recorded under a unit that no longer exists counts through that unit's lineage
        String leaf = attach(area) ? areaCode : area.getString("communeCode");
        List<String> chain = territory.rollUpChain(leaf, recordedOn, MapView.current());
        figures.placeResidentialArea(CURRENT_VIEW, areaCode, area.getBoolean("active", false), chain);
    }

    /**
     * Places a residential area in this service's territory tree (idempotent).
     *
     * @return whether the area is a unit of today's map
     */
    private boolean attach(Document area) {
        String areaCode = area.getString("_id");
        String communeCode = area.getString("communeCode");
        LocalDate registeredOn = LocalDate.parse(area.getString("registeredOn"));
        if (territory.unit(areaCode, registeredOn).isPresent()) {
            return true;
        }
        if (!territory.isCurrentCommune(communeCode)) {
            return false;
        }
        try {
            territory.attachResidentialArea(areaCode, communeCode, area.getString("name"), registeredOn);
            return true;
        } catch (IllegalArgumentException | IllegalStateException notPlaceable) {
            log.warn("Residential area {} cannot be placed under {}: {}", areaCode, communeCode, notPlaceable.getMessage());
            return false;
        }
    }

    /** Before consuming, places the areas already in the read model (the territory tree lives in memory). */
    @jakarta.annotation.PostConstruct
    void placeKnownAreas() {
        int placed = 0;
        for (Document area : documents.all(AREAS)) {
            if (attach(area)) {
                placed++;
            }
        }
        if (placed > 0) {
            log.info("Placed {} residential areas in the territory tree", placed);
        }
    }
}
