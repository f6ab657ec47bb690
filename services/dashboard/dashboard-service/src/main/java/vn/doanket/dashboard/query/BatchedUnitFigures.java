package vn.doanket.dashboard.query;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Unit figures for a batch of events ({@link EventBatch}, live and rebuild alike): the same
 * documents and the same arithmetic as {@link UnitFigures}, but the placements of the batch are
 * recorded, and at {@link #flush()} (or the first read) every document they touch is read at once
 * ({@code _id $in}, {@value #CHUNK} ids a query, answered from the {@code _id} index on the
 * stand-in too), the placements are replayed in order in memory, and the changed documents are
 * written with one unordered bulk write (a batch touches the nation and province documents hundreds of times and
 * writes them once). Of a stored document only the fields the batch changed are written
 * ({@code $set}/{@code $unset} of {@code sources.<id>}, {@code children.<code>} and {@code figures}),
 * never the whole document, so a source placed by another writer is not overwritten; a document
 * that was not stored when the batch read it is inserted whole, as no other batch writes the
 * database meanwhile. Not thread-safe: one per batch, and
 * {@link EventBatch} keeps two batches on the same database from interleaving.
 */
public class BatchedUnitFigures extends UnitFigures {

    /** Ids per {@code $in} query. */
    static final int CHUNK = 1000;

    private final MongoTemplate mongo;
    private final Map<String, Document> cache = new HashMap<>();
    /** The documents in memory that were not stored when read. */
    private final Set<String> created = new HashSet<>();
    /** The running totals of the documents in memory (id → totals). */
    private final Map<String, Totals> running = new HashMap<>();
    /** The placements recorded and not yet computed, in order. */
    private final List<Pending> pending = new ArrayList<>();
    /** Per dirty document: field path → set (true) or unset (false), in first-touch order. */
    private final Map<String, Map<String, Boolean>> dirty = new LinkedHashMap<>();
    /** The (view, chain) placements since the last flush, for change notifications. */
    private final Set<Placement> placements = new LinkedHashSet<>();

    /** A view and the chain of units (lowest first) a placement went through. */
    public record Placement(String view, List<String> chain) {
    }

    /** A recorded placement. */
    private record Pending(String view, String sourceId, Map<String, Long> contribution, List<String> chain) {
    }

    public BatchedUnitFigures(MongoTemplate mongo) {
        super(mongo);
        this.mongo = mongo;
    }

    @Override
    public void place(String view, String sourceId, Map<String, Long> contribution, List<String> chain) {
        if (chain.isEmpty()) {
            return;
        }
        pending.add(new Pending(view, sourceId, new TreeMap<>(contribution), List.copyOf(chain)));
    }

    /** Reads every document the recorded placements touch that is not in memory yet, then computes them in order. */
    private void resolve() {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, Pending> missing = new LinkedHashMap<>(); // id → a placement that needs it
        for (Pending p : pending) {
            for (String unit : p.chain()) {
                String id = id(p.view(), unit);
                if (!cache.containsKey(id)) {
                    missing.putIfAbsent(id, p);
                }
            }
        }
        List<String> ids = new ArrayList<>(missing.keySet());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            for (Document stored : mongo.getCollection(COLLECTION).find(Filters.in("_id", chunk))) {
                cache.put(stored.getString("_id"), stored);
            }
        }
        // the documents not stored yet: new ones (their unit is the one of the chain whose id they are)
        missing.forEach((id, p) -> {
            if (!cache.containsKey(id)) {
                String unit = p.chain().stream().filter(u -> id(p.view(), u).equals(id)).findFirst().orElseThrow();
                cache.put(id, new Document("_id", id).append("view", p.view()).append("unitCode", unit));
                created.add(id);
            }
        });
        List<Pending> placing = new ArrayList<>(pending);
        pending.clear();
        placing.forEach(p -> compute(p.view(), p.sourceId(), p.contribution(), p.chain()));
        running.forEach((id, totals) -> cache.get(id).put(FIGURES, totals.document()));
    }

    /** One placement on the documents in memory (as {@link UnitFigures#place}). */
    private void compute(String view, String sourceId, Map<String, Long> contribution, List<String> chain) {
        String leafId = id(view, chain.get(0));
        Document leaf = load(view, chain.get(0));
        Totals leafTotals = totals(leafId, leaf);
        String sourcePath = SOURCES + "." + sourceId;
        Document sources = leaf.get(SOURCES, Document.class);
        leafTotals.remove(sources == null ? null : sources.get(sourceId));
        if (contribution.isEmpty()) {
            if (sources != null) {
                sources.remove(sourceId); // like $unset: an existing map stays, none is created
            }
            mark(leafId, sourcePath, false);
        } else {
            Document part = new Document(new TreeMap<>(contribution));
            sub(leaf, SOURCES).put(sourceId, part);
            leafTotals.add(part);
            mark(leafId, sourcePath, true);
        }
        // a unit's figures are set from its running totals once the batch's placements are computed
        mark(leafId, FIGURES, true);
        Document totals = chain.size() > 1 ? leafTotals.document() : null;
        for (int i = 1; i < chain.size(); i++) {
            String parentId = id(view, chain.get(i));
            Document parent = load(view, chain.get(i));
            Totals parentTotals = totals(parentId, parent);
            Document children = sub(parent, CHILDREN);
            parentTotals.remove(children.put(chain.get(i - 1), totals));
            parentTotals.add(totals);
            mark(parentId, CHILDREN + "." + chain.get(i - 1), true);
            mark(parentId, FIGURES, true);
            totals = i < chain.size() - 1 ? parentTotals.document() : null;
        }
        placements.add(new Placement(view, List.copyOf(chain)));
    }

    /** The running totals of a document in memory, summed from its parts on first use. */
    private Totals totals(String id, Document doc) {
        return running.computeIfAbsent(id, k -> {
            Totals totals = new Totals();
            for (String field : List.of(SOURCES, CHILDREN)) {
                if (doc.get(field) instanceof Map<?, ?> parts) {
                    parts.values().forEach(totals::add);
                }
            }
            return totals;
        });
    }

    /**
     * A document's figures kept up to date part by part (a source's contribution or a child's
     * totals replaced: its old figures out, its new ones in), instead of summing every part again at
     * each placement (the nation's, a province's or a busy commune's figures have hundreds of parts
     * of hundreds of figures). Exactly {@link UnitFigures#totalsOf}: each figure's sum over the
     * parts, present (even at zero) while at least one part has it, in name order.
     */
    static final class Totals {
        /** Figure → {sum, number of parts that have it}. */
        private final TreeMap<String, long[]> figures = new TreeMap<>();

        void add(Object part) {
            change(part, 1);
        }

        void remove(Object part) {
            change(part, -1);
        }

        private void change(Object part, int sign) {
            if (part instanceof Map<?, ?> values) {
                values.forEach((k, v) -> {
                    String key = String.valueOf(k);
                    long[] figure = figures.computeIfAbsent(key, x -> new long[2]);
                    figure[0] += sign * ((Number) v).longValue();
                    figure[1] += sign;
                    if (figure[1] == 0) {
                        figures.remove(key);
                    }
                });
            }
        }

        Document document() {
            Document totals = new Document();
            figures.forEach((k, v) -> totals.put(k, v[0]));
            return totals;
        }
    }

    private void mark(String id, String path, boolean set) {
        Map<String, Boolean> fields = dirty.computeIfAbsent(id, k -> new LinkedHashMap<>());
        fields.remove(path); // the last operation on a path wins
        fields.put(path, set);
    }

    private static Document sub(Document doc, String field) {
        Document sub = doc.get(field, Document.class);
        if (sub == null) {
            sub = new Document();
            doc.put(field, sub);
        }
        return sub;
    }

    /** A document in memory (read by {@link #resolve()}), or a new one. */
    private Document load(String view, String unitCode) {
        return cache.computeIfAbsent(id(view, unitCode), key -> {
            Document stored = mongo.getCollection(COLLECTION).find(Filters.eq("_id", key)).first();
            if (stored != null) {
                return stored;
            }
            created.add(key);
            return new Document("_id", key).append("view", view).append("unitCode", unitCode);
        });
    }

    @Override
    public Optional<Document> figuresOf(String view, String unitCode) {
        resolve();
        Document cached = cache.get(id(view, unitCode));
        return cached != null ? Optional.of(cached) : super.figuresOf(view, unitCode);
    }

    /**
     * Writes every field changed since the last flush, one update per document in one unordered
     * bulk write, and forgets the documents.
     *
     * @return the placements written (view and chain), for change notifications
     */
    public List<Placement> flush() {
        resolve();
        List<Placement> written = new ArrayList<>(placements);
        placements.clear();
        if (dirty.isEmpty()) {
            cache.clear();
            running.clear();
            created.clear();
            return written;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(dirty.size());
        for (Map.Entry<String, Map<String, Boolean>> e : dirty.entrySet()) {
            Document doc = cache.get(e.getKey());
            if (created.contains(e.getKey())) {
                // not stored when the batch read it (and no other batch writes this database meanwhile):
                // inserted whole, which the stand-in does far faster than an upsert of many fields. Had
                // another writer created it after all, the insert fails, the batch fails and comes again,
                // and its events, now duplicates, re-place their state onto the stored document
                writes.add(new InsertOneModel<>(doc));
                continue;
            }
            Document set = new Document();
            Document unset = new Document();
            // every source of the document removed: the empty map stays, as after field-by-field $unsets
            boolean emptySources = doc.get(SOURCES) instanceof Document sources && sources.isEmpty()
                    && e.getValue().keySet().stream().anyMatch(path -> path.startsWith(SOURCES + "."));
            if (emptySources) {
                set.put(SOURCES, new Document());
            }
            e.getValue().forEach((path, isSet) -> {
                if (!(emptySources && path.startsWith(SOURCES + "."))) {
                    if (isSet) {
                        set.put(path, valueAt(doc, path));
                    } else {
                        unset.put(path, "");
                    }
                }
            });
            // a plain update document: encoded directly, not through the Updates builders
            Document update = new Document("$setOnInsert", new Document("view", doc.getString("view"))
                    .append("unitCode", doc.getString("unitCode")));
            if (!set.isEmpty()) {
                update.append("$set", set);
            }
            if (!unset.isEmpty()) {
                update.append("$unset", unset);
            }
            writes.add(new UpdateOneModel<>(Filters.eq("_id", e.getKey()), update, new UpdateOptions().upsert(true)));
        }
        mongo.getCollection(COLLECTION).bulkWrite(writes, new BulkWriteOptions().ordered(false));
        dirty.clear();
        cache.clear();
        running.clear();
        created.clear();
        return written;
    }

    /** The value at {@code figures} or {@code <sources|children>.<key>} of a cached document. */
    private static Object valueAt(Document doc, String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? doc.get(path) : doc.get(path.substring(0, dot), Document.class).get(path.substring(dot + 1));
    }
}
