package vn.doanket.dashboard.query;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Live figures over server-sent events: browsers subscribe to a unit; when the figures of today's
 * map change for a unit or anything below it (the placement chain names the unit and all its
 * ancestors), its subscribers get event {@code figures} with the unit's new totals. Changes are
 * coalesced and flushed every {@value #FLUSH_MILLIS} ms, so an open page shows a fact well within a
 * second and a burst of events costs one message per unit.
 */
@Component
public class FigureChanges {

    static final long FLUSH_MILLIS = 100;
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /** Subscriptions end after at most this long; the browser's EventSource reconnects by itself. */
    public static final int MAX_SECONDS = 1800;

    private static final Logger log = LoggerFactory.getLogger(FigureChanges.class);

    /** What a subscriber receives. */
    public record FiguresChanged(String unitCode, Map<String, Long> figures) {
    }

    private final UnitFigures figures;
    private final Map<String, Set<SseEmitter>> subscribers = new ConcurrentHashMap<>();
    private final Set<String> dirty = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dashboard-sse");
        t.setDaemon(true);
        return t;
    });
    private long lastHeartbeat = System.nanoTime();

    public FigureChanges(UnitFigures figures) {
        this.figures = figures;
    }

    @PostConstruct
    void start() {
        figures.onChange((view, chain) -> {
            if (DatedFigures.CURRENT.equals(view)) {
                dirty.addAll(chain);
            }
        });
        timer.scheduleWithFixedDelay(this::flush, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
        subscribers.values().forEach(set -> set.forEach(SseEmitter::complete));
    }

    /** A new subscription to a unit, primed with its current figures. */
    public SseEmitter subscribe(String unitCode, int seconds) {
        return register(unitCode, new SseEmitter(seconds * 1000L));
    }

    SseEmitter register(String unitCode, SseEmitter emitter) {
        Set<SseEmitter> set = subscribers.computeIfAbsent(unitCode, c -> new CopyOnWriteArraySet<>());
        set.add(emitter);
        Runnable remove = () -> set.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(() -> {
            remove.run();
            emitter.complete();
        });
        emitter.onError(e -> remove.run());
        send(unitCode, emitter, current(unitCode));
        return emitter;
    }

    /** Number of open subscriptions (all units). */
    public int subscriptions() {
        return subscribers.values().stream().mapToInt(Set::size).sum();
    }

    private FiguresChanged current(String unitCode) {
        return new FiguresChanged(unitCode, figures.totals(DatedFigures.CURRENT, unitCode).orElse(Map.of()));
    }

    void flush() {
        try {
            List<String> units = new ArrayList<>(dirty);
            dirty.removeAll(units);
            for (String unit : units) {
                Set<SseEmitter> set = subscribers.get(unit);
                if (set != null && !set.isEmpty()) {
                    FiguresChanged changed = current(unit);
                    set.forEach(emitter -> send(unit, emitter, changed));
                }
            }
            if (System.nanoTime() - lastHeartbeat > HEARTBEAT.toNanos()) {
                lastHeartbeat = System.nanoTime();
                subscribers.values().forEach(set -> set.forEach(this::heartbeat));
            }
        } catch (RuntimeException e) {
            log.warn("Pushing figure changes failed: {}", e.toString());
        }
    }

    private void send(String unit, SseEmitter emitter, FiguresChanged changed) {
        try {
            emitter.send(SseEmitter.event().name("figures").data(changed, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException gone) {
            // the browser went away (closed tab, drilled down, navigated): forget this emitter only; the
            // others of the unit must still get the change
            Set<SseEmitter> set = subscribers.get(unit);
            if (set != null) {
                set.remove(emitter);
            }
            try {
                emitter.completeWithError(gone);
            } catch (IllegalStateException alreadyFailed) {
                // the container has already closed the async request after its own error
                log.debug("Emitter of {} already closed", unit);
            }
        }
    }

    private void heartbeat(SseEmitter emitter) {
        try {
            emitter.send(SseEmitter.event().comment("heartbeat"));
        } catch (IOException | IllegalStateException gone) {
            subscribers.values().forEach(set -> set.remove(emitter));
        }
    }
}
