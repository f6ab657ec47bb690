package vn.doanket.dashboard.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.doanket.events.EventEnvelope;
import vn.doanket.events.MalformedEnvelopeException;
import vn.doanket.messaging.AggregateDocuments;
import vn.doanket.testing.InfrastructureProperties;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.territory.Territory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The batch path of the live consumer and the rebuild, on the MongoDB stand-in: a batch gives
 * exactly the read models of the event-by-event path; duplicates (within a batch and as a second
 * batch) change nothing; a batch that fails after writing some aggregate documents but before its
 * figures converges when delivered again; an event that cannot be applied is handed to the caller
 * while the rest of the batch is applied; change listeners hear of today's map after the write.
 */
class EventBatchTest {

    static final Territory territory = Territory.loadOfficial();
    static MongoClient client;

    @BeforeAll
    static void setUp() {
        client = MongoClients.create(SharedInfrastructure.get().mongo().connectionString());
    }

    @AfterAll
    static void tearDown() {
        client.close();
    }

    static MongoTemplate freshDatabase() {
        return new MongoTemplate(client, InfrastructureProperties.uniqueName("batch"));
    }

    static List<EventBatch.Item> items() {
        List<EventBatch.Item> items = new ArrayList<>();
        List<EventEnvelope> membership = new ArrayList<>(MembershipProjectorTest.history());
        membership.addAll(MembershipProjectorTest.committeeHistory());
        membership.forEach(e -> items.add(new EventBatch.Item(EventBatch.Source.MEMBERSHIP, e)));
        FeedbackProjectorTest.history().forEach(e -> items.add(new EventBatch.Item(EventBatch.Source.FEEDBACK, e)));
        return items;
    }

    /** The reference: every event applied on its own, with field-by-field figure updates. */
    static Map<String, List<Document>> eventByEvent(List<EventBatch.Item> items) {
        MongoTemplate mongo = freshDatabase();
        UnitFigures figures = new UnitFigures(mongo);
        DatedFigures dated = new DatedFigures(figures, territory);
        AggregateDocuments documents = new AggregateDocuments(mongo);
        MembershipProjector membership = new MembershipProjector(documents, figures, territory, dated);
        FeedbackProjector feedback = new FeedbackProjector(documents, figures, dated, territory);
        for (EventBatch.Item item : items) {
            if (item.source() == EventBatch.Source.FEEDBACK) {
                feedback.handle(item.envelope());
            } else {
                membership.handle(item.envelope());
            }
        }
        return snapshot(mongo);
    }

    static final EventBatch.Failures NONE = (index, item, error) -> {
        throw error;
    };

    @Test
    void aBatchGivesTheReadModelsOfTheEventByEventPathAndDuplicatesChangeNothing() {
        List<EventBatch.Item> items = items();
        Map<String, List<Document>> expected = eventByEvent(items);
        assertThat(expected.get(UnitFigures.COLLECTION)).isNotEmpty();

        MongoTemplate mongo = freshDatabase();
        EventBatch batch = new EventBatch(mongo, territory, null);
        assertThat(batch.apply(items, NONE)).isEqualTo(items.size());
        assertThat(snapshot(mongo)).isEqualTo(expected);

        // every event twice in one batch, then the whole batch again
        List<EventBatch.Item> twice = new ArrayList<>();
        items.forEach(i -> {
            twice.add(i);
            twice.add(i);
        });
        batch.apply(twice, NONE);
        batch.apply(items, NONE);
        assertThat(snapshot(mongo)).isEqualTo(expected);

        // in small batches, as the consumer polls them
        MongoTemplate small = freshDatabase();
        EventBatch smallBatches = new EventBatch(small, territory, null);
        for (int from = 0; from < items.size(); from += 3) {
            smallBatches.apply(items.subList(from, Math.min(items.size(), from + 3)), NONE);
        }
        assertThat(snapshot(small)).isEqualTo(expected);
    }

