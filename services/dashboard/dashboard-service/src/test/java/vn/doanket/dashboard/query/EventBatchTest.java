package vn.doanket.dashboard.query;

import vn.doanket.dashboard.TestMongo;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.doanket.events.EventEnvelope;
import vn.doanket.events.MalformedEnvelopeException;
import vn.doanket.messaging.AggregateDocuments;
import vn.doanket.testing.InfrastructureProperties;
import vn.doanket.territory.Territory;
import vn.doanket.dashboard.rebuild.RebuildTest;

import java.time.LocalDate;
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
 * batch) change nothing; a batch that fails before its writes writes nothing, and one that crashes
 * between writing its aggregate documents and its figures converges when delivered again (whole, or
 * as part of a larger batch); the batch's aggregate documents are read up front, served from memory
 * and written at the flush; an event that cannot be applied is handed to the caller
 * while the rest of the batch is applied; change listeners hear of today's map after the write.
 */
public class EventBatchTest {

    static final Territory territory = Territory.loadOfficial();

    static MongoTemplate freshDatabase() {
        return new MongoTemplate(TestMongo.client(), InfrastructureProperties.uniqueName("batch"));
    }

    public static List<EventBatch.Item> items() {
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
            if (item.context().equals(EventBatch.Source.FEEDBACK.context())) {
                feedback.handle(item.envelope());
            } else {
                membership.handle(item.envelope());
            }
        }
        return RebuildTest.snapshot(mongo);
    }

    public static final EventBatch.Failures NONE = (index, item, error) -> {
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
        assertThat(RebuildTest.snapshot(mongo)).isEqualTo(expected);

        // every event twice in one batch, then the whole batch again
        List<EventBatch.Item> twice = new ArrayList<>();
        items.forEach(i -> {
            twice.add(i);
            twice.add(i);
        });
        batch.apply(twice, NONE);
        batch.apply(items, NONE);
        assertThat(RebuildTest.snapshot(mongo)).isEqualTo(expected);

        // in small batches, as the consumer polls them
        MongoTemplate small = freshDatabase();
        EventBatch smallBatches = new EventBatch(small, territory, null);
        for (int from = 0; from < items.size(); from += 3) {
            smallBatches.apply(items.subList(from, Math.min(items.size(), from + 3)), NONE);
        }
        assertThat(RebuildTest.snapshot(small)).isEqualTo(expected);
    }

    /** A valid envelope whose payload does not fit its type. */
    public static EventBatch.Item poison() {
        EventEnvelope e = MembershipProjectorTest.history().get(0);
        return new EventBatch.Item(EventBatch.Source.MEMBERSHIP, new EventEnvelope(java.util.UUID.randomUUID(),
                e.eventType(), e.schemaVersion(), e.aggregateType(), "26560-ZZZZZZZZ", 0, e.occurredAt(), e.unitCode(),
                e.actor(), e.traceId(), com.fasterxml.jackson.databind.node.TextNode.valueOf("not an event")));
    }

    @Test
    void aBatchThatFailsBeforeItsWritesWritesNothingAndConvergesWhenDeliveredAgain() {
        List<EventBatch.Item> items = items();
        Map<String, List<Document>> expected = eventByEvent(items);
        MongoTemplate mongo = freshDatabase();
        EventBatch batch = new EventBatch(mongo, territory, null);
        // half the batch is applied in memory, then the batch fails (as a crash would): nothing is written
        List<EventBatch.Item> failing = new ArrayList<>(items);
        failing.add(items.size() / 2, poison());
        assertThatThrownBy(() -> batch.apply(failing, (index, item, error) -> {
            throw new IllegalStateException("crash", error);
        })).isInstanceOf(IllegalStateException.class);
        assertThat(mongo.getCollection(UnitFigures.COLLECTION).countDocuments()).isZero();
        assertThat(mongo.getCollection(MembershipProjector.AREAS).countDocuments()).isZero();
        assertThat(mongo.getCollection(MembershipProjector.COMMITTEES).countDocuments()).isZero();
        // the consumer did not commit: the same events come again
        batch.apply(items, NONE);
        assertThat(RebuildTest.snapshot(mongo)).isEqualTo(expected);
    }

    /** A batch that crashes once its figures are written, before its aggregate documents are. */
    static EventBatch crashingBetweenTheWrites(MongoTemplate mongo, int[] crashes) {
        return new EventBatch(mongo, territory, null) {
            @Override
            void figuresWritten() {
                if (crashes[0]-- > 0) {
                    // as the store going away (or the process dying) between the two writes
                    throw new org.springframework.dao.DataAccessResourceFailureException(
                            "crash between the figures and the aggregate documents");
                }
            }
        };
    }

    @Test
    void aBatchThatCrashesBetweenItsFiguresAndItsAggregateDocumentsConvergesWhenDeliveredAgain() {
        List<EventBatch.Item> items = items();
        Map<String, List<Document>> expected = eventByEvent(items);
        MongoTemplate mongo = freshDatabase();
        int[] crashes = {1};
        EventBatch batch = crashingBetweenTheWrites(mongo, crashes);
        assertThatThrownBy(() -> batch.apply(items, NONE)).isInstanceOf(org.springframework.dao.DataAccessResourceFailureException.class);
        // the figures written, no aggregate document: no event is marked applied
        Map<String, List<Document>> crashed = RebuildTest.snapshot(mongo);
        for (String collection : List.of(MembershipProjector.AREAS, MembershipProjector.COMMITTEES, FeedbackProjector.PETITIONS)) {
            assertThat(crashed.get(collection)).as(collection).isEmpty();
        }
        assertThat(crashed.get(UnitFigures.COLLECTION)).isNotEmpty();
        // redelivered: every event applies anew and sets the same figures
        assertThat(batch.apply(items, NONE)).isEqualTo(items.size());
        assertThat(withoutEmptySources(RebuildTest.snapshot(mongo))).isEqualTo(withoutEmptySources(expected));
    }

    /**
     * A committee that came before its residential area counts through the commune and waits; the area's registration
     * places it under the area. When that batch crashes between its two writes and comes again, the committee must end
     * under the area and nowhere else. (Before: the aggregate documents were written first — the waitlist emptied and
     * the committee's recorded placement already "under the area" — so the redelivered, duplicate registration left the
     * committee counted at the commune, or at both; seen when a poison event shared a batch with an area's
     * registration.)
     */
    @Test
    void aCommitteeWaitingForItsAreaIsPlacedUnderItEvenWhenTheAreasBatchCrashedBetweenItsWrites() {
        MongoTemplate mongo = freshDatabase();
        String area = "26560-WAITCRSH";
        String committee = area + "/2024";
        LocalDate start = LocalDate.of(2024, 10, 1);
        EventBatch.Item established = new EventBatch.Item(EventBatch.Source.MEMBERSHIP, MembershipProjectorTest.committeeEvent(
                committee, 0, new vn.doanket.membership.api.WorkCommitteeEstablishedEvent(committee, area, start,
                        LocalDate.of(2029, 9, 30), 2, 5, "12/QĐ", start)));
        new EventBatch(mongo, territory, null).apply(List.of(established), NONE);
        assertThat(new UnitFigures(mongo).totals("current", "26560").orElseThrow()).containsEntry("committees", 1L);

        EventBatch.Item registered = new EventBatch.Item(EventBatch.Source.MEMBERSHIP,
                MembershipProjectorTest.registered(area, "26560", MembershipProjectorTest.TODAY));
        int[] crashes = {1};
        EventBatch crashing = crashingBetweenTheWrites(mongo, crashes);
        assertThatThrownBy(() -> crashing.apply(List.of(registered), NONE))
                .isInstanceOf(org.springframework.dao.DataAccessResourceFailureException.class);
        crashing.apply(List.of(registered), NONE); // redelivered
        UnitFigures figures = new UnitFigures(mongo);
        assertThat(figures.totals("current", area).orElseThrow()).containsEntry("committees", 1L);
        assertThat(figures.totals("current", "26560").orElseThrow()).containsEntry("committees", 1L);
        Document commune = mongo.getCollection(UnitFigures.COLLECTION).find(new Document("_id", "current:26560")).first();
        assertThat(commune.get("sources", Document.class)).as("counted at the commune itself").doesNotContainKey(committee);
    }

    @Test
    void aCrashBetweenTheWritesOfAnEarlierPartConvergesWhenTheWholeBatchComesAgain() {
        List<EventBatch.Item> items = items();
        Map<String, List<Document>> expected = eventByEvent(items);
        MongoTemplate mongo = freshDatabase();
        int[] crashes = {1};
        EventBatch batch = crashingBetweenTheWrites(mongo, crashes);
        // the first half's figures are written, its aggregate documents are not; then everything comes
        // again in one batch
        List<EventBatch.Item> firstHalf = items.subList(0, items.size() / 2);
        assertThatThrownBy(() -> batch.apply(firstHalf, NONE)).isInstanceOf(org.springframework.dao.DataAccessResourceFailureException.class);
        assertThat(mongo.getCollection(MembershipProjector.AREAS).countDocuments()).isZero();
        assertThat(mongo.getCollection(UnitFigures.COLLECTION).countDocuments()).isPositive();
        batch.apply(items, NONE);
        assertThat(RebuildTest.snapshot(mongo)).isEqualTo(expected);
    }

    @Test
    void theBatchsAggregateDocumentsAreReadUpFrontServedFromMemoryAndWrittenAtTheFlush() {
        MongoTemplate mongo = freshDatabase();
        EventEnvelope registered = MembershipProjectorTest.history().get(0);
        new EventBatch(mongo, territory, null).apply(List.of(new EventBatch.Item(EventBatch.Source.MEMBERSHIP, registered)), NONE);
        String areaId = registered.aggregateId();
        Document stored = mongo.getCollection(MembershipProjector.AREAS).find().first();
        assertThat(stored.getString("_id")).isEqualTo(areaId);

        BatchedAggregateDocuments documents = new BatchedAggregateDocuments(mongo);
        documents.prefetch(MembershipProjector.AREAS, List.of(areaId, "00000-NONE"));
        // served from memory: the stored document is gone from the database, the batch still sees it
        mongo.getCollection(MembershipProjector.AREAS).deleteMany(new Document());
        assertThat(documents.find(MembershipProjector.AREAS, areaId)).contains(stored);
        assertThat(documents.find(MembershipProjector.AREAS, "00000-NONE")).isEmpty();
        // a duplicate is not applied again; the change of a new event sees the state in memory and
        // cannot alter it through the document it was given
        assertThat(documents.apply(MembershipProjector.AREAS, registered, s -> {
            throw new AssertionError("a duplicate is applied");
        }).applied()).isFalse();
        EventEnvelope next = new EventEnvelope(java.util.UUID.randomUUID(), registered.eventType(), registered.schemaVersion(),
                registered.aggregateType(), areaId, 1, registered.occurredAt(), registered.unitCode(), registered.actor(),
                registered.traceId(), registered.payload());
        AggregateDocuments.Outcome outcome = documents.apply(MembershipProjector.AREAS, next, s -> s.append("name", "Đổi tên"));
        assertThat(outcome.applied()).isTrue();
        outcome.state().put("name", "changed afterwards");
        assertThat(documents.find(MembershipProjector.AREAS, areaId).orElseThrow().getString("name")).isEqualTo("Đổi tên");
        // every document as the batch sees it, before the flush
        List<Document> all = new ArrayList<>();
        documents.all(MembershipProjector.AREAS).forEach(all::add);
        assertThat(all).extracting(d -> d.getString("name")).containsExactly("Đổi tên");
        assertThat(mongo.getCollection(MembershipProjector.AREAS).countDocuments()).isZero();

        assertThat(documents.flush()).isEqualTo(1);
        Document written = mongo.getCollection(MembershipProjector.AREAS).find().first();
        assertThat(written.getString("name")).isEqualTo("Đổi tên");
        assertThat(written.get(AggregateDocuments.LAST_SEQ, Number.class).longValue()).isEqualTo(1);
        assertThat(written.getString(AggregateDocuments.LAST_EVENT_ID)).isEqualTo(next.eventId().toString());
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
        assertThat(RebuildTest.snapshot(mongo)).isEqualTo(expected);
    }

    /**
     * What froze the dashboard: an appointment whose person id held U+0000 was accepted upstream; the committee's
     * document can never be encoded (a BSON field name cannot hold it), so the write of every batch holding it failed
     * and was retried forever, and nothing after it reached the read models. The batch is now written in halves down
     * to that event, which is handed back (to be dead-lettered) while every other event is applied.
     */
    @Test
    void anEventWhoseDocumentCanNeverBeStoredIsHandedBackAndEveryOtherEventIsWritten() {
        List<EventBatch.Item> items = items();
        Map<String, List<Document>> expected = eventByEvent(items);
        String committee = "26560-AAAAAAAA/2024";
        EventBatch.Item poison = new EventBatch.Item(EventBatch.Source.MEMBERSHIP,
                MembershipProjectorTest.committeeEvent(committee, 99, new vn.doanket.membership.api.MemberAppointedEvent(
                        committee, "26560-AAAAAAAA", "p-\u0000-nul", vn.doanket.membership.api.Position.MEMBER,
                        vn.doanket.membership.api.MemberOrganisation.YOUTH_UNION, MembershipProjectorTest.TODAY, "1/QĐ")));
        // the poison comes after every event of its committee, in the middle of the batch
        List<EventBatch.Item> withPoison = new ArrayList<>(items);
        int at = withPoison.size() - FeedbackProjectorTest.history().size();
        withPoison.add(at, poison);
        MongoTemplate mongo = freshDatabase();
        EventBatch batch = new EventBatch(mongo, territory, null);
        List<Integer> handedBack = new ArrayList<>();
        int applied = batch.apply(withPoison, (index, item, error) -> handedBack.add(index));
        assertThat(handedBack).containsExactly(at);
        assertThat(applied).isEqualTo(items.size());
        assertThat(withoutEmptySources(RebuildTest.snapshot(mongo))).isEqualTo(withoutEmptySources(expected));
    }

    @Test
    void theNightlyOverdueRefreshAsOneBatchIsIdempotent() {
        List<EventBatch.Item> items = items();
        Map<String, List<Document>> expected = eventByEvent(items);
        MongoTemplate mongo = freshDatabase();
        EventBatch batch = new EventBatch(mongo, territory, null);
        batch.apply(items, NONE);
        assertThat(batch.refreshOverdue()).isEqualTo(1);
        assertThat(RebuildTest.snapshot(mongo)).isEqualTo(expected);
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

    /** The snapshot with the empty {@code sources} maps of the unit figures left out. */
    static Map<String, List<Document>> withoutEmptySources(Map<String, List<Document>> snapshot) {
        Map<String, List<Document>> copy = new TreeMap<>(snapshot);
        copy.put(UnitFigures.COLLECTION, snapshot.get(UnitFigures.COLLECTION).stream().map(d -> {
            Document c = new Document(d);
            if (c.get(UnitFigures.SOURCES) instanceof Document sources && sources.isEmpty()) {
                c.remove(UnitFigures.SOURCES);
            }
            return c;
        }).toList());
        return copy;
    }
}
