package vn.doanket.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB wire-protocol stand-in ({@code de.bwaldvogel:mongo-java-server}) on 127.0.0.1 and a free
 * port, in this JVM. See ARCHITECTURE.md for what it lacks (transactions, change streams,
 * {@code $text}, non-unique secondary indexes) — address read-model documents by {@code _id}.
 */
public final class MongoStandIn implements MongoEndpoint, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(MongoStandIn.class.getName());

    private final MongoServer server;
    private final int port;
    private final long startMillis;
    private boolean closed;

    private MongoStandIn(MongoServer server, int port, long startMillis) {
        this.server = server;
        this.port = port;
        this.startMillis = startMillis;
    }

    /**
     * A stand-in keeping everything in memory (tests).
     *
     * @return the running server
     */
    public static MongoStandIn inMemory() {
        return start(new MemoryBackend(), "memory");
    }

    /**
     * A stand-in persisting to an H2 MVStore file (local stack); reopening the same file keeps the data.
     *
     * @param file the H2 file, e.g. {@code .devstack/mongo.mv.db}; its directory is created
     * @return the running server
     */
    public static MongoStandIn h2(Path file) {
        try {
            Path absolute = file.toAbsolutePath();
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            return start(new H2Backend(absolute.toString()), "h2 " + absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory of " + file, e);
        }
    }

    private static MongoStandIn start(MongoBackend backend, String description) {
        long t0 = System.nanoTime();
        QuietLogging.apply();
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("127.0.0.1", 0);
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw new IllegalStateException("Cannot start mongo-java-server (" + description + ")", e);
        }
        InetSocketAddress address = server.getLocalAddress();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        LOG.log(Level.INFO, "Mongo stand-in ({0}) ready on 127.0.0.1:{1,number,#} in {2,number,#} ms", description,
                address.getPort(), millis);
        return new MongoStandIn(server, address.getPort(), millis);
    }

    /** @return the TCP port on 127.0.0.1 */
    public int port() {
        return port;
    }

    /** @return milliseconds to start */
    public long startMillis() {
        return startMillis;
    }

    @Override
    public String connectionString() {
        return "mongodb://127.0.0.1:" + port;
    }

    /** Stops listening, closes client connections and the backend (flushing an H2 file). */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            server.shutdownNow();
        }
    }

    @Override
    public String toString() {
        return "MongoStandIn[" + connectionString() + "]";
    }
}
