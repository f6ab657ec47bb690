package vn.doanket.dashboard.query;

import org.springframework.data.mongodb.core.MongoTemplate;
import vn.doanket.events.EventEnvelope;
import vn.doanket.messaging.AggregateDocuments;
import vn.doanket.messaging.BatchDeadLetters;
import vn.doanket.territory.Territory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Applies a batch of published events to the read models of one database — the one code path of
 * the live consumer and of the rebuild. The aggregate documents the batch needs are read up front
 * ({@link BatchedAggregateDocuments}: one {@code _id $in} query per collection), each event is
 * applied to its aggregate's document in memory (idempotent by sequence, as
 * {@link AggregateDocuments}), and the unit figures of the whole batch are computed in memory
 * ({@link BatchedUnitFigures}: the touched documents read by {@code _id $in}). At the end, two
 * unordered bulk writes: first the figures, then the changed aggregate documents (which mark the
 * events applied, and record where each source is counted). Every guarantee of the event-by-event
 * path holds: a duplicate re-places its aggregate's whole current state; a crash before, between or
 * during the two writes leaves the offsets uncommitted, so the batch comes again: events whose
 * documents were not written apply anew and set the same figures (a placement sets its source's
 * contribution), those whose documents were written are duplicates and re-place everything from
 * them, and the figures converge. (The documents used to be written first: a crash after them left
 * a source's recorded placement ahead of the figures, and it stayed counted at its former unit.)
 *
 * <p>Two batches on the same database (the membership and the feedback consumer, or a rebuild
 * draining after its switch-over) never interleave: each holds that database's lock from its first
 * read to its bulk write, so neither overwrites figures the other computed.
 */
public class EventBatch {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EventBatch.class);

    /** The built-in projectors (plugged contexts are named by their context, {@link ContextProjections}). */
    public enum Source {
        MEMBERSHIP, FEEDBACK;

        public String context() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One event of a batch, for the projector of {@code context} (membership, feedback or a plugged context). */
    public record Item(String context, EventEnvelope envelope) {
        public Item(Source source, EventEnvelope envelope) {
            this(source.context(), envelope);
        }
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
    private final vn.doanket.membership.territory.MembershipTerritoryApplier territoryFeed;

    /**
     * @param mongo     the read models' database
     * @param territory the territory tree (shared: residential areas are placed in it)
     * @param notified  whose change listeners hear of the written placements (live pages), or null
     */
    public EventBatch(MongoTemplate mongo, Territory territory, UnitFigures notified) {
        this(mongo, territory, notified, null);
    }

    /**
     * @param territoryFeed the applier that keeps the territory tree current with membership's residential areas
     *                      (shared with the territory feed), or null: a residential area's registration, merger or
     *                      split is then applied to the tree before its figures are placed, whichever of the feed
     *                      and this batch sees it first (the applier is idempotent)
     */
    public EventBatch(MongoTemplate mongo, Territory territory, UnitFigures notified,
                      vn.doanket.membership.territory.MembershipTerritoryApplier territoryFeed) {
        this.mongo = mongo;
        this.territory = territory;
        this.notified = notified;
        this.territoryFeed = territoryFeed;
    }

    /**
     * Applies the events in order, then writes the batch's figures; returns how many were applied.
     *
     * <p>When the write of the batch fails for a reason that is not an outage of the store (a document the store
     * can never take: a BSON error, a value it refuses), the batch is applied and written again in halves, then
     * halves of the half that fails, down to the event that cannot be stored, which is handed to
     * {@code failures} like an event its projector cannot apply: the events before it are written, and the live consumer dead-letters it after its
     * retries instead of retrying the whole batch forever. An outage ({@link BatchDeadLetters#storeOutage}) is
     * thrown as it is: the batch is retried whole until the store is back.
     */
    public int apply(List<Item> items, Failures failures) {
        return apply(items, 0, failures);
    }

    /** Applies {@code items} (at {@code offset} in the caller's list); on a write that fails, halves by halves. */
    private int apply(List<Item> items, int offset, Failures failures) {
        try {
            return applyOnce(items, (index, item, error) -> failures.failed(offset + index, item, error));
        } catch (WriteFailed failed) {
            RuntimeException cause = failed.getCause();
            if (BatchDeadLetters.storeOutage(cause)) {
                throw cause;
            }
            if (items.size() == 1) {
                failures.failed(offset, items.get(0), cause);
                return 0;
            }
            if (offset == 0) {
                log.warn("Writing a batch of {} events failed ({}): writing it in halves to find the event that cannot be stored",
                        items.size(), cause.getClass().getSimpleName());
            }
            int half = items.size() / 2;
            return apply(items.subList(0, half), offset, failures) + apply(items.subList(half, items.size()), offset + half, failures);
        }
    }

    private int applyOnce(List<Item> items, Failures failures) {
        return inBatch(projectors -> {
            projectors.prefetch(items);
            int applied = 0;
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                try {
                    projectors.handle(item);
                    applied++;
                } catch (RuntimeException e) {
                    failures.failed(i, item, e);
                }
            }
            return applied;
        });
    }

    /** The write of a batch failed (not its projectors). */
    private static final class WriteFailed extends RuntimeException {
        WriteFailed(RuntimeException cause) {
            super(null, cause, false, false);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /** Re-places the petitions overdue today (nightly), as one batch. */
    public int refreshOverdue() {
        return unwrapped(() -> inBatch(projectors -> projectors.feedback.refreshOverdue()));
    }

    private static int unwrapped(java.util.function.IntSupplier work) {
        try {
            return work.getAsInt();
        } catch (WriteFailed failed) {
            throw failed.getCause();
        }
    }

    /**
     * Runs {@code work} on fresh projectors of the pinned database under that database's lock, then
     * writes the figures and, after them, the aggregate documents; tells the live pages afterwards.
     */
    private int inBatch(java.util.function.ToIntFunction<Projectors> work) {
        MongoTemplate database = pinned();
        ReentrantLock lock = LOCKS.computeIfAbsent(database.getDb().getName(), name -> new ReentrantLock());
        List<BatchedUnitFigures.Placement> written;
        int done;
        lock.lock();
        try {
            Projectors projectors = new Projectors(database, territory);
            projectors.membership.followTerritory(territoryFeed);
            done = work.applyAsInt(projectors);
            try {
                // figures first, then the aggregate documents, which mark the events applied: a crash between the
                // two leaves the events unapplied, so they come again and set the same figures (each placement sets
                // its source's contribution: idempotent), and a source's record of where it is counted (placedAt,
                // in its document) is never ahead of the figures. Documents the store could never take fail in
                // validate(), before anything is written.
                projectors.documents.validate();
                written = projectors.figures.flush();
                figuresWritten();
                projectors.documents.flush();
            } catch (RuntimeException e) {
                throw new WriteFailed(e);
            }
        } finally {
            lock.unlock();
        }
        notifyChanges(written);
        return done;
    }

    /**
     * Called between the write of the figures and the write of the aggregate documents (a test
     * makes a crash happen here).
     */
    void figuresWritten() {
    }

    /**
     * The database of the whole batch: the service's switchable read-model database resolves the
     * active one at every call, so a batch running across a rebuild's switch-over would read from one
     * database and write to the other. Pinned, a batch that began before the switch writes to the old
     * database only (the rebuild's final drain applies its events to the new one).
     */
    private MongoTemplate pinned() {
        if (mongo.getMongoDatabaseFactory() instanceof PinnableDatabases databases) {
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
        final BatchedAggregateDocuments documents;
        final MembershipProjector membership;
        final FeedbackProjector feedback;
        final Map<String, PluggedProjector> plugged = new java.util.HashMap<>();

        Projectors(MongoTemplate mongo, Territory territory) {
            figures = new BatchedUnitFigures(mongo);
            DatedFigures dated = new DatedFigures(figures, territory);
            documents = new BatchedAggregateDocuments(mongo);
            membership = new MembershipProjector(documents, figures, territory, dated);
            feedback = new FeedbackProjector(documents, figures, dated, territory);
            ContextProjections.all().forEach(p ->
                    plugged.put(p.context(), new PluggedProjector(p, documents, figures, dated, territory)));
            membership.onAreaPlaced((collection, id) -> {
                if (FeedbackProjector.PETITIONS.equals(collection)) {
                    feedback.placeAgain(id);
                } else {
                    ContextProjections.byCollection(collection)
                            .ifPresent(p -> plugged.get(p.context()).placeAgain(collection, id));
                }
            });
        }

        void handle(Item item) {
            switch (item.context()) {
                case ContextProjections.FEEDBACK -> feedback.handle(item.envelope());
                case ContextProjections.MEMBERSHIP -> membership.handle(item.envelope());
                default -> {
                    PluggedProjector projector = plugged.get(item.context());
                    if (projector == null) {
                        throw new IllegalArgumentException("No projector for context " + item.context());
                    }
                    projector.handle(item.envelope());
                }
            }
        }

        /**
         * Reads the aggregate documents of the batch's events up front: a petition's from
         * {@value FeedbackProjector#PETITIONS}; a membership aggregate's from both membership
         * collections (an id absent from one is simply remembered as absent there).
         */
        void prefetch(List<Item> items) {
            Set<String> membershipIds = new LinkedHashSet<>();
            Set<String> feedbackIds = new LinkedHashSet<>();
            Map<String, Set<String>> pluggedIds = new java.util.HashMap<>();
            for (Item item : items) {
                String id = item.envelope().aggregateId();
                switch (item.context()) {
                    case ContextProjections.FEEDBACK -> feedbackIds.add(id);
                    case ContextProjections.MEMBERSHIP -> membershipIds.add(id);
                    default -> pluggedIds.computeIfAbsent(item.context(), c -> new LinkedHashSet<>()).add(id);
                }
            }
            pluggedIds.forEach((context, ids) -> {
                PluggedProjector projector = plugged.get(context);
                if (projector != null) {
                    projector.projection().collections().forEach(c -> documents.prefetch(c, ids));
                }
            });
            if (!membershipIds.isEmpty()) {
                documents.prefetch(MembershipProjector.AREAS, membershipIds);
                documents.prefetch(MembershipProjector.COMMITTEES, membershipIds);
            }
            if (!feedbackIds.isEmpty()) {
                documents.prefetch(FeedbackProjector.PETITIONS, feedbackIds);
            }
        }
    }
}
