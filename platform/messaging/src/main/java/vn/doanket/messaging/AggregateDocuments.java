package vn.doanket.messaging;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.doanket.events.EventEnvelope;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Idempotent apply by (aggregate id, sequence), the exactly-once effect on at-least-once
 * delivery: one document per source aggregate, keyed by {@code _id = aggregateId}, holding
 * the read model's state of that aggregate together with {@code lastSeq}, the sequence of the
 * last event applied to it. An event is applied by reading the document by {@code _id},
 * deciding in code from {@code lastSeq}, and writing the whole new state back by {@code _id}
 * in one write — so the "already applied?" check and the effect can't be separated by a
 * crash, and every access is by {@code _id} (fast on the embedded stand-in too). Safe because
 * the Kafka key is the aggregate id: one consumer owns an aggregate at a time.
 */
public class AggregateDocuments {

    private static final Logger log = LoggerFactory.getLogger(AggregateDocuments.class);

    public static final String LAST_SEQ = "lastSeq";
    public static final String LAST_EVENT_ID = "lastEventId";

    private final MongoTemplate mongo;

    public AggregateDocuments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The outcome of {@link #apply}: whether the event was new, and the document's state now. */
    public record Outcome(boolean applied, Document state) {
    }

    /**
     * Applies an event to its aggregate's document unless it was applied already.
     *
     * @param collection the read model's collection
     * @param envelope   the event
     * @param change     given a copy of the current state (an empty document with only
     *                   {@code _id} for a new aggregate), returns the new state
     */
    public Outcome apply(String collection, EventEnvelope envelope, UnaryOperator<Document> change) {
        MongoCollection<Document> documents = mongo.getCollection(collection);
        Document current = documents.find(Filters.eq("_id", envelope.aggregateId())).first();
        long lastSeq = current == null ? -1 : current.get(LAST_SEQ, Number.class).longValue();
        if (envelope.sequence() <= lastSeq) {
            return new Outcome(false, current);
        }
        if (envelope.sequence() > lastSeq + 1 && current != null) {
            log.warn("Sequence gap on {} {}: last applied {}, now {}", collection, envelope.aggregateId(),
                    lastSeq, envelope.sequence());
        }
        Document base = current == null ? new Document("_id", envelope.aggregateId()) : new Document(current);
        Document next = change.apply(base);
        next.put("_id", envelope.aggregateId());
        next.put(LAST_SEQ, envelope.sequence());
        next.put(LAST_EVENT_ID, envelope.eventId().toString());
        documents.replaceOne(Filters.eq("_id", envelope.aggregateId()), next, new ReplaceOptions().upsert(true));
        return new Outcome(true, next);
    }

    /**
     * Changes a document outside the event sequence: the read model's own bookkeeping about an aggregate (where
     * its figures are placed) or a document that is no aggregate's (a waiting list). Creates it when absent; the
     * sequence fields are left as they are.
     *
     * @param collection the read model's collection
     * @param id         the document's {@code _id}
     * @param change     given a copy of the current document (or one with only {@code _id}), returns the new one
     * @return the document written
     */
    public Document update(String collection, String id, UnaryOperator<Document> change) {
        MongoCollection<Document> documents = mongo.getCollection(collection);
        Document current = documents.find(Filters.eq("_id", id)).first();
        Document next = change.apply(current == null ? new Document("_id", id) : new Document(current));
        next.put("_id", id);
        documents.replaceOne(Filters.eq("_id", id), next, new ReplaceOptions().upsert(true));
        return next;
    }

    /** Every aggregate document of a collection (start-up work such as rebuilding in-memory indexes). */
    public Iterable<Document> all(String collection) {
        return mongo.getCollection(collection).find();
    }

    /** The current state of an aggregate's document. */
    public Optional<Document> find(String collection, String aggregateId) {
        return Optional.ofNullable(mongo.getCollection(collection).find(Filters.eq("_id", aggregateId)).first());
    }
}
