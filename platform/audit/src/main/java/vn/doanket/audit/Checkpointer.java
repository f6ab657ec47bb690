package vn.doanket.audit;

import javax.sql.DataSource;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Writes signed checkpoints of the chain heads to the {@link CheckpointLog}: periodically (see the
 * auto-configuration) and on demand.
 */
public class Checkpointer {

    private final DataSource dataSource;
    private final CheckpointLog log;
    private final KeyPair signingKeys;
    private final Clock clock;

    /**
     * @param dataSource the event store's database
     * @param log checkpoint log
     * @param signingKeys Ed25519 key pair
     * @param clock time source
     */
    public Checkpointer(DataSource dataSource, CheckpointLog log, KeyPair signingKeys, Clock clock) {
        this.dataSource = dataSource;
        this.log = log;
        this.signingKeys = signingKeys;
        this.clock = clock;
    }

    /**
     * Checkpoints the heads that changed since the last checkpoint.
     *
     * @return the checkpoint written, or empty when nothing changed
     */
    public Optional<Checkpoint> checkpoint() {
        return Optional.ofNullable(write(false));
    }

    /**
     * Checkpoints now, even when no head changed (a signed "nothing changed until now").
     *
     * @return the checkpoint written
     */
    public Checkpoint checkpointNow() {
        return write(true);
    }

    /** @return the checkpoint log */
    public CheckpointLog log() {
        return log;
    }

    private Checkpoint write(boolean always) {
        Map<String, ChainEntry> heads;
        try (Connection c = dataSource.getConnection()) {
            heads = AuditChainStore.heads(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit chain heads", e);
        }
        return log.append(heads, signingKeys, clock.instant(), always);
    }
}
