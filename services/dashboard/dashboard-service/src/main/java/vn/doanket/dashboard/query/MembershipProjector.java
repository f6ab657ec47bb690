package vn.doanket.dashboard.query;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.membership.api.MemberAppointedEvent;
import vn.doanket.membership.api.MemberDismissedEvent;
import vn.doanket.membership.api.MemberPositionChangedEvent;
import vn.doanket.membership.api.ResidentialAreaRegisteredEvent;
import vn.doanket.membership.api.WorkCommitteeConsolidatedEvent;
import vn.doanket.membership.api.WorkCommitteeDissolvedEvent;
import vn.doanket.membership.api.WorkCommitteeEstablishedEvent;
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
    public static final String COMMITTEES = "work_committees";
    public static final String CURRENT_VIEW = "current";

    private static final Logger log = LoggerFactory.getLogger(MembershipProjector.class);

    private final AggregateDocuments documents;
    private final UnitFigures figures;
    private final Territory territory;
    private final DatedFigures dated;

    public MembershipProjector(AggregateDocuments documents, UnitFigures figures, Territory territory) {
        this(documents, figures, territory, new DatedFigures(figures, territory));
    }

    @org.springframework.beans.factory.annotation.Autowired
    public MembershipProjector(AggregateDocuments documents, UnitFigures figures, Territory territory, DatedFigures dated) {
        this.documents = documents;
        this.figures = figures;
        this.territory = territory;
        this.dated = dated;
    }

    /** Applies one membership event; events of other types are ignored (forward compatibility). */
    public void handle(EventEnvelope envelope) {
        switch (envelope.eventType()) {
            case "ResidentialAreaRegistered" -> registered(envelope,
                    EnvelopeCodec.payload(envelope, ResidentialAreaRegisteredEvent.class));
            case "WorkCommitteeEstablished" -> {
                WorkCommitteeEstablishedEvent e = EnvelopeCodec.payload(envelope, WorkCommitteeEstablishedEvent.class);
                committee(envelope, e.establishedOn(), c -> c.append("areaCode", e.areaCode()).append("termStart", e.termStart().toString())
                        .append("establishedOn", e.establishedOn().toString()).append("plannedDeputies", e.plannedDeputies())
                        .append("minimumSize", e.minimumSize()).append("holdings", new Document()).append("dissolved", false));
            }
            case "MemberAppointed" -> {
                MemberAppointedEvent e = EnvelopeCodec.payload(envelope, MemberAppointedEvent.class);
                committee(envelope, e.appointedOn(), c -> {
                    holdings(c, e.personId()).put(e.position().name(), e.representing().name());
                    return c;
                });
            }
            case "MemberPositionChanged" -> {
                MemberPositionChangedEvent e = EnvelopeCodec.payload(envelope, MemberPositionChangedEvent.class);
                committee(envelope, e.changedOn(), c -> {
                    Document person = holdings(c, e.personId());
                    Object organisation = person.remove(e.from().name());
                    person.put(e.to().name(), organisation);
                    return c;
                });
            }
            case "MemberDismissed" -> {
                MemberDismissedEvent e = EnvelopeCodec.payload(envelope, MemberDismissedEvent.class);
                committee(envelope, e.dismissedOn(), c -> {
                    holdings(c, e.personId()).remove(e.position().name());
                    if (holdings(c, e.personId()).isEmpty()) {
                        c.get("holdings", Document.class).remove(e.personId());
                    }
                    return c;
                });
            }
            case "WorkCommitteeConsolidated" -> {
                WorkCommitteeConsolidatedEvent e = EnvelopeCodec.payload(envelope, WorkCommitteeConsolidatedEvent.class);
                committee(envelope, e.consolidatedOn(), c -> c.append("consolidatedOn", e.consolidatedOn().toString()));
            }
            case "WorkCommitteeDissolved" -> {
                WorkCommitteeDissolvedEvent e = EnvelopeCodec.payload(envelope, WorkCommitteeDissolvedEvent.class);
                committee(envelope, e.dissolvedOn(), c -> c.append("dissolved", true));
            }
            default -> log.debug("Ignoring {} {}", envelope.eventType(), envelope.eventId());
        }
    }

    private void registered(EventEnvelope envelope, ResidentialAreaRegisteredEvent event) {
        AggregateDocuments.Outcome outcome = documents.apply(AREAS, envelope, state -> state
                .append("communeCode", event.communeCode())
                .append("name", event.name())
                .append("kind", event.kind().name())
                .append("registeredOn", event.registeredOn().toString())
                .append("active", true)
                .append(DatedFigures.TIMELINE, List.of(new Document(DatedFigures.ON, event.registeredOn().toString())
                        .append(DatedFigures.CONTRIBUTION, new Document(UnitFigures.RESIDENTIAL_AREAS, 1L)))));
        place(outcome.state());
    }

    private void committee(EventEnvelope envelope, LocalDate on, java.util.function.UnaryOperator<Document> change) {
        AggregateDocuments.Outcome outcome = documents.apply(COMMITTEES, envelope,
                c -> {
                    Document changed = change.apply(c);
                    return DatedFigures.record(changed, on, contribution(changed));
                });
        Document committee = outcome.state();
        String areaCode = committee.getString("areaCode");
        LocalDate recordedOn = LocalDate.parse(committee.getString("establishedOn"));
        // on today's map a committee counts where its residential area is today (when this service has
        // placed the area), else through the commune its area code starts with, as recorded
        LocalDate today = territory.today();
        boolean placedArea = territory.unit(areaCode, today).isPresent();
        String leaf = placedArea ? areaCode : areaCode.substring(0, 5);
        LocalDate leafOn = placedArea ? today : DatedFigures.countedOn(territory, leaf, recordedOn);
        List<String> chain = territory.rollUpChain(leaf, leafOn, MapView.current());
        figures.place(CURRENT_VIEW, committee.getString("_id"), contribution(committee), chain);
        dated.place(committee.getString("_id"), leaf, leafOn, committee, outcome.applied() ? List.of(on) : null);
    }

    /** What a committee adds to its unit's figures; nothing once dissolved. */
    static java.util.Map<String, Long> contribution(Document committee) {
        if (committee.getBoolean("dissolved", false)) {
            return java.util.Map.of();
        }
        Document holdings = committee.get("holdings", Document.class);
        long members = holdings.size();
        long heads = holdings.values().stream().filter(p -> ((Document) p).containsKey("HEAD")).count();
        long deputies = holdings.values().stream().filter(p -> ((Document) p).containsKey("DEPUTY")).count();
        long missingDeputies = Math.max(0, committee.getInteger("plannedDeputies") - deputies);
        long missingMembers = Math.max(0, committee.getInteger("minimumSize") - members);
        long withoutHead = heads == 0 ? 1 : 0;
        return java.util.Map.of(
                "committees", 1L,
                "members", members,
                "heads", heads,
                "deputies", deputies,
                "committeesWithoutHead", withoutHead,
                "vacancies", withoutHead + missingDeputies + missingMembers);
    }

    private static Document holdings(Document committee, String personId) {
        Document all = committee.get("holdings", Document.class);
        Document person = all.get(personId, Document.class);
        if (person == null) {
            person = new Document();
            all.put(personId, person);
        }
        return person;
    }

    private void place(Document area) {
        String areaCode = area.getString("_id");
        LocalDate recordedOn = LocalDate.parse(area.getString("registeredOn"));
        // an area under a commune of today's map is a unit of its own (its committee opens it);
        // one recorded under a unit that no longer exists counts through that unit's lineage
        String leaf = attach(area) ? areaCode : area.getString("communeCode");
        // under a commune a decision had already closed: through its lineage, like the commune's own facts
        LocalDate leafOn = DatedFigures.countedOn(territory, leaf, recordedOn);
        List<String> chain = territory.rollUpChain(leaf, leafOn, MapView.current());
        figures.placeResidentialArea(CURRENT_VIEW, areaCode, area.getBoolean("active", false), chain);
        dated.place(areaCode, leaf, leafOn, area, null);
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
