package vn.doanket.feedback.schema;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import vn.doanket.feedback.api.PetitionerIdentity;
import vn.doanket.feedback.command.PetitionRegistry;
import vn.doanket.testing.LegacySchemaInitializer;
import vn.doanket.testing.LocalInfrastructure;
import vn.doanket.testing.SchemaSnapshot;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schema migrations of the feedback service (ADR 0009). The service starts on a database deployed by the code
 * before migrations (Axon's, the audit chain's and feedback's tables, dumped with {@code pg_dump --schema-only}
 * from a database that code created): Flyway adopts it at baseline 1, creates and changes nothing, and the service
 * works on it. On an empty database, the service's migrations (its own and the platform's) create exactly that
 * old schema.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=feedback",
        "doanket.axon.publisher.topic=test.feedback-schema.events",
        "doanket.feedback.escalation.enabled=false",
        "doanket.membership.territory.topic=test.feedback-schema.membership.events"})
@LocalInfrastructure
@ContextConfiguration(initializers = FeedbackSchemaMigrationTest.OldSchema.class)
class FeedbackSchemaMigrationTest {

    static final String DUMP = "db/legacy/feedback-before-flyway.sql";

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
    PetitionRegistry registry;

    @Test
    void aDatabaseDeployedByTheOldCodeIsAdoptedUnchangedAndTheServiceWorksOnIt() throws Exception {
        SchemaSnapshot.assertAdoptedUnchanged(jdbc.getDataSource(), DUMP);

        String id = "schema-" + UUID.randomUUID();
        registry.register(id, "26560", new PetitionerIdentity("Nguyễn Văn A", "0900000000", null, null, null));
        assertThat(registry.unitOf(id)).contains("26560");
        assertThat(registry.petitioner(id)).isPresent();
    }

    @Test
    void onAnEmptyDatabaseTheServicesMigrationsCreateExactlyTheOldSchema() throws Exception {
        SchemaSnapshot.assertMigrationsCreate(flyway, DUMP);
    }
}
