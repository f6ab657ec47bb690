package vn.doanket.dashboard.query;

import org.springframework.data.mongodb.core.MongoTemplate;
import vn.doanket.dashboard.rebuild.ReadModelDatabase;
import vn.doanket.events.EventEnvelope;
import vn.doanket.messaging.AggregateDocuments;
import vn.doanket.territory.Territory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Applies a batch of published events to the read models of one database — the one code path of
 * the live consumer and of the rebuild. Each event goes to its aggregate's document as before
 * (idempotent by sequence, {@link AggregateDocuments}); the unit figures of the whole batch are
 * kept in memory ({@link BatchedUnitFigures}: each touched document read once by {@code _id}) and
 * written with one unordered bulk write at the end. Every guarantee of the event-by-event path
 * holds: a duplicate re-places its aggregate's whole current state; a crash before the bulk write
 * leaves the offsets uncommitted, so the batch comes again, its events are then duplicates and
 * re-place everything from the aggregate documents, and the figures converge.
 *
 * <p>Two batches on the same database (the membership and the feedback consumer, or a rebuild
 * draining after its switch-over) never interleave: each holds that database's lock from its first
 * read to its bulk write, so neither overwrites figures the other computed.
 */
public class EventBatch {

    /** Which projector an event is for. */
    public enum Source { MEMBERSHIP, FEEDBACK }

    /** One event of a batch. */
    public record Item(Source source, EventEnvelope envelope) {
    }

    /** What to do with an event its projector cannot apply; may rethrow to fail the whole batch. */
    @FunctionalInterface
    public interface Failures {
        void failed(int index, Item item, RuntimeException error);
    }

    private static final Map<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private final Map<String, MongoTemplate> pinnedTemplates = new ConcurrentHashMap<>();
    private final MongoTemplate mongo;
    private final Territory territory;
    private final UnitFigures notified;

    /**
     * @param mongo     the read models' database
     * @param territory the territory tree (shared: residential areas are placed in it)
     * @param notified  whose change listeners hear of the written placements (live pages), or null
     */
    public EventBatch(MongoTemplate mongo, Territory territory, UnitFigures notified) {
        this.mongo = mongo;
        this.territory = territory;
        this.notified = notified;
    }

    /** Applies the events in order, then writes the batch's figures; returns how many were applied. */
    public int apply(List<Item> items, Failures failures) {
        MongoTemplate database = pinned();
        ReentrantLock lock = LOCKS.computeIfAbsent(database.getDb().getName(), name -> new ReentrantLock());
        List<BatchedUnitFigures.Placement> written;
        int applied = 0;
        lock.lock();
        try {
            Projectors projectors = new Projectors(database, territory);
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                try {
                    if (item.source() == Source.FEEDBACK) {
                        projectors.feedback.handle(item.envelope());
                    } else {
                        projectors.membership.handle(item.envelope());
                    }
                    applied++;
                } catch (RuntimeException e) {
                    failures.failed(i, item, e);
                }
            }
            written = projectors.figures.flush();
        } finally {
            lock.unlock();
        }
        notifyChanges(written);
        return applied;
    }

    /** Re-places the petitions overdue today (nightly), as one batch. */
    public int refreshOverdue() {
        MongoTemplate database = pinned();
        ReentrantLock lock = LOCKS.computeIfAbsent(database.getDb().getName(), name -> new ReentrantLock());
        List<BatchedUnitFigures.Placement> written;
        int refreshed;
        lock.lock();
        try {
            Projectors projectors = new Projectors(database, territory);
            refreshed = projectors.feedback.refreshOverdue();
            written = projectors.figures.flush();
        } finally {
            lock.unlock();
        }
        notifyChanges(written);
        return refreshed;
    }

    /**
     * The database of the whole batch: the service's switchable read-model database resolves the
     * active one at every call, so a batch running across a rebuild's switch-over would read from one
     * database and write to the other. Pinned, a batch that began before the switch writes to the old
     * database only (the rebuild's final drain applies its events to the new one).
     */
    private MongoTemplate pinned() {
        if (mongo.getMongoDatabaseFactory() instanceof ReadModelDatabase databases) {
            return pinnedTemplates.computeIfAbsent(databases.active(), name -> new MongoTemplate(databases.client(), name));
        }
        return mongo;
    }

    private void notifyChanges(List<BatchedUnitFigures.Placement> written) {
        if (notified != null) {
            written.forEach(p -> notified.changed(p.view(), p.chain()));
        }
    }

    /** Fresh projectors writing the figures of one batch in memory. */
    private static final class Projectors {
        final BatchedUnitFigures figures;
        final MembershipProjector membership;
        final FeedbackProjector feedback;

        Projectors(MongoTemplate mongo, Territory territory) {
            figures = new BatchedUnitFigures(mongo);
            DatedFigures dated = new DatedFigures(figures, territory);
            AggregateDocuments documents = new AggregateDocuments(mongo);
            membership = new MembershipProjector(documents, figures, territory, dated);
            feedback = new FeedbackProjector(documents, figures, dated, territory);
        }
    }
}
