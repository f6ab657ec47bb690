package vn.doanket.dashboard.query;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Unit figures for a single writer that owns its database, such as a rebuild: the same documents
 * and the same arithmetic as {@link UnitFigures}, but kept in memory between {@link #flush()}es
 * and then written with one unordered bulk write (a batch touches the nation and province
 * documents hundreds of times and writes them once). Not for the live consumer, which shares its
 * documents with other consumers.
 */
public class BatchedUnitFigures extends UnitFigures {

    private final MongoTemplate mongo;
    private final Map<String, Document> cache = new HashMap<>();
    private final Set<String> dirty = new LinkedHashSet<>();

    public BatchedUnitFigures(MongoTemplate mongo) {
        super(mongo);
        this.mongo = mongo;
    }

    @Override
    public void place(String view, String sourceId, Map<String, Long> contribution, List<String> chain) {
        if (chain.isEmpty()) {
            return;
        }
        Document leaf = load(view, chain.get(0));
        if (contribution.isEmpty()) {
            Document sources = leaf.get(SOURCES, Document.class);
            if (sources != null) {
                sources.remove(sourceId); // like $unset: an existing map stays, none is created
            }
        } else {
            sub(leaf, SOURCES).put(sourceId, new Document(new TreeMap<>(contribution)));
        }
        Document totals = totalsOf(leaf);
        leaf.put(FIGURES, totals);
        for (int i = 1; i < chain.size(); i++) {
            Document parent = load(view, chain.get(i));
            sub(parent, CHILDREN).put(chain.get(i - 1), new Document(totals));
            totals = totalsOf(parent);
            parent.put(FIGURES, totals);
        }
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
        String id = id(view, unitCode);
        dirty.add(id);
        return cache.computeIfAbsent(id, key -> {
            Document stored = mongo.getCollection(COLLECTION).find(Filters.eq("_id", key)).first();
            return stored != null ? stored : new Document("_id", key).append("view", view).append("unitCode", unitCode);
        });
    }

    @Override
    public Optional<Document> figuresOf(String view, String unitCode) {
        Document cached = cache.get(id(view, unitCode));
        return cached != null ? Optional.of(cached) : super.figuresOf(view, unitCode);
    }

    /** Writes every document changed since the last flush and forgets them. */
    public void flush() {
        if (dirty.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(dirty.size());
        for (String id : dirty) {
            writes.add(new ReplaceOneModel<>(Filters.eq("_id", id), cache.get(id), new ReplaceOptions().upsert(true)));
        }
        mongo.getCollection(COLLECTION).bulkWrite(writes, new BulkWriteOptions().ordered(false));
        dirty.clear();
        cache.clear();
    }
}
