package vn.doanket.axon;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import vn.doanket.axon.testapp.CounterIncrementedEvent;
import vn.doanket.axon.testapp.CounterTestApplication;
import vn.doanket.axon.testapp.CreateCounterCommand;
import vn.doanket.axon.testapp.IncrementCounterCommand;
import vn.doanket.events.Actor;
import vn.doanket.testing.LocalInfrastructureInitializer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event store's schema on PostgreSQL: readable snake_case tables with BYTEA payloads, events
 * numbered 0..n per aggregate, and migrations that can run again (a restart, or a
 * second instance of the service on the same database) without harm.
 */
class EventStoreSchemaTest extends SharedContextTest {

    static final List<String> TABLES = List.of(AxonSchemas.EVENT_TABLE, AxonSchemas.SNAPSHOT_TABLE,
            AxonSchemas.TOKEN_TABLE, AxonSchemas.SAGA_TABLE, AxonSchemas.ASSOCIATION_TABLE, AxonSchemas.DEAD_LETTER_TABLE);

    @Autowired
    Flyway flyway;
    @Autowired
    EventStore eventStore;
    @Autowired
    ConfigurableEnvironment environment;

    @Test
    void tablesHaveSnakeCaseNamesAndByteaPayloads() {
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = current_schema()", String.class);
        assertThat(tables).containsAll(TABLES);
        assertThat(tables).as("Axon's unquoted camelCase defaults, folded by PostgreSQL")
                .doesNotContain("domainevententry", "tokenentry", "sagaentry", "associationvalueentry", "deadletterentry");

        assertThat(columnType(AxonSchemas.EVENT_TABLE, "payload")).isEqualTo("bytea");
        assertThat(columnType(AxonSchemas.EVENT_TABLE, "meta_data")).isEqualTo("bytea");
        assertThat(columnType(AxonSchemas.SNAPSHOT_TABLE, "payload")).isEqualTo("bytea");
        assertThat(columnType(AxonSchemas.TOKEN_TABLE, "token")).isEqualTo("bytea");
        assertThat(byteaColumns(AxonSchemas.SAGA_TABLE)).isNotEmpty();
        for (String column : List.of("global_index", "time_stamp", "event_identifier", "aggregate_identifier",
                "sequence_number", "type", "payload_type", "payload_revision")) {
            assertThat(columnType(AxonSchemas.EVENT_TABLE, column)).as(column).isNotNull();
        }
        for (String column : List.of("processor_name", "segment", "token_type", "owner", "time_stamp")) {
            assertThat(columnType(AxonSchemas.TOKEN_TABLE, column)).as(column).isNotNull();
        }
        List<String> blobColumns = jdbc.queryForList("select table_name || '.' || column_name from information_schema.columns "
                + "where table_schema = current_schema() and data_type in ('oid', 'blob') and table_name = any (?)",
                String.class, (Object) TABLES.toArray(String[]::new));
        assertThat(blobColumns).as("large-object (oid) columns leak storage on PostgreSQL").isEmpty();
        assertThat(byteaColumns(AxonSchemas.DEAD_LETTER_TABLE)).contains("payload", "metadata", "token");
    }

    @Test
    void eventsOfAnAggregateAreStoredWithSequenceNumbersFromZero() {
        String id = newId("schema");
        commands.send(new CreateCounterCommand(id, "26560"), Actor.SYSTEM);
        for (int i = 0; i < 3; i++) {
            commands.send(new IncrementCounterCommand(id, 2), Actor.SYSTEM);
        }
        List<StoredEvent> stored = storedEvents(id);
        assertThat(stored).extracting(StoredEvent::sequence).containsExactly(0L, 1L, 2L, 3L);
        assertThat(stored).extracting(StoredEvent::aggregateType).containsOnly("Counter");
        assertThat(stored).extracting(StoredEvent::payloadType).containsExactly(
                "vn.doanket.axon.testapp.CounterCreatedEvent", "vn.doanket.axon.testapp.CounterIncrementedEvent",
                "vn.doanket.axon.testapp.CounterIncrementedEvent", "vn.doanket.axon.testapp.CounterIncrementedEvent");
        assertThat(stored).extracting(StoredEvent::globalIndex).isSorted().doesNotHaveDuplicates();
        String payload = jdbc.queryForObject("select convert_from(payload, 'UTF8') from domain_event_entry "
                + "where aggregate_identifier = ? and sequence_number = 3", String.class, id);
        assertThat(payload).contains("\"value\":6").contains("\"unitCode\":\"26560\"");
    }

