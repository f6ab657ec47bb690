package vn.doanket.axon;

import org.axonframework.eventhandling.deadletter.jdbc.GenericDeadLetterTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The way Axon's tables were created before Flyway (ADR 0009), kept for the tests only: Axon's own table
 * factories with the project's schemas, exactly as {@code AxonSchemaInitializer} called them at start-up.
 * A database built by this is "a database deployed by the old code".
 */
final class LegacyAxonSchema {

    private LegacyAxonSchema() {
    }

    static void create(DataSource dataSource) throws SQLException {
        var connections = new SpringDataSourceConnectionProvider(dataSource);
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        JdbcEventStorageEngine.builder().connectionProvider(connections).transactionManager(NoTransactionManager.INSTANCE)
                .snapshotSerializer(serializer).eventSerializer(serializer).schema(AxonSchemas.events())
                .dataType(byte[].class).build()
                .createSchema(PostgresEventTableFactory.INSTANCE);
        JdbcTokenStore.builder().connectionProvider(connections).serializer(serializer).schema(AxonSchemas.tokens())
                .contentType(byte[].class).build()
                .createSchema(PostgresTokenTableFactory.INSTANCE);
        JdbcSagaStore.builder().connectionProvider(connections).serializer(serializer)
                .sqlSchema(new PostgresSagaSqlSchema(AxonSchemas.sagas())).build()
                .createSchema();
        try (Connection c = dataSource.getConnection();
             Statement s = new PostgresDeadLetterTableFactory().createTableStatement(c, AxonSchemas.deadLetters())) {
            s.executeBatch();
        }
    }

    /** Axon's generic factory declares BLOB columns; PostgreSQL stores bytes as BYTEA. */
    static final class PostgresDeadLetterTableFactory extends GenericDeadLetterTableFactory {
        @Override
        protected String serializedDataType() {
            return "BYTEA";
        }
    }
}
