package vn.doanket.dashboard.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Figures per administrative unit and map view, in collection {@code unit_figures}, one
 * document per (view, unit) with {@code _id = <view>:<unit code>}.
 *
 * <p>Figures are <em>recomputed from exact lower-level state</em>, never blindly incremented:
 * the lowest unit a source is placed in (a residential area in itself; a committee in its area;
 * for a fact recorded under a unit that no longer exists, the unit it became) holds that source's
 * contribution ({@code sources.<id>: {figure: n}}), each parent holds its children's totals
 * ({@code children.<code>: {figure: n}}), and every unit's {@code figures} are {@code $set} from
 * those. So a duplicate event, a crash between writes or a replay converges
 * to the same numbers. Every read and write addresses a document by {@code _id}.
 */
@Component
public class UnitFigures {

    public static final String COLLECTION = "unit_figures";
    public static final String RESIDENTIAL_AREAS = "residentialAreas";
    public static final String FIGURES = "figures";
    static final String SOURCES = "sources";
    static final String CHILDREN = "children";
    /** How often a parent is re-checked against a child that another consumer changed meanwhile. */
    private static final int MAX_CONVERGENCE_ROUNDS = 5;

    private final MongoTemplate mongo;
    private final List<java.util.function.BiConsumer<String, List<String>>> listeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    public UnitFigures(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Calls {@code listener} with the view and the chain of units (lowest first) after each placement. */
    public void onChange(java.util.function.BiConsumer<String, List<String>> listener) {
        listeners.add(listener);
    }

    /** Tells the listeners that a placement along {@code chain} in {@code view} was written (by a batch). */
    public void changed(String view, List<String> chain) {
        listeners.forEach(l -> l.accept(view, chain));
    }

    /**
     * Places a residential area (present or not) in the figures of one view, along the chain
     * of units it rolls up through (lowest first, e.g. area, commune, province, VN).
     */
    public void placeResidentialArea(String view, String areaCode, boolean present, List<String> chain) {
        place(view, areaCode, present ? Map.of(RESIDENTIAL_AREAS, 1L) : Map.of(), chain);
    }

    /**
     * Sets what one source (a residential area, a committee…) contributes to the lowest unit of
     * {@code chain}, then recomputes every unit up the chain. An empty contribution removes the
     * source. Idempotent: placing the same contribution again changes nothing.
     */
    public void place(String view, String sourceId, Map<String, Long> contribution, List<String> chain) {
        if (chain.isEmpty()) {
            return;
        }
        MongoCollection<Document> figures = mongo.getCollection(COLLECTION);
        String leafId = id(view, chain.get(0));
        Document leaf = figures.findOneAndUpdate(Filters.eq("_id", leafId),
                Updates.combine(contribution.isEmpty() ? Updates.unset(SOURCES + "." + sourceId)
                                : Updates.set(SOURCES + "." + sourceId, new Document(new TreeMap<>(contribution))),
                        Updates.setOnInsert("view", view), Updates.setOnInsert("unitCode", chain.get(0))),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        Document totals = totalsOf(leaf);
        figures.updateOne(Filters.eq("_id", leafId), Updates.set(FIGURES, totals));
        for (int i = 1; i < chain.size(); i++) {
            totals = propagate(figures, view, chain.get(i - 1), chain.get(i), totals);
        }
        changed(view, chain);
    }

    /** Writes a child's totals into its parent and returns the parent's new totals. */
    private Document propagate(MongoCollection<Document> figures, String view, String child, String parent,
                               Document childTotals) {
        String parentId = id(view, parent);
        Document written = childTotals;
        Document parentTotals = new Document();
        for (int round = 0; round < MAX_CONVERGENCE_ROUNDS; round++) {
            Document after = figures.findOneAndUpdate(Filters.eq("_id", parentId),
                    Updates.combine(Updates.set(CHILDREN + "." + child, written),
                            Updates.setOnInsert("view", view), Updates.setOnInsert("unitCode", parent)),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            parentTotals = totalsOf(after);
            figures.updateOne(Filters.eq("_id", parentId), Updates.set(FIGURES, parentTotals));
            // another consumer may have changed the child meanwhile: converge on its latest totals
            Document latest = figuresOf(view, child).map(d -> d.get(FIGURES, Document.class)).orElse(new Document());
            if (latest.equals(written)) {
                break;
            }
            written = latest;
        }
        return parentTotals;
    }

    /** The residential-area total of a unit in a view, if it has any figures. */
    public Optional<Long> total(String view, String unitCode) {
        return totals(view, unitCode).map(t -> t.getOrDefault(RESIDENTIAL_AREAS, 0L));
    }

    /** All figures of a unit in a view (figure name → value), if it has any. */
    public Optional<Map<String, Long>> totals(String view, String unitCode) {
        return figuresOf(view, unitCode).map(d -> d.get(FIGURES, Document.class)).map(UnitFigures::asLongs);
    }

    /** The raw figures document of a unit in a view. */
    public Optional<Document> figuresOf(String view, String unitCode) {
        return Optional.ofNullable(mongo.getCollection(COLLECTION).find(Filters.eq("_id", id(view, unitCode))).first());
    }

    /**
     * What a page of a unit needs from one document: its {@code figures} and its children's totals
     * ({@code children}), without the per-source contributions ({@code sources}, which grow with the
     * data). One read by {@code _id} answers the unit and its whole sub-unit table.
     */
    public Optional<Document> pageOf(String view, String unitCode) {
        return Optional.ofNullable(mongo.getCollection(COLLECTION).find(Filters.eq("_id", id(view, unitCode)))
                .projection(com.mongodb.client.model.Projections.include(FIGURES, CHILDREN)).first());
    }

    static String id(String view, String unitCode) {
        return view + ":" + unitCode;
    }

    /** A unit's figures: the sum of its own sources' contributions and its children's totals. */
    static Document totalsOf(Document doc) {
        Map<String, Long> totals = new TreeMap<>();
        for (String field : List.of(SOURCES, CHILDREN)) {
            if (doc != null && doc.get(field) instanceof Map<?, ?> parts) {
                for (Object part : parts.values()) {
                    if (part instanceof Map<?, ?> figures) {
                        figures.forEach((k, v) -> totals.merge(String.valueOf(k), ((Number) v).longValue(), Long::sum));
                    }
                }
            }
        }
        return new Document(new java.util.LinkedHashMap<>(totals));
    }

    private static Map<String, Long> asLongs(Document doc) {
        Map<String, Long> values = new TreeMap<>();
        doc.forEach((k, v) -> values.put(k, ((Number) v).longValue()));
        return values;
    }
}
