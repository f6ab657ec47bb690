package vn.doanket.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {

    @Test
    void localBinariesRoundTripAndStopCleanly() throws Exception {
        PostgresServer server = PostgresServer.start(PostgresOptions.temporary());
        long pid;
        int port;
        Path data;
        try (server) {
            assertThat(server.usesEmbeddedBinaries()).isFalse();
            port = server.port();
            data = server.dataDirectory();
            pid = server.postmasterPid().orElseThrow();
            assertThat(ProcessSupport.isRunning(pid)).isTrue();
            roundTrip(server, "local_rt");
        }
        assertStopped(pid, port);
        assertThat(data).doesNotExist();
    }

    @Test
    void embeddedBinariesRoundTrip() throws Exception {
        PostgresServer server = PostgresServer.start(PostgresOptions.temporary().withEmbeddedBinaries(true));
        long pid;
        int port;
        Path data;
        try (server) {
            assertThat(server.usesEmbeddedBinaries()).isTrue();
            assertThat(server.binDirectory().toString()).contains("doanket-postgres-");
            port = server.port();
            data = server.dataDirectory();
            pid = server.postmasterPid().orElseThrow();
            roundTrip(server, "embedded_rt");
            try (Connection c = server.connect("postgres"); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SHOW server_version")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).startsWith("15.");
            }
        }
        assertStopped(pid, port);
        assertThat(data).doesNotExist();
    }

    @Test
    void persistentDataDirectoryKeepsDataAcrossRestarts(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        PostgresOptions options = PostgresOptions.persistent(data).withFsync(false);
        try (PostgresServer first = PostgresServer.start(options)) {
            first.createDatabase("keep");
            execute(first, "keep", "CREATE TABLE t (v int)", "INSERT INTO t VALUES (1)");
        }
        try (PostgresServer second = PostgresServer.start(options)) {
            second.createDatabase("keep"); // idempotent
            execute(second, "keep", "INSERT INTO t VALUES (2)");
        }
        try (PostgresServer third = PostgresServer.start(options)) {
            assertThat(sum(third, "keep")).isEqualTo(3);
        }
        assertThat(data.resolve("PG_VERSION")).exists();
        assertThat(data.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void leftoverServerOnPersistentDirectoryIsStoppedAndReused(@TempDir Path dir) throws Exception {
        PostgresOptions options = PostgresOptions.persistent(dir.resolve("pg")).withFsync(false);
        PostgresServer abandoned = PostgresServer.start(options);
        long oldPid = abandoned.postmasterPid().orElseThrow();
        abandoned.createDatabase("left");
        // a second start on the same directory, as after a JVM that died without closing
        try (PostgresServer server = PostgresServer.start(options)) {
            assertThat(ProcessSupport.isRunning(oldPid)).isFalse();
            execute(server, "left", "CREATE TABLE x (v int)");
        } finally {
            ProcessSupport.stopWatchdog(abandonedWatchdog(abandoned));
        }
    }

    private static Process abandonedWatchdog(PostgresServer server) throws ReflectiveOperationException {
        java.lang.reflect.Field field = PostgresServer.class.getDeclaredField("watchdog");
        field.setAccessible(true);
        return (Process) field.get(server);
    }

    private static void roundTrip(PostgresServer server, String database) throws SQLException {
        server.createDatabase(database);
        server.createDatabase(database);
        execute(server, database, "CREATE TABLE note (id int primary key, text varchar(100))",
                "INSERT INTO note VALUES (1, 'Đoàn Kết')");
        try (Connection c = java.sql.DriverManager.getConnection(server.jdbcUrl(database), server.username(),
                server.password()); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT text FROM note WHERE id = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Đoàn Kết");
        }
    }

    private static void execute(PostgresServer server, String database, String... sql) throws SQLException {
        try (Connection c = server.connect(database); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    private static int sum(PostgresServer server, String database) throws SQLException {
        try (Connection c = server.connect(database); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT sum(v) FROM t")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void assertStopped(long pid, int port) {
        assertThat(ProcessSupport.isRunning(pid)).as("postmaster %d running", pid).isFalse();
        assertThat(ProcessSupport.isListening(port)).as("port %d listening", port).isFalse();
    }
}
