package vn.doanket.dashboard.query;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.doanket.events.EventEnvelope;
import vn.doanket.messaging.AggregateDocuments;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The aggregate documents of one batch of events ({@link EventBatch}, live and rebuild alike): the
 * same idempotent apply by (aggregate id, sequence) as {@link AggregateDocuments}, but the documents
 * a batch needs are read up front ({@link #prefetch}: one {@code find} with {@code _id: {$in: [...]}}
 * per collection and chunk — on the mongo-java-server stand-in too an {@code $in} on {@code _id} is
 * answered from the {@code _id} index, one lookup per id, no scan), kept in memory for the batch (a
 * later event of the same aggregate sees the earlier one's result, a duplicate sees the state it was
 * applied to), and every changed document is written at {@link #flush()} with one unordered bulk
 * write of whole-document replacements (upsert) by {@code _id}.
 *
 * <p>{@link EventBatch} writes these documents <em>before</em> the batch's figures: a crash before,
 * during or after this write leaves the offsets uncommitted, the batch comes again, its events are
 * then (some of them) duplicates, and a duplicate re-places its aggregate's whole current state, so
 * the figures converge. Not thread-safe: one per batch, under {@link EventBatch}'s database lock (no
 * other writer of these documents while the batch runs).
 */
public class BatchedAggregateDocuments extends AggregateDocuments {

    private static final Logger log = LoggerFactory.getLogger(BatchedAggregateDocuments.class);
    /** Ids per {@code $in} query. */
    static final int CHUNK = 1000;

    private final MongoTemplate mongo;
    /** Per collection: aggregate id → its document, or null when known to be absent. */
    private final Map<String, Map<String, Document>> cache = new HashMap<>();
    /** Per collection: the ids of the documents changed since the last flush, in first-change order. */
    private final Map<String, Set<String>> dirty = new LinkedHashMap<>();

    public BatchedAggregateDocuments(MongoTemplate mongo) {
        super(mongo);
        this.mongo = mongo;
    }

    /**
     * Reads the documents of these aggregates that are not in memory yet, {@value #CHUNK} ids per
     * {@code $in} query; the ids without a document are remembered as absent.
     */
    public void prefetch(String collection, Collection<String> aggregateIds) {
        Map<String, Document> documents = cache.computeIfAbsent(collection, c -> new HashMap<>());
        List<String> missing = new ArrayList<>();
        for (String id : new LinkedHashSet<>(aggregateIds)) {
            if (!documents.containsKey(id)) {
                missing.add(id);
            }
        }
        for (int from = 0; from < missing.size(); from += CHUNK) {
            List<String> chunk = missing.subList(from, Math.min(missing.size(), from + CHUNK));
            for (Document found : mongo.getCollection(collection).find(Filters.in("_id", chunk))) {
                documents.put(String.valueOf(found.get("_id")), found);
            }
            chunk.forEach(id -> documents.putIfAbsent(id, null));
        }
    }

    @Override
    public Outcome apply(String collection, EventEnvelope envelope, UnaryOperator<Document> change) {
        String id = envelope.aggregateId();
        Document current = load(collection, id);
        long lastSeq = current == null ? -1 : current.get(LAST_SEQ, Number.class).longValue();
        if (envelope.sequence() <= lastSeq) {
            return new Outcome(false, copy(current));
        }
        if (envelope.sequence() > lastSeq + 1 && current != null && !ContextProjections.gapsExpected(collection)) {
            log.warn("Sequence gap on {} {}: last applied {}, now {}", collection, id, lastSeq, envelope.sequence());
        }
        // the change gets a deep copy: it may alter nested documents, which must not touch the cached state
        Document base = current == null ? new Document("_id", id) : copy(current);
        Document next = change.apply(base);
        next.put("_id", id);
        next.put(LAST_SEQ, envelope.sequence());
        next.put(LAST_EVENT_ID, envelope.eventId().toString());
        cache.get(collection).put(id, copy(next));
        dirty.computeIfAbsent(collection, c -> new LinkedHashSet<>()).add(id);
        return new Outcome(true, next);
    }

    @Override
    public Document update(String collection, String id, UnaryOperator<Document> change) {
        Document current = load(collection, id);
        Document next = change.apply(current == null ? new Document("_id", id) : copy(current));
        next.put("_id", id);
        cache.get(collection).put(id, copy(next));
        dirty.computeIfAbsent(collection, c -> new LinkedHashSet<>()).add(id);
        return next;
    }

    @Override
    public Optional<Document> find(String collection, String aggregateId) {
        return Optional.ofNullable(copy(load(collection, aggregateId)));
    }

    /** Every document of a collection as the batch sees it: the stored ones, with this batch's changes. */
    @Override
    public Iterable<Document> all(String collection) {
        Map<String, Document> documents = cache.getOrDefault(collection, Map.of());
        Set<String> changed = dirty.getOrDefault(collection, Set.of());
        if (changed.isEmpty()) {
            return super.all(collection);
        }
        List<Document> all = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Document stored : super.all(collection)) {
            String id = String.valueOf(stored.get("_id"));
            seen.add(id);
            all.add(changed.contains(id) ? copy(documents.get(id)) : stored);
        }
        for (String id : changed) {
            if (!seen.contains(id)) {
                all.add(copy(documents.get(id)));
            }
        }
        return all;
    }

    /**
     * Encodes every document changed since the last flush as the driver would, without writing: a document the store
     * can never take (a key with U+0000, a value without a codec) fails here, before anything of the batch is
     * written, so the batch can be redone in parts to find its event.
     */
    public void validate() {
        org.bson.codecs.Codec<Document> codec = mongo.getCollection(UnitFigures.COLLECTION).getCodecRegistry().get(Document.class);
        for (Map.Entry<String, Set<String>> e : dirty.entrySet()) {
            Map<String, Document> documents = cache.get(e.getKey());
            for (String id : e.getValue()) {
                Document document = documents.get(id);
                if (document != null) {
                    new org.bson.RawBsonDocument(document, codec);
                }
            }
        }
    }

    /**
     * Writes every document changed since the last flush — one unordered bulk write of
     * replacements (upsert) per collection — and forgets the documents.
     *
     * @return how many documents were written
     */
    public int flush() {
        int written = 0;
        for (Map.Entry<String, Set<String>> e : dirty.entrySet()) {
            Map<String, Document> documents = cache.get(e.getKey());
            List<WriteModel<Document>> writes = new ArrayList<>(e.getValue().size());
            for (String id : e.getValue()) {
                writes.add(new ReplaceOneModel<>(Filters.eq("_id", id), documents.get(id), new ReplaceOptions().upsert(true)));
            }
            mongo.getCollection(e.getKey()).bulkWrite(writes, new BulkWriteOptions().ordered(false));
            written += writes.size();
        }
        dirty.clear();
        cache.clear();
        return written;
    }

    private Document load(String collection, String id) {
        Map<String, Document> documents = cache.computeIfAbsent(collection, c -> new HashMap<>());
        if (!documents.containsKey(id)) {
            documents.put(id, mongo.getCollection(collection).find(Filters.eq("_id", id)).first());
        }
        return documents.get(id);
    }

    /**
     * A deep copy as a read from the database would give it: nested documents and maps become
     * {@link Document}s, lists {@link ArrayList}s (so a later change may alter them in place).
     */
    static Document copy(Document source) {
        if (source == null) {
            return null;
        }
        Document copy = new Document();
        source.forEach((k, v) -> copy.put(k, copyValue(v)));
        return copy;
    }

    private static Object copyValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            Document copy = new Document();
            map.forEach((k, v) -> copy.put(String.valueOf(k), copyValue(v)));
            return copy;
        }
        if (value instanceof Collection<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(copyValue(v)));
            return copy;
        }
        return value;
    }
}
