package vn.doanket.axon;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.doanket.axon.testapp.CounterTestApplication;
import vn.doanket.axon.testapp.CreateCounterCommand;
import vn.doanket.axon.testapp.IncrementCounterCommand;
import vn.doanket.events.Actor;
import vn.doanket.testing.LocalInfrastructureInitializer;
import vn.doanket.testing.PostgresEndpoint;
import vn.doanket.testing.SchemaSnapshot;
import vn.doanket.testing.SharedInfrastructure;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon's tables are created and upgraded by Flyway (ADR 0009): a fresh database gets exactly the schema Axon's
 * table factories created before; a database created that old way is adopted (baseline, nothing re-created) and
 * keeps its events; a later migration is applied to it on the next start.
 */
class SchemaMigrationTest extends SharedContextTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    ConfigurableEnvironment environment;

    @Test
    void aFreshDatabaseGetsExactlyTheSchemaOfTheOldTableFactories() throws Exception {
        DataSource legacy = newDatabase("legacy-shape");
        LegacyAxonSchema.create(legacy);

        List<String> migrated = snapshot(dataSource);
        assertThat(migrated).anyMatch(line -> line.startsWith("column domain_event_entry.global_index"));
        assertThat(migrated).isEqualTo(snapshot(legacy));
        assertThat(jdbc.queryForList("select version from flyway_schema_history where success order by installed_rank",
                String.class)).containsExactly("0.1");
    }

    @Test
    void aDatabaseCreatedByTheOldCodeIsAdoptedAndUpgraded() throws Exception {
        DataSource legacy = newDatabase("legacy-adopted");
        LegacyAxonSchema.create(legacy);
        List<String> before = snapshot(legacy);
        String id = newId("adopted");

        try (ConfigurableApplicationContext app = start(legacy)) {
            app.getBean(CommandSender.class).send(new CreateCounterCommand(id, "26560"), Actor.SYSTEM);
            app.getBean(CommandSender.class).send(new IncrementCounterCommand(id, 2), Actor.SYSTEM);
        }
        JdbcTemplate old = new JdbcTemplate(legacy);
        assertThat(old.queryForList("select version || ' ' || type from flyway_schema_history order by installed_rank",
                String.class)).as("baselined, the old tables kept").containsExactly("1 BASELINE");
        assertThat(snapshot(legacy)).isEqualTo(before);

        try (ConfigurableApplicationContext app = start(legacy, "classpath:db/upgrade-test")) {
            app.getBean(CommandSender.class).send(new IncrementCounterCommand(id, 3), Actor.SYSTEM);
        }
        assertThat(old.queryForList("select version || ' ' || success from flyway_schema_history order by installed_rank",
                String.class)).containsExactly("1 true", "999 true");
        assertThat(old.queryForList("select indexname from pg_indexes where tablename = 'domain_event_entry'",
                String.class)).contains("domain_event_entry_time_stamp");
        assertThat(old.queryForList("select sequence_number from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number", Long.class, id)).containsExactly(0L, 1L, 2L);
    }

    private ConfigurableApplicationContext start(DataSource database, String... extraLocations) throws Exception {
        Map<String, Object> properties = infrastructureProperties();
        try (Connection c = database.getConnection()) {
            properties.put("spring.datasource.url", c.getMetaData().getURL());
        }
        List<String> args = new ArrayList<>();
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        args.add("--doanket.axon.context=axontest");
        args.add("--doanket.axon.publisher.enabled=false");
        if (extraLocations.length > 0) {
            args.add("--spring.flyway.locations=classpath:db/migration/axontest," + String.join(",", extraLocations));
        }
        return new SpringApplicationBuilder(CounterTestApplication.class).web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
    }

    private DataSource newDatabase(String label) {
        PostgresEndpoint postgres = SharedInfrastructure.get().postgres();
        String name = "m_" + label.replace('-', '_') + "_" + UUID.randomUUID().toString().substring(0, 8);
        postgres.createDatabase(name);
        SingleConnectionDataSource ds = new SingleConnectionDataSource(postgres.jdbcUrl(name), postgres.username(),
                postgres.password(), true);
        ds.setAutoCommit(true);
        return ds;
    }

    private static List<String> snapshot(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection()) {
            return SchemaSnapshot.of(c);
        }
    }

    private Map<String, Object> infrastructureProperties() {
        var source = (EnumerablePropertySource<?>) environment.getPropertySources()
                .get(LocalInfrastructureInitializer.PROPERTY_SOURCE_NAME);
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        for (String name : source.getPropertyNames()) {
            properties.put(name, source.getProperty(name));
        }
        return properties;
    }
}
