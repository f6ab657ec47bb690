package vn.doanket.audit;

import org.junit.jupiter.api.Test;
import vn.doanket.testing.PostgresEndpoint;
import vn.doanket.testing.SchemaSnapshot;
import vn.doanket.testing.SharedInfrastructure;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit migration creates exactly the {@code audit_chain} that {@code AuditChainStore} created before (ADR 0009). */
class AuditSchemaMigrationTest {

    /** The statement AuditChainStore.createTable ran at start-up before migrations existed. */
    static final String LEGACY = "create table if not exists audit_chain ("
            + "aggregate_id varchar(255) not null, seq bigint not null, event_id varchar(255) not null, "
            + "mac bytea not null, payload_mac bytea not null, chained_at timestamptz not null default now(), "
            + "primary key (aggregate_id, seq))";

    @Test
    void theMigrationCreatesTheTableTheOldCodeCreated() throws Exception {
        PostgresEndpoint postgres = SharedInfrastructure.get().postgres();
        String legacy = "a_legacy_" + UUID.randomUUID().toString().substring(0, 8);
        String migrated = "a_migrated_" + UUID.randomUUID().toString().substring(0, 8);
        postgres.createDatabase(legacy);
        postgres.createDatabase(migrated);
        try (Connection c = connect(postgres, legacy); Statement s = c.createStatement()) {
            s.execute(LEGACY);
        }
        org.flywaydb.core.Flyway.configure()
                .dataSource(postgres.jdbcUrl(migrated), postgres.username(), postgres.password())
                .locations(AuditMigrations.LOCATION).load().migrate();

        List<String> expected;
        try (Connection c = connect(postgres, legacy)) {
            expected = SchemaSnapshot.of(c);
        }
        try (Connection c = connect(postgres, migrated)) {
            assertThat(SchemaSnapshot.of(c)).isEqualTo(expected).anyMatch(line -> line.contains("audit_chain.mac"));
        }
    }

    private static Connection connect(PostgresEndpoint postgres, String database) throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }
}
