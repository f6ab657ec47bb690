package vn.doanket.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a PostgreSQL schema as comparable lines (what {@code pg_dump --schema-only} shows, read from the
 * catalog so no client binary is needed): every column with its position, type, nullability and default, every
 * constraint and index with its definition, every sequence. Flyway's history table is left out, so a database
 * created by migrations can be compared with one created otherwise.
 */
public final class SchemaSnapshot {

    private static final String EXCLUDED = "flyway_schema_history";

    private SchemaSnapshot() {
    }

    /** Creates an empty database on the test JVM's shared PostgreSQL and returns its name. */
    public static String newDatabase() {
        String name = "s_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        SharedInfrastructure.get().postgres().createDatabase(name);
        return name;
    }

    /** A JDBC URL of a database on the test JVM's shared PostgreSQL (user and password as {@link #connect}). */
    public static String jdbcUrl(String database) {
        return SharedInfrastructure.get().postgres().jdbcUrl(database);
    }

    /** A connection to a database on the test JVM's shared PostgreSQL. */
    public static Connection connect(String database) throws SQLException {
        PostgresEndpoint postgres = SharedInfrastructure.get().postgres();
        return java.sql.DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }

    /** The schema of a database on the test JVM's shared PostgreSQL. */
    public static List<String> ofDatabase(String database) throws SQLException {
        try (Connection c = connect(database)) {
            return of(c);
        }
    }

    /** The schema of a data source's database. */
    public static List<String> of(javax.sql.DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return of(c);
        }
    }

    /**
     * The schema a {@code pg_dump --schema-only} on the class path creates, loaded into a new database.
     *
     * @param resource the dump's class-path location
     */
    public static List<String> ofDump(String resource) throws java.io.IOException, SQLException {
        String database = newDatabase();
        try (java.io.InputStream in = SchemaSnapshot.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new java.io.FileNotFoundException(resource);
            }
            String dump = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            try (Connection c = connect(database); java.sql.Statement s = c.createStatement()) {
                s.execute(dump);
                s.execute("set search_path to public");
                return of(c);
            }
        }
    }

    /**
     * Asserts that Flyway adopted a database deployed by the code before migrations: its history is the one baseline
     * (version 1) and its schema is exactly the dump's, nothing created or changed (ADR 0009).
     *
     * @param dataSource the service's database, after the service started on it
     * @param dump       the class-path location of the old code's {@code pg_dump --schema-only}
     */
    public static void assertAdoptedUnchanged(javax.sql.DataSource dataSource, String dump)
            throws java.io.IOException, SQLException {
        List<String> history = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement(
                     "select version || ' ' || type from " + EXCLUDED + " order by installed_rank");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                history.add(rs.getString(1));
            }
        }
        org.assertj.core.api.Assertions.assertThat(history).as("Flyway's history of an adopted database")
                .containsExactly("1 BASELINE");
        org.assertj.core.api.Assertions.assertThat(of(dataSource)).as("the adopted schema").isEqualTo(ofDump(dump));
    }

    /**
     * Asserts that a service's migrations (its Flyway configuration: its own locations and the platform's), run on a
     * new empty database, create exactly the schema of the old code's dump.
     *
     * @param flyway the service's Flyway bean
     * @param dump   the class-path location of the old code's {@code pg_dump --schema-only}
     */
    public static void assertMigrationsCreate(org.flywaydb.core.Flyway flyway, String dump)
            throws java.io.IOException, SQLException {
        String fresh = newDatabase();
        PostgresEndpoint postgres = SharedInfrastructure.get().postgres();
        org.flywaydb.core.Flyway.configure().configuration(flyway.getConfiguration())
                .dataSource(postgres.jdbcUrl(fresh), postgres.username(), postgres.password()).load().migrate();
        org.assertj.core.api.Assertions.assertThat(ofDatabase(fresh)).as("the schema the migrations create")
                .isEqualTo(ofDump(dump)).isNotEmpty();
    }

    /**
     * @param c a connection to the database
     * @return the sorted lines describing the current schema
     * @throws SQLException on a database error
     */
    public static List<String> of(Connection c) throws SQLException {
        List<String> lines = new ArrayList<>();
        lines.addAll(query(c, "select 'column ' || cl.relname || '.' || a.attname || ' #' || a.attnum || ' '"
                + " || format_type(a.atttypid, a.atttypmod) || case when a.attnotnull then ' not null' else '' end"
                + " || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')"
                + " from pg_attribute a join pg_class cl on cl.oid = a.attrelid"
                + " join pg_namespace n on n.oid = cl.relnamespace"
                + " left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum"
                + " where n.nspname = current_schema() and cl.relkind = 'r' and a.attnum > 0 and not a.attisdropped"
                + " and cl.relname <> ?"));
        lines.addAll(query(c, "select 'constraint ' || cl.relname || '.' || co.conname || ' ' || pg_get_constraintdef(co.oid)"
                + " from pg_constraint co join pg_class cl on cl.oid = co.conrelid"
                + " join pg_namespace n on n.oid = cl.relnamespace"
                + " where n.nspname = current_schema() and cl.relname <> ?"));
        lines.addAll(query(c, "select 'index ' || indexdef from pg_indexes"
                + " where schemaname = current_schema() and tablename <> ?"));
        lines.addAll(query(c, "select 'sequence ' || sequence_name || ' ' || data_type from information_schema.sequences"
                + " where sequence_schema = current_schema() and sequence_name <> ?"));
        lines.sort(null);
        return lines;
    }

    private static List<String> query(Connection c, String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, EXCLUDED);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
            }
        }
        return result;
    }
}
