package vn.doanket.testing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How to start a {@link PostgresServer}. Immutable; every {@code with…} method returns a copy.
 *
 * <pre>{@code
 * PostgresServer.start(PostgresOptions.temporary());                        // tests
 * PostgresServer.start(PostgresOptions.persistent(Path.of(".devstack/pg"))); // local stack
 * }</pre>
 */
public final class PostgresOptions {

    private final Path dataDirectory;
    private final boolean reuseExisting;
    private final boolean forceEmbeddedBinaries;
    private final boolean fsync;
    private final int maxConnections;
    private final Map<String, String> settings;

    private PostgresOptions(Path dataDirectory, boolean reuseExisting, boolean forceEmbeddedBinaries,
            boolean fsync, int maxConnections, Map<String, String> settings) {
        this.dataDirectory = dataDirectory;
        this.reuseExisting = reuseExisting;
        this.forceEmbeddedBinaries = forceEmbeddedBinaries;
        this.fsync = fsync;
        this.maxConnections = maxConnections;
        this.settings = Map.copyOf(settings);
    }

    /**
     * A fresh data directory in {@code java.io.tmpdir}, deleted when the server is closed.
     *
     * @return options for a throw-away server
     */
    public static PostgresOptions temporary() {
        return new PostgresOptions(null, false, false, true, 200, Map.of());
    }

    /**
     * A data directory that outlives the server: initialised on first start, reused afterwards.
     *
     * @param dataDirectory the PostgreSQL data directory (created if missing)
     * @return options for a persistent server
     */
    public static PostgresOptions persistent(Path dataDirectory) {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        return new PostgresOptions(dataDirectory.toAbsolutePath().normalize(), true, false, true, 200, Map.of());
    }

    /**
     * @param reuse whether an already initialised data directory may be reused (default true for
     *     persistent directories); when false an initialised directory is an error
     * @return a copy with the setting changed
     */
    public PostgresOptions withReuseExisting(boolean reuse) {
        return new PostgresOptions(dataDirectory, reuse, forceEmbeddedBinaries, fsync, maxConnections, settings);
    }

    /**
     * @param force use the embedded binaries from the zonky jar even when the machine has its own
     * @return a copy with the setting changed
     */
    public PostgresOptions withEmbeddedBinaries(boolean force) {
        return new PostgresOptions(dataDirectory, reuseExisting, force, fsync, maxConnections, settings);
    }

    /**
     * @param enabled PostgreSQL's {@code fsync} setting (default on)
     * @return a copy with the setting changed
     */
    public PostgresOptions withFsync(boolean enabled) {
        return new PostgresOptions(dataDirectory, reuseExisting, forceEmbeddedBinaries, enabled, maxConnections, settings);
    }

    /**
     * @param connections PostgreSQL's {@code max_connections} (default 200)
     * @return a copy with the setting changed
     */
    public PostgresOptions withMaxConnections(int connections) {
        if (connections < 5) {
            throw new IllegalArgumentException("max_connections must be at least 5: " + connections);
        }
        return new PostgresOptions(dataDirectory, reuseExisting, forceEmbeddedBinaries, fsync, connections, settings);
    }

    /**
     * @param name a server setting, e.g. {@code shared_buffers}
     * @param value its value, passed as {@code -c name=value}
     * @return a copy with the setting added
     */
    public PostgresOptions withSetting(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(settings);
        copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new PostgresOptions(dataDirectory, reuseExisting, forceEmbeddedBinaries, fsync, maxConnections, copy);
    }

    /** @return the data directory, or {@code null} for a temporary one */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** @return whether the data directory is deleted on close */
    public boolean isTemporary() {
        return dataDirectory == null;
    }

    /** @return whether an initialised data directory is reused */
    public boolean reuseExisting() {
        return reuseExisting;
    }

    /** @return whether the embedded binaries are forced */
    public boolean forceEmbeddedBinaries() {
        return forceEmbeddedBinaries;
    }

    /** @return the {@code fsync} setting */
    public boolean fsync() {
        return fsync;
    }

    /** @return the {@code max_connections} setting */
    public int maxConnections() {
        return maxConnections;
    }

    /** @return extra server settings */
    public Map<String, String> settings() {
        return settings;
    }
}
