package vn.doanket.dashboard.query;

import org.bson.Document;
import vn.doanket.context.ContextProjection;
import vn.doanket.events.EventEnvelope;
import vn.doanket.events.UnitCode;
import vn.doanket.messaging.AggregateDocuments;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Applies a plugged context's events ({@link ContextProjection}) to the dashboard exactly as the built-in projectors
 * do: one document per aggregate (idempotent by sequence), its dated contribution as a timeline, placed on every map
 * along the chain of the unit it is recorded under (through the lineage when a reorganisation has since closed that
 * unit; through the commune, waiting for the area, when a residential area is not placed yet).
 */
public final class PluggedProjector {

    private final ContextProjection projection;
    private final AggregateDocuments documents;
    private final Territory territory;
    private final SourcePlacements placements;

    public PluggedProjector(ContextProjection projection, AggregateDocuments documents, UnitFigures figures,
                            DatedFigures dated, Territory territory) {
        this.projection = projection;
        this.documents = documents;
        this.territory = territory;
        this.placements = new SourcePlacements(documents, figures, dated);
    }

    public ContextProjection projection() {
        return projection;
    }

    /** Applies one event of the context (ignored when the projection names no collection for it). */
    public void handle(EventEnvelope envelope) {
        String collection = projection.collection(envelope);
        if (collection == null) {
            return;
        }
        List<LocalDate> before = new ArrayList<>();
        AggregateDocuments.Outcome outcome = documents.apply(collection, envelope, doc -> {
            DatedFigures.timeline(doc).forEach(entry -> before.add(LocalDate.parse(entry.getString(DatedFigures.ON))));
            projection.apply(doc, envelope);
            doc.put(DatedFigures.TIMELINE, timeline(projection.timeline(doc)));
            return doc;
        });
        place(collection, outcome.state(), outcome.applied() ? days(before, outcome.state()) : null);
    }

    /** Places a source again (it waited for its residential area, which is now placed). */
    public void placeAgain(String collection, String id) {
        documents.find(collection, id).ifPresent(d -> place(collection, d, null));
    }

    private void place(String collection, Document source, List<LocalDate> changedDays) {
        ContextProjection.Placement placement = projection.placement(source);
        if (placement == null || placement.unitCode() == null || placement.recordedOn() == null) {
            return;
        }
        String unitCode = placement.unitCode();
        LocalDate today = territory.today();
        String leaf = unitCode;
        LocalDate leafOn;
        boolean waitsForArea = false;
        if (territory.unit(unitCode, today).isPresent()) {
            leafOn = today;
        } else {
            if (UnitCode.isArea(unitCode) && territory.versions(unitCode).isEmpty()) {
                leaf = UnitCode.communeOf(unitCode);
                waitsForArea = true;
            }
            leafOn = DatedFigures.countedOn(territory, leaf, placement.recordedOn());
        }
        placements.place(collection, source, leaf, leafOn, contributionAt(source, today), changedDays);
        if (waitsForArea) {
            placements.waitFor(unitCode, collection, source.getString("_id"));
        }
    }

    /** The contribution of a source at the end of {@code day}: its last timeline entry on or before it. */
    static Map<String, Long> contributionAt(Document source, LocalDate day) {
        Map<String, Long> at = Map.of();
        for (Document entry : DatedFigures.timeline(source)) {
            if (LocalDate.parse(entry.getString(DatedFigures.ON)).isAfter(day)) {
                break;
            }
            Map<String, Long> values = new java.util.TreeMap<>();
            Document figures = entry.get(DatedFigures.CONTRIBUTION, Document.class);
            if (figures != null) {
                figures.forEach((k, v) -> values.put(k, ((Number) v).longValue()));
            }
            at = values;
        }
        return at;
    }

    private static List<Document> timeline(SortedMap<LocalDate, Map<String, Long>> timeline) {
        List<Document> entries = new ArrayList<>(timeline.size());
        timeline.forEach((on, contribution) -> {
            Document figures = new Document();
            new java.util.TreeMap<>(contribution).forEach((k, v) -> {
                if (v != null && v != 0L) {
                    figures.append(k, v);
                }
            });
            entries.add(new Document(DatedFigures.ON, on.toString()).append(DatedFigures.CONTRIBUTION, figures));
        });
        return entries;
    }

    private static List<LocalDate> days(List<LocalDate> before, Document source) {
        TreeSet<LocalDate> days = new TreeSet<>(before);
        DatedFigures.timeline(source).forEach(e -> days.add(LocalDate.parse(e.getString(DatedFigures.ON))));
        return new ArrayList<>(days);
    }
}