    /** A valid envelope whose payload does not fit its type. */
    static EventBatch.Item poison() {
        EventEnvelope e = MembershipProjectorTest.history().get(0);
        return new EventBatch.Item(EventBatch.Source.MEMBERSHIP, new EventEnvelope(java.util.UUID.randomUUID(),
                e.eventType(), e.schemaVersion(), e.aggregateType(), "26560-ZZZZZZZZ", 0, e.occurredAt(), e.unitCode(),
                e.actor(), e.traceId(), com.fasterxml.jackson.databind.node.TextNode.valueOf("not an event")));
    }

    @Test
    void aBatchThatFailsBeforeItsFiguresAreWrittenConvergesWhenDeliveredAgain() {
        List<EventBatch.Item> items = items();
        Map<String, List<Document>> expected = eventByEvent(items);
        MongoTemplate mongo = freshDatabase();
        EventBatch batch = new EventBatch(mongo, territory, null);
        // the aggregate documents of the first half are written, then the batch fails (as a crash would):
        // no figures at all
        List<EventBatch.Item> failing = new ArrayList<>(items);
        failing.add(items.size() / 2, poison());
        assertThatThrownBy(() -> batch.apply(failing, (index, item, error) -> {
            throw new IllegalStateException("crash", error);
        })).isInstanceOf(IllegalStateException.class);
        assertThat(mongo.getCollection(UnitFigures.COLLECTION).countDocuments()).isZero();
        assertThat(mongo.getCollection(MembershipProjector.AREAS).countDocuments()).isPositive();
        // the consumer did not commit: the same events come again, the first half now duplicates
        batch.apply(items, NONE);
        assertThat(snapshot(mongo)).isEqualTo(expected);
    }

    @Test
    void anEventThatCannotBeAppliedIsHandedBackAndTheRestOfTheBatchIsApplied() {
        List<EventBatch.Item> items = new ArrayList<>(items());
        Map<String, List<Document>> expected = eventByEvent(items);
        items.add(2, poison());

        MongoTemplate mongo = freshDatabase();
        List<Integer> failed = new ArrayList<>();
        int applied = new EventBatch(mongo, territory, null).apply(items, (index, item, error) -> {
            assertThat(error).isInstanceOf(MalformedEnvelopeException.class);
            failed.add(index);
        });
        assertThat(failed).containsExactly(2);
        assertThat(applied).isEqualTo(items.size() - 1);
        assertThat(snapshot(mongo)).isEqualTo(expected);
    }

    @Test
    void theNightlyOverdueRefreshAsOneBatchIsIdempotent() {
        List<EventBatch.Item> items = items();
        Map<String, List<Document>> expected = eventByEvent(items);
        MongoTemplate mongo = freshDatabase();
        EventBatch batch = new EventBatch(mongo, territory, null);
        batch.apply(items, NONE);
        assertThat(batch.refreshOverdue()).isEqualTo(1);
        assertThat(snapshot(mongo)).isEqualTo(expected);
    }

    @Test
    void listenersHearOfTodaysMapOnceTheBatchIsWritten() {
        MongoTemplate mongo = freshDatabase();
        UnitFigures live = new UnitFigures(mongo);
        Set<String> heard = ConcurrentHashMap.newKeySet();
        live.onChange((view, chain) -> {
            if (DatedFigures.CURRENT.equals(view)) {
                // what a page would read now: the figures are already written
                chain.forEach(unit -> {
                    if (live.total(view, unit).orElse(0L) > 0) {
                        heard.add(unit);
                    }
                });
            }
        });
        new EventBatch(mongo, territory, live).apply(List.of(new EventBatch.Item(EventBatch.Source.MEMBERSHIP,
                MembershipProjectorTest.history().get(0))), NONE);
        assertThat(heard).contains("26560", "79", "VN");
    }

    static Map<String, List<Document>> snapshot(MongoTemplate mongo) {
        Map<String, List<Document>> all = new TreeMap<>();
        for (String collection : List.of(MembershipProjector.AREAS, MembershipProjector.COMMITTEES,
                FeedbackProjector.PETITIONS, UnitFigures.COLLECTION)) {
            List<Document> docs = new ArrayList<>();
            mongo.getCollection(collection).find().into(docs);
            docs.sort((a, b) -> a.get("_id").toString().compareTo(b.get("_id").toString()));
            all.put(collection, docs);
        }
        return all;
    }
}
