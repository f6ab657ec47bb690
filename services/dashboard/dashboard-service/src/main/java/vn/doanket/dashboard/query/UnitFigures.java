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

/**
 * Figures per administrative unit and map view, in collection {@code unit_figures}, one
 * document per (view, unit) with {@code _id = <view>:<unit code>}.
 *
 * <p>Figures are <em>recomputed from exact lower-level state</em>, never blindly incremented:
 * the lowest unit a residential area is placed in (the area itself, or for an area recorded
 * under a unit that no longer exists, the unit it became) holds it in a set
 * ({@code areas.<code>: 1}), each parent holds its children's totals ({@code children.<code>: n}),
 * and every total is {@code $set} from those. So a duplicate event, a crash between writes or a replay converges
 * to the same numbers. Every read and write addresses a document by {@code _id}.
 */
@Component
public class UnitFigures {

    public static final String COLLECTION = "unit_figures";
    public static final String RESIDENTIAL_AREAS = "residentialAreas";
    /** How often a parent is re-checked against a child that another consumer changed meanwhile. */
    private static final int MAX_CONVERGENCE_ROUNDS = 5;

    private final MongoTemplate mongo;

    public UnitFigures(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Places a residential area (present or not) in the figures of one view, along the chain
     * of units it rolls up through (lowest first, e.g. commune, province, VN).
     */
    public void placeResidentialArea(String view, String areaCode, boolean present, List<String> chain) {
        if (chain.isEmpty()) {
            return;
        }
        MongoCollection<Document> figures = mongo.getCollection(COLLECTION);
        String leafId = id(view, chain.get(0));
        Document leaf = figures.findOneAndUpdate(Filters.eq("_id", leafId),
                Updates.combine(present ? Updates.set("areas." + areaCode, 1) : Updates.unset("areas." + areaCode),
                        Updates.setOnInsert("view", view), Updates.setOnInsert("unitCode", chain.get(0))),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        long total = totalOf(leaf);
        figures.updateOne(Filters.eq("_id", leafId), Updates.set(RESIDENTIAL_AREAS, total));
        for (int i = 1; i < chain.size(); i++) {
            total = propagate(figures, view, chain.get(i - 1), chain.get(i), total);
        }
    }

    /** Writes a child's total into its parent and returns the parent's new total. */
    private long propagate(MongoCollection<Document> figures, String view, String child, String parent, long childTotal) {
        String parentId = id(view, parent);
        long written = childTotal;
        long parentTotal = 0;
        for (int round = 0; round < MAX_CONVERGENCE_ROUNDS; round++) {
            Document after = figures.findOneAndUpdate(Filters.eq("_id", parentId),
                    Updates.combine(Updates.set("children." + child, written),
                            Updates.setOnInsert("view", view), Updates.setOnInsert("unitCode", parent)),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            parentTotal = totalOf(after);
            figures.updateOne(Filters.eq("_id", parentId), Updates.set(RESIDENTIAL_AREAS, parentTotal));
            // another consumer may have changed the child meanwhile: converge on its latest total
            long latest = total(view, child).orElse(0L);
            if (latest == written) {
                break;
            }
            written = latest;
        }
        return parentTotal;
    }

    /** The residential-area total of a unit in a view, if it has any figures. */
    public Optional<Long> total(String view, String unitCode) {
        return figuresOf(view, unitCode).map(d -> d.get(RESIDENTIAL_AREAS, Number.class)).map(Number::longValue);
    }

    /** The raw figures document of a unit in a view. */
    public Optional<Document> figuresOf(String view, String unitCode) {
        return Optional.ofNullable(mongo.getCollection(COLLECTION).find(Filters.eq("_id", id(view, unitCode))).first());
    }

    static String id(String view, String unitCode) {
        return view + ":" + unitCode;
    }

    /** Residential areas of a unit: those placed directly in it plus its children's totals. */
    private static long totalOf(Document doc) {
        return sizeOf(doc, "areas") + sumOf(doc, "children");
    }

    private static long sizeOf(Document doc, String field) {
        Object value = doc == null ? null : doc.get(field);
        return value instanceof Map<?, ?> map ? map.size() : 0;
    }

    private static long sumOf(Document doc, String field) {
        Object value = doc == null ? null : doc.get(field);
        long sum = 0;
        if (value instanceof Map<?, ?> map) {
            for (Object v : map.values()) {
                if (v instanceof Number n) {
                    sum += n.longValue();
                }
            }
        }
        return sum;
    }
}