    @Test
    void migratingAgainKeepsTablesAndEvents() {
        String id = newId("schema-again");
        commands.send(new CreateCounterCommand(id, "26560"), Actor.SYSTEM);
        long events = countEvents();
        long tokens = jdbc.queryForObject("select count(*) from token_entry", Long.class);

        for (int i = 0; i < 2; i++) {
            assertThat(flyway.migrate().migrationsExecuted).isZero();
        }

        assertThat(countEvents()).isEqualTo(events);
        assertThat(jdbc.queryForObject("select count(*) from token_entry", Long.class)).isEqualTo(tokens);
        assertThat(storedEvents(id)).hasSize(1);
        commands.send(new IncrementCounterCommand(id, 1), Actor.SYSTEM);
        assertThat(storedEvents(id)).extracting(StoredEvent::sequence).containsExactly(0L, 1L);
    }

    @Test
    void aSecondInstanceStartsOnTheSameDatabaseAndContinuesTheSameStreams() {
        String id = newId("second-instance");
        commands.send(new CreateCounterCommand(id, "26560"), Actor.SYSTEM);
        commands.send(new IncrementCounterCommand(id, 5), Actor.SYSTEM);

        List<String> args = new ArrayList<>();
        infrastructureProperties().forEach((key, value) -> args.add("--" + key + "=" + value));
        args.add("--doanket.axon.context=axontest");
        args.add("--doanket.axon.publisher.enabled=false");
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(CounterTestApplication.class)
                .web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new))) {
            assertThat(second.getEnvironment().getProperty("spring.datasource.url"))
                    .isEqualTo(environment.getProperty("spring.datasource.url"));
            EventStore secondStore = second.getBean(EventStore.class);
            List<? extends DomainEventMessage<?>> history = secondStore.readEvents(id).asStream().toList();
            assertThat(history).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L);

            second.getBean(CommandSender.class).send(new IncrementCounterCommand(id, 1), Actor.SYSTEM);
        }
        List<? extends DomainEventMessage<?>> history = eventStore.readEvents(id).asStream().toList();
        assertThat(history).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L);
        assertThat(((CounterIncrementedEvent) history.get(2).getPayload()).value()).isEqualTo(6L);
        assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_schema = current_schema()",
                String.class)).containsAll(TABLES);
    }

    /** The infrastructure properties {@code @LocalInfrastructure} gave this context (same database). */
    private Map<String, Object> infrastructureProperties() {
        var source = environment.getPropertySources().get(LocalInfrastructureInitializer.PROPERTY_SOURCE_NAME);
        assertThat(source).isInstanceOf(EnumerablePropertySource.class);
        EnumerablePropertySource<?> enumerable = (EnumerablePropertySource<?>) source;
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        for (String name : enumerable.getPropertyNames()) {
            properties.put(name, enumerable.getProperty(name));
        }
        assertThat(properties).containsKey("spring.datasource.url");
        return properties;
    }

    private String columnType(String table, String column) {
        List<String> types = jdbc.queryForList("select data_type from information_schema.columns "
                + "where table_schema = current_schema() and table_name = ? and column_name = ?", String.class, table, column);
        return types.isEmpty() ? null : types.get(0);
    }

    private List<String> byteaColumns(String table) {
        return jdbc.queryForList("select column_name from information_schema.columns "
                + "where table_schema = current_schema() and table_name = ? and data_type = 'bytea'", String.class, table);
    }

    private long countEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
