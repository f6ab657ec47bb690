package vn.doanket.dashboard.query;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Unit figures for a batch of events ({@link EventBatch}, live and rebuild alike): the same
 * documents and the same arithmetic as {@link UnitFigures}, but each touched document is read once
 * by {@code _id}, changed in memory for the whole batch, and written at {@link #flush()} with one
 * unordered bulk write (a batch touches the nation and province documents hundreds of times and
 * writes them once). Only the fields the batch changed are written ({@code $set}/{@code $unset}
 * of {@code sources.<id>}, {@code children.<code>} and {@code figures}), never a whole document,
 * so a source placed by another writer is not overwritten. Not thread-safe: one per batch, and
 * {@link EventBatch} keeps two batches on the same database from interleaving.
 */
public class BatchedUnitFigures extends UnitFigures {

    private final MongoTemplate mongo;
    private final Map<String, Document> cache = new HashMap<>();
    /** Per dirty document: field path → set (true) or unset (false), in first-touch order. */
    private final Map<String, Map<String, Boolean>> dirty = new LinkedHashMap<>();
    /** The (view, chain) placements since the last flush, for change notifications. */
    private final Set<Placement> placements = new LinkedHashSet<>();

    /** A view and the chain of units (lowest first) a placement went through. */
    public record Placement(String view, List<String> chain) {
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
        String leafId = id(view, chain.get(0));
        Document leaf = load(view, chain.get(0));
        String sourcePath = SOURCES + "." + sourceId;
        if (contribution.isEmpty()) {
            Document sources = leaf.get(SOURCES, Document.class);
            if (sources != null) {
                sources.remove(sourceId); // like $unset: an existing map stays, none is created
            }
            mark(leafId, sourcePath, false);
        } else {
            sub(leaf, SOURCES).put(sourceId, new Document(new TreeMap<>(contribution)));
            mark(leafId, sourcePath, true);
        }
        Document totals = totalsOf(leaf);
        leaf.put(FIGURES, totals);
        mark(leafId, FIGURES, true);
        for (int i = 1; i < chain.size(); i++) {
            String parentId = id(view, chain.get(i));
            Document parent = load(view, chain.get(i));
            sub(parent, CHILDREN).put(chain.get(i - 1), new Document(totals));
            mark(parentId, CHILDREN + "." + chain.get(i - 1), true);
            totals = totalsOf(parent);
            parent.put(FIGURES, totals);
            mark(parentId, FIGURES, true);
        }
        placements.add(new Placement(view, List.copyOf(chain)));
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

    private Document load(String view, String unitCode) {
        return cache.computeIfAbsent(id(view, unitCode), key -> {
            Document stored = mongo.getCollection(COLLECTION).find(Filters.eq("_id", key)).first();
            return stored != null ? stored : new Document("_id", key).append("view", view).append("unitCode", unitCode);
        });
    }

    @Override
    public Optional<Document> figuresOf(String view, String unitCode) {
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
        List<Placement> written = new ArrayList<>(placements);
        placements.clear();
        if (dirty.isEmpty()) {
            cache.clear();
            return written;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(dirty.size());
        for (Map.Entry<String, Map<String, Boolean>> e : dirty.entrySet()) {
            Document doc = cache.get(e.getKey());
            List<Bson> updates = new ArrayList<>();
            updates.add(Updates.setOnInsert("view", doc.getString("view")));
            updates.add(Updates.setOnInsert("unitCode", doc.getString("unitCode")));
            // every source of the document removed: the empty map stays, as after field-by-field $unsets
            boolean emptySources = doc.get(SOURCES) instanceof Document sources && sources.isEmpty()
                    && e.getValue().keySet().stream().anyMatch(path -> path.startsWith(SOURCES + "."));
            if (emptySources) {
                updates.add(Updates.set(SOURCES, new Document()));
            }
            e.getValue().forEach((path, set) -> {
                if (!(emptySources && path.startsWith(SOURCES + "."))) {
                    updates.add(set ? Updates.set(path, valueAt(doc, path)) : Updates.unset(path));
                }
            });
            writes.add(new UpdateOneModel<>(Filters.eq("_id", e.getKey()), Updates.combine(updates),
                    new UpdateOptions().upsert(true)));
        }
        mongo.getCollection(COLLECTION).bulkWrite(writes, new BulkWriteOptions().ordered(false));
        dirty.clear();
        cache.clear();
        return written;
    }

    /** The value at {@code figures} or {@code <sources|children>.<key>} of a cached document. */
    private static Object valueAt(Document doc, String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? doc.get(path) : doc.get(path.substring(0, dot), Document.class).get(path.substring(dot + 1));
    }
}
