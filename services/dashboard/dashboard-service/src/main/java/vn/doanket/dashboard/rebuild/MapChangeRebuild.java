package vn.doanket.dashboard.rebuild;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.doanket.events.error.DomainException;
import vn.doanket.membership.api.ReorganisationDecisionRecordedEvent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Re-places the read models when the map changes: a reorganisation decision that membership records
 * (and {@code membership-territory} adds to this service's {@code Territory}) changes today's map and
 * the epochs of the dated maps, so figures already placed may be on the wrong units. The dashboard
 * then runs the ordinary {@link Rebuild} (every topic into a fresh database while the current one
 * serves, then the switch-over), so the result is by construction a full replay on the new map.
 *
 * <p>De-duplicated: decisions within the quiet period make one rebuild; a decision arriving while a
 * rebuild runs (this one or an administrator's) makes one more after it. Each database a rebuild
 * fills, this class's or an administrator's ({@link #rebuildStarting}), remembers the decisions it
 * was built with ({@value #MAPS}, document {@code decisions}),
 * so the decisions read again from the topic at every start (the tree lives in memory) change nothing
 * for a database that already has them. At start ({@link #holdUntilCaughtUp()}, {@link #caughtUp}),
 * the consumers wait for the feed, then a database without figures takes the decisions as its own and
 * one lacking a decision (recorded while the service was down) is rebuilt once.
 */
public class MapChangeRebuild implements AutoCloseable {

    /** Collection, in each read-model database, of the decisions its figures were placed with. */
    public static final String MAPS = "dashboard_maps";
    static final String DECISIONS = "decisions";
    private static final Logger log = LoggerFactory.getLogger(MapChangeRebuild.class);
    private static final Duration WAIT_STEP = Duration.ofMillis(200);
    private static final Duration LONGEST_REBUILD = Duration.ofHours(12);

    private final Rebuild rebuild;
    private final ReadModelDatabase databases;
    private final Duration quiet;
    /** Decisions this process added to the tree. */
    private final Set<String> applied = ConcurrentHashMap.newKeySet();
    private final AtomicInteger started = new AtomicInteger();
    /** While the territory feed reads the topic again at start: decisions are collected, not acted on. */
    private volatile boolean starting;
    private boolean requested;
    private long lastRequestNanos;
    private Thread worker;
    private volatile boolean closed;

    /**
     * @param rebuild   the rebuild operation
     * @param databases the switchable read-model database
     * @param quiet     how long to wait after the last decision before rebuilding (a burst makes one rebuild)
     */
    public MapChangeRebuild(Rebuild rebuild, ReadModelDatabase databases, Duration quiet) {
        this.rebuild = rebuild;
        this.databases = databases;
        this.quiet = quiet;
        rebuild.setStartListener(this::rebuildStarting);
    }

    /**
     * Until {@link #caughtUp} is called, decisions are only collected: the territory feed is reading
     * the topic again from the beginning at start, before the consumers place anything.
     */
    public void holdUntilCaughtUp() {
        starting = true;
    }

    /**
     * The territory feed has read everything that was on the topic at start. The decisions it applied
     * are then compared with those the active database was built with: a database with no figures yet
     * takes them as its own (nothing was placed on an older map); a database lacking one is rebuilt.
     *
     * @param consumedBefore whether the consumers may have placed events before this (the feed was
     *                       slower than the start-up wait): their figures may be on an incomplete map,
     *                       so any decision at all makes a rebuild
     */
    public void caughtUp(boolean consumedBefore) {
        starting = false;
        String active = databases.active();
        Set<String> decisions = new TreeSet<>(applied);
        if (decisions.isEmpty()) {
            return; // the official map only
        }
        if (!consumedBefore && !placedAnything(active)) {
            record(active, decisions);
            log.info("Read models of {} start on the map of {} recorded decisions", active, decisions.size());
        } else if (consumedBefore || !recorded(active).containsAll(decisions)) {
            log.info("The read models of {} may be on an older map than the {} recorded decisions: rebuilding",
                    active, decisions.size());
            request();
        }
    }

    /** Called when a decision was added to the tree (membership-territory's listener). */
    public void decisionApplied(ReorganisationDecisionRecordedEvent decision) {
        applied.add(decision.decisionId());
        if (starting) {
            return; // decided once the feed caught up
        }
        if (recorded(databases.active()).contains(decision.decisionId())) {
            log.debug("Decision {} is already in the read models of {}", decision.decisionNumber(), databases.active());
            return;
        }
        log.info("Map changed by decision {} (effective {}): the read models will be rebuilt on the new map",
                decision.decisionNumber(), decision.effectiveDate());
        request();
    }

    /**
     * Any rebuild, this class's or an administrator's, places on the tree as it is when it starts: the
     * new database records the decisions known then, so the next start does not rebuild it again.
     */
    public void rebuildStarting(String database) {
        Set<String> decisions = new TreeSet<>(applied);
        decisions.addAll(recorded(databases.active()));
        if (!decisions.isEmpty()) {
            record(database, decisions);
        }
    }

    /** How many rebuilds this class started. */
    public int rebuildsStarted() {
        return started.get();
    }

    /** Whether a rebuild is asked for or running on behalf of this class. */
    public synchronized boolean busy() {
        return worker != null;
    }

    /** Waits until no rebuild is asked for or running on behalf of this class (tests). */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (busy()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(WAIT_STEP.toMillis());
        }
        return true;
    }

    /** The decisions a read-model database was built with. */
    public Set<String> recorded(String database) {
        Document doc = databases.client().getDatabase(database).getCollection(MAPS).find(Filters.eq("_id", DECISIONS)).first();
        Set<String> ids = new TreeSet<>();
        if (doc != null && doc.get(DECISIONS) instanceof List<?> list) {
            list.forEach(id -> ids.add(String.valueOf(id)));
        }
        return ids;
    }

    private boolean placedAnything(String database) {
        return databases.client().getDatabase(database).getCollection(vn.doanket.dashboard.query.UnitFigures.COLLECTION)
                .find(Filters.eq("_id", vn.doanket.dashboard.query.DatedFigures.CURRENT + ":" + vn.doanket.territory.Territory.NATION_CODE))
                .first() != null;
    }

    private synchronized void request() {
        requested = true;
        lastRequestNanos = System.nanoTime();
        if (worker == null && !closed) {
            worker = new Thread(this::run, "dashboard-map-change-rebuild");
            worker.setDaemon(true);
            worker.start();
        }
    }

    private void run() {
        try {
            while (!closed) {
                long waitNanos;
                synchronized (this) {
                    if (!requested) {
                        worker = null;
                        return;
                    }
                    waitNanos = lastRequestNanos + quiet.toNanos() - System.nanoTime();
                }
                if (waitNanos > 0) {
                    Thread.sleep(Math.max(1, waitNanos / 1_000_000));
                    continue; // another decision may have come meanwhile
                }
                while (rebuild.progress().state() == Rebuild.State.RUNNING) {
                    Thread.sleep(WAIT_STEP.toMillis()); // an administrator's rebuild: ours follows it
                }
                synchronized (this) {
                    requested = false;
                }
                Rebuild.Progress progress;
                try {
                    progress = rebuild.start();
                } catch (DomainException running) {
                    synchronized (this) {
                        requested = true; // started by someone else just now: wait for it, then ours
                    }
                    continue;
                }
                started.incrementAndGet();
                log.info("Rebuilding the read models on the new map into {}", progress.database());
                Rebuild.Progress done = rebuild.await(LONGEST_REBUILD);
                if (done.state() == Rebuild.State.SWITCHED && progress.database().equals(done.database())) {
                    log.info("Read models re-placed on the new map: {} events into {}", done.processed(), done.database());
                } else {
                    log.warn("Rebuild on the new map into {} ended {}: {}", progress.database(), done.state(), done.error());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Rebuild on the new map not started: {}", e.toString());
        } finally {
            synchronized (this) {
                if (worker == Thread.currentThread()) {
                    worker = null;
                }
            }
        }
    }

    private void record(String database, Set<String> decisions) {
        databases.client().getDatabase(database).getCollection(MAPS).replaceOne(Filters.eq("_id", DECISIONS),
                new Document("_id", DECISIONS).append(DECISIONS, new ArrayList<>(decisions)), new ReplaceOptions().upsert(true));
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (worker != null) {
            worker.interrupt();
        }
    }
}
