package vn.doanket.dashboard.query;

import org.bson.Document;
import vn.doanket.messaging.AggregateDocuments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each source (a residential area, a committee, a petition) is counted, kept in the source's own document
 * ({@value #PLACED_AT}: view → the chain of units it was placed along, lowest first), so that a source is counted
 * at exactly one unit of every view whatever the order of the events.
 *
 * <p>A source's lowest unit can change between two of its events: a committee or a petition under a residential
 * area this service has not placed yet counts through the area's commune, and through the area once it is known;
 * an area or a fact recorded under a unit that a reorganisation later closed follows the lineage. Without a record
 * of where the source was counted, the new placement would add it at the new unit while the old unit kept it: the
 * overcount seen when areas and their committees were registered in a burst (their events come on different
 * partitions, in any order). So a placement first takes the source out of every chain it was placed along before,
 * when that differs, then places it on the new chains, and records them.
 *
 * <p>A source counted through a commune because its area was not known yet waits for the area
 * ({@value #WAITLIST}, one small document per area, {@value #MAX_WAITING} sources at most): when the area is
 * placed, the waiting sources are placed again, under it.
 */
public final class SourcePlacements {

    /** Field of a source document: view → chain it is counted along. */
    public static final String PLACED_AT = "placedAt";
    /** Sources counted through a commune while waiting for their residential area, by area code. */
    public static final String WAITLIST = "area_waitlist";
    /** At most so many sources wait for one area (a code membership never publishes); the others stay at the commune. */
    static final int MAX_WAITING = 1000;

    private final AggregateDocuments documents;
    private final UnitFigures figures;
    private final DatedFigures dated;

    public SourcePlacements(AggregateDocuments documents, UnitFigures figures, DatedFigures dated) {
        this.documents = documents;
        this.figures = figures;
        this.dated = dated;
    }

    /**
     * Places a source on today's map and on the dated views along the chains of {@code leaf} as recorded on
     * {@code leafOn}; first takes it out of the chains it was counted along before when they differ.
     *
     * @param collection   the source's collection
     * @param source       its document (with its timeline and its former placement)
     * @param leaf         the lowest unit it counts in
     * @param leafOn       the day the leaf is read on
     * @param contribution its contribution to today's figures
     * @param changedDays  the days whose periods changed, or null to place every period again
     */
    public void place(String collection, Document source, String leaf, LocalDate leafOn,
                      Map<String, Long> contribution, Collection<LocalDate> changedDays) {
        String id = source.getString("_id");
        Map<String, List<String>> now = dated.chains(leaf, leafOn);
        Map<String, List<String>> was = placedAt(source);
        Collection<LocalDate> days = changedDays;
        if (was != null && !was.equals(now)) {
            List<String> current = was.get(DatedFigures.CURRENT);
            if (current != null) {
                figures.place(DatedFigures.CURRENT, id, Map.of(), current);
            }
            dated.remove(id, was, source);
            days = null; // every period anew on the new chains
        }
        List<String> current = now.get(DatedFigures.CURRENT);
        if (current != null) {
            figures.place(DatedFigures.CURRENT, id, contribution, current);
        }
        dated.place(id, now, source, days);
        if (!now.equals(was)) {
            Document chains = new Document();
            now.forEach(chains::append);
            documents.update(collection, id, d -> d.append(PLACED_AT, chains));
        }
    }

    /** The chains a source was counted along (view → chain), or null if it was never placed. */
    @SuppressWarnings("unchecked")
    static Map<String, List<String>> placedAt(Document source) {
        Document placed = source.get(PLACED_AT, Document.class);
        if (placed == null) {
            return null;
        }
        Map<String, List<String>> chains = new LinkedHashMap<>();
        placed.forEach((view, chain) -> chains.put(view, new ArrayList<>((List<String>) chain)));
        return chains;
    }

    /** Notes that a source counted through a commune waits for its residential area. */
    public void waitFor(String areaCode, String collection, String sourceId) {
        Document list = documents.find(WAITLIST, areaCode).orElse(null);
        Document sources = list == null ? null : list.get("sources", Document.class);
        if (sources != null && (sources.containsKey(sourceId) || sources.size() >= MAX_WAITING)) {
            return;
        }
        documents.update(WAITLIST, areaCode, d -> {
            Document waiting = d.get("sources", Document.class);
            waiting = waiting == null ? new Document() : waiting;
            waiting.put(sourceId, collection);
            return d.append("sources", waiting);
        });
    }

    /**
     * The sources that waited for a residential area (id → collection), to be placed again under it. The list is kept,
     * not emptied: the area's registration places them again every time it is applied, a redelivered duplicate
     * included, so a batch that crashed after writing its aggregate documents and before its figures cannot leave a
     * waiting source counted at the commune for good. It stays bounded: sources are added only while the area is
     * unknown ({@value #MAX_WAITING} at most), and placing a source again is idempotent.
     */
    public Map<String, String> waiting(String areaCode) {
        Document list = documents.find(WAITLIST, areaCode).orElse(null);
        Document sources = list == null ? null : list.get("sources", Document.class);
        if (sources == null || sources.isEmpty()) {
            return Map.of();
        }
        Map<String, String> waiting = new LinkedHashMap<>();
        sources.forEach((id, collection) -> waiting.put(id, String.valueOf(collection)));
        return waiting;
    }
}
