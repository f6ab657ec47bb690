package vn.doanket.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * At start: adopts aggregates that have no chain yet (optional) and starts the periodic
 * checkpoints; at stop: one last checkpoint.
 */
public class AuditCheckpointScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpointScheduler.class);

    private final Checkpointer checkpointer;
    private final ChainRecorder recorder;
    private final DataSource dataSource;
    private final AuditProperties properties;
    private ScheduledExecutorService executor;
    private volatile boolean running;

    /**
     * @param checkpointer checkpoint writer
     * @param recorder chain writer (adoption)
     * @param dataSource the event store's database
     * @param properties settings
     */
    public AuditCheckpointScheduler(Checkpointer checkpointer, ChainRecorder recorder, DataSource dataSource,
                                    AuditProperties properties) {
        this.checkpointer = checkpointer;
        this.recorder = recorder;
        this.dataSource = dataSource;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (properties.isAdoptExisting()) {
            try (Connection c = dataSource.getConnection()) {
                int adopted = recorder.extendAll(c, List.copyOf(properties.getAggregateTypes()));
                if (adopted > 0) {
                    log.info("Audit chain: adopted {} events of aggregates without a chain", adopted);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot adopt existing events into the audit chain", e);
            }
        }
        Duration interval = properties.getCheckpointInterval();
        if (interval != null && !interval.isZero() && !interval.isNegative()) {
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "doanket-audit-checkpoints");
                t.setDaemon(true);
                return t;
            });
            executor.scheduleWithFixedDelay(this::checkpointQuietly, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        running = true;
        log.info("Audit chain on; checkpoints in {} every {}", checkpointer.log().file(), interval);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
        if (running) {
            checkpointQuietly();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void checkpointQuietly() {
        try {
            checkpointer.checkpoint().ifPresent(cp ->
                    log.debug("Audit checkpoint {} with {} heads", cp.number(), cp.heads().size()));
        } catch (RuntimeException e) {
            log.warn("Audit checkpoint failed: {}", e.getMessage());
        }
    }
}
