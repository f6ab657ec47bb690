package vn.doanket.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings of the tamper-evident audit trail ({@code doanket.audit.*}). Off unless
 * {@code doanket.audit.enabled=true}. Keys and checkpoints live in files outside the databases.
 */
@ConfigurationProperties("doanket.audit")
public class AuditProperties {

    /** Whether the chain, checkpoints and verification are on. */
    private boolean enabled;
    /** Directory of the key files and (by default) the checkpoints; keep it out of database backups. */
    private Path directory = Path.of(".doanket", "audit");
    /** Chain HMAC key file (Base64); environment variable DOANKET_AUDIT_KEY wins. Default {@code <directory>/chain.key}. */
    private Path keyFile;
    /** Ed25519 private key file; the public key is beside it as .pub. Default {@code <directory>/checkpoint-signing.key}. */
    private Path signingKeyFile;
    /** Directory of the append-only checkpoint log. Default {@code <directory>/checkpoints}. */
    private Path checkpointDirectory;
    /** Aggregate types (Axon's type, the simple class name) to chain; empty for all. */
    private List<String> aggregateTypes = new ArrayList<>();
    /** Interval of the periodic checkpoints; zero turns them off (on-demand only). */
    private Duration checkpointInterval = Duration.ofMinutes(5);
    /** At start, chain the events of aggregates that have no chain yet (a store older than the chain). */
    private boolean adoptExisting = true;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Path getDirectory() {
        return directory;
    }

    public void setDirectory(Path directory) {
        this.directory = directory;
    }

    public Path getKeyFile() {
        return keyFile != null ? keyFile : directory.resolve("chain.key");
    }

    public void setKeyFile(Path keyFile) {
        this.keyFile = keyFile;
    }

    public Path getSigningKeyFile() {
        return signingKeyFile != null ? signingKeyFile : directory.resolve("checkpoint-signing.key");
    }

    public void setSigningKeyFile(Path signingKeyFile) {
        this.signingKeyFile = signingKeyFile;
    }

    public Path getCheckpointDirectory() {
        return checkpointDirectory != null ? checkpointDirectory : directory.resolve("checkpoints");
    }

    public void setCheckpointDirectory(Path checkpointDirectory) {
        this.checkpointDirectory = checkpointDirectory;
    }

    public List<String> getAggregateTypes() {
        return aggregateTypes;
    }

    public void setAggregateTypes(List<String> aggregateTypes) {
        this.aggregateTypes = aggregateTypes;
    }

    public Duration getCheckpointInterval() {
        return checkpointInterval;
    }

    public void setCheckpointInterval(Duration checkpointInterval) {
        this.checkpointInterval = checkpointInterval;
    }

    public boolean isAdoptExisting() {
        return adoptExisting;
    }

    public void setAdoptExisting(boolean adoptExisting) {
        this.adoptExisting = adoptExisting;
    }
}
