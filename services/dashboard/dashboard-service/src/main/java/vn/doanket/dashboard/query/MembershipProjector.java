package vn.doanket.dashboard.query;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.events.UnitCode;
import vn.doanket.membership.api.MemberAppointedEvent;
import vn.doanket.membership.api.MemberDismissedEvent;
import vn.doanket.membership.api.MemberPositionChangedEvent;
import vn.doanket.membership.api.ResidentialAreaMergedEvent;
import vn.doanket.membership.api.ResidentialAreaRegisteredEvent;
import vn.doanket.membership.api.ResidentialAreaSplitEvent;
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
    private final SourcePlacements placements;
    /** Places again a source of another projector that waited for a residential area (collection, id). */
    private java.util.function.BiConsumer<String, String> waitingSources = (collection, id) -> { };

    public MembershipProjector(AggregateDocuments documents, UnitFigures figures, Territory territory) {
        this(documents, figures, territory, new DatedFigures(figures, territory));
    }

    @org.springframework.beans.factory.annotation.Autowired
    public MembershipProjector(AggregateDocuments documents, UnitFigures figures, Territory territory, DatedFigures dated) {
        this.documents = documents;
        this.figures = figures;
        this.territory = territory;
        this.dated = dated;
        this.placements = new SourcePlacements(documents, figures, dated);
    }

    private vn.doanket.membership.territory.MembershipTerritoryApplier territoryFeed;

    /**
     * Applies residential areas' registrations, mergers and splits to the territory tree through the territory feed's
     * applier before placing their figures (the feed may not have seen them yet); null: the tree as it is.
     */
    public void followTerritory(vn.doanket.membership.territory.MembershipTerritoryApplier applier) {
        this.territoryFeed = applier;
    }

    /** Who places again the sources of other projectors that waited for a residential area this projector placed. */
    public void onAreaPlaced(java.util.function.BiConsumer<String, String> placeAgain) {
        this.waitingSources = placeAgain;
    }

    /** Applies one membership event; events of other types are ignored (forward compatibility). */
    public void handle(EventEnvelope envelope) {
        if (territoryFeed != null && envelope.eventType().startsWith("ResidentialArea")) {
            territoryFeed.apply(envelope);
        }
        switch (envelope.eventType()) {
            case "ResidentialAreaRegistered" -> registered(envelope,
                    EnvelopeCodec.payload(envelope, ResidentialAreaRegisteredEvent.class));
            case "ResidentialAreaMerged" -> {
                ResidentialAreaMergedEvent e = EnvelopeCodec.payload(envelope, ResidentialAreaMergedEvent.class);
                ended(envelope, e.mergedOn());
            }
            case "ResidentialAreaSplit" -> {
                ResidentialAreaSplitEvent e = EnvelopeCodec.payload(envelope, ResidentialAreaSplitEvent.class);
                ended(envelope, e.splitOn());
            }
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
        place(outcome.state(), outcome.applied() ? List.of(event.registeredOn()) : null);
        if (territory.unit(event.areaCode(), event.registeredOn()).isPresent()) {
            // the committees and petitions that came before the area counted through its commune: now under it
            placements.waiting(event.areaCode()).forEach((id, collection) -> {
                if (COMMITTEES.equals(collection)) {
                    documents.find(COMMITTEES, id).ifPresent(c -> placeCommittee(c, null));
                } else {
                    waitingSources.accept(collection, id);
                }
            });
        }
    }

    /** A residential area merged or split away: from that day it is no longer in force (its facts stay). */
    private void ended(EventEnvelope envelope, LocalDate endedOn) {
        AggregateDocuments.Outcome outcome = documents.apply(AREAS, envelope, state -> {
            if (!state.containsKey("registeredOn")) {
                return state; // its registration has not arrived: nothing to end yet
            }
            List<Document> timeline = DatedFigures.timeline(state);
            timeline.add(new Document(DatedFigures.ON, endedOn.toString()).append(DatedFigures.CONTRIBUTION, new Document()));
            return state.append("active", false).append("endedOn", endedOn.toString()).append(DatedFigures.TIMELINE, timeline);
        });
        if (outcome.state().containsKey("registeredOn")) {
            place(outcome.state(), outcome.applied() ? List.of(endedOn) : null);
            // what was counted in the area (its committees, petitions under it) follows its lineage from now on
            String areaCode = outcome.state().getString("_id");
            figures.figuresOf(CURRENT_VIEW, areaCode).map(d -> d.get("sources", Document.class)).ifPresent(sources -> {
                for (String id : List.copyOf(sources.keySet())) {
                    if (id.equals(areaCode)) {
                        continue;
                    }
                    java.util.Optional<Document> committee = documents.find(COMMITTEES, id);
                    if (committee.isPresent()) {
                        placeCommittee(committee.get(), null);
                    } else {
                        waitingSources.accept(vn.doanket.dashboard.query.FeedbackProjector.PETITIONS, id);
                    }
                }
            });
        }
    }

    private void committee(EventEnvelope envelope, LocalDate on, java.util.function.UnaryOperator<Document> change) {
        AggregateDocuments.Outcome outcome = documents.apply(COMMITTEES, envelope,
                c -> {
                    Document changed = change.apply(c);
                    return DatedFigures.record(changed, on, contribution(changed));
                });
        placeCommittee(outcome.state(), outcome.applied() ? List.of(on) : null);
    }

    /**
     * Places a committee where its residential area counts: in the area once this service has placed it (on
     * today's map when the area is on it, else through the area's lineage), else through the commune its area
     * code starts with, waiting for the area.
     */
    private void placeCommittee(Document committee, List<LocalDate> changedDays) {
        String areaCode = committee.getString("areaCode");
        LocalDate recordedOn = LocalDate.parse(committee.getString("establishedOn"));
        LocalDate today = territory.today();
        String leaf;
        LocalDate leafOn;
        List<vn.doanket.territory.AdministrativeUnit> versions = territory.versions(areaCode);
        if (territory.unit(areaCode, today).isPresent()) {
            leaf = areaCode;
            leafOn = today;
        } else if (!versions.isEmpty()) {
            leaf = areaCode; // an area that ended: through its lineage, from a day it was in force
            LocalDate from = versions.get(0).validFrom();
            leafOn = DatedFigures.countedOn(territory, areaCode, recordedOn.isBefore(from) ? from : recordedOn);
        } else {
            leaf = UnitCode.communeOf(areaCode);
            leafOn = DatedFigures.countedOn(territory, leaf, recordedOn);
        }
        placements.place(COMMITTEES, committee, leaf, leafOn, contribution(committee), changedDays);
        if (versions.isEmpty()) {
            placements.waitFor(areaCode, COMMITTEES, committee.getString("_id"));
        }
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

    private void place(Document area, List<LocalDate> changedDays) {
        String areaCode = area.getString("_id");
        LocalDate recordedOn = LocalDate.parse(area.getString("registeredOn"));
        // an area under a commune of today's map is a unit of its own (its committee opens it);
        // one recorded under a unit that no longer exists counts through that unit's lineage
        String leaf = attach(area) ? areaCode : area.getString("communeCode");
        // under a commune a decision had already closed: through its lineage, like the commune's own facts
        LocalDate leafOn = DatedFigures.countedOn(territory, leaf, recordedOn);
        placements.place(AREAS, area, leaf, leafOn,
                area.getBoolean("active", false) ? java.util.Map.of(UnitFigures.RESIDENTIAL_AREAS, 1L) : java.util.Map.of(),
                changedDays);
    }

    /**
     * Places a residential area in this service's territory tree (idempotent).
     *
     * @return whether the area is a unit of the territory tree (today's map, or the map of its day)
     */
    private boolean attach(Document area) {
        String areaCode = area.getString("_id");
        String communeCode = area.getString("communeCode");
        LocalDate registeredOn = LocalDate.parse(area.getString("registeredOn"));
        if (territory.unit(areaCode, registeredOn).isPresent()) {
            return true;
        }
        if (!territory.unit(communeCode, registeredOn).map(u -> u.level() == vn.doanket.territory.Level.COMMUNE).orElse(false)) {
            return false;
        }
        try {
            // under the commune of that day; when a reorganisation closed it since, the area moved with it
            territory.attachResidentialAreaThroughLineage(areaCode, communeCode, area.getString("name"), registeredOn);
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
