package vn.doanket.membership.schema;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import vn.doanket.membership.roster.RosterImportJobs;
import vn.doanket.testing.LegacySchemaInitializer;
import vn.doanket.testing.LocalInfrastructure;
import vn.doanket.testing.SchemaSnapshot;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schema migrations of the membership service (ADR 0009). The service starts on a database deployed by the code
 * before migrations (Axon's and membership's tables, dumped with {@code pg_dump --schema-only}
 * from a database that code created): Flyway adopts it at baseline 1, creates and changes nothing, and the service
 * works on it. On an empty database, the service's migrations (its own and the platform's) create exactly that
 * old schema.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.config.name=membership",
        "doanket.axon.publisher.topic=test.membership-schema.events"})
@LocalInfrastructure
@ContextConfiguration(initializers = MembershipSchemaMigrationTest.OldSchema.class)
class MembershipSchemaMigrationTest {

    static final String DUMP = "db/legacy/membership-before-flyway.sql";

    /** The database as the code before migrations left it. */
    static class OldSchema extends LegacySchemaInitializer {
        OldSchema() {
            super(DUMP);
        }
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Flyway flyway;
    @Autowired
    RosterImportJobs jobs;

    @Test
    void aDatabaseDeployedByTheOldCodeIsAdoptedUnchangedAndTheServiceWorksOnIt() throws Exception {
        SchemaSnapshot.assertAdoptedUnchanged(jdbc.getDataSource(), DUMP);

        assertThat(jobs.find("26560", UUID.randomUUID().toString())).isEmpty();
        assertThat(jobs.takeOverLapsed()).isZero();
    }

    @Test
    void onAnEmptyDatabaseTheServicesMigrationsCreateExactlyTheOldSchema() throws Exception {
        SchemaSnapshot.assertMigrationsCreate(flyway, DUMP);
    }
}
