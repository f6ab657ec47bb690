package vn.doanket.axon;

import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.GenericDeadLetterTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the event store, token store, saga store and dead-letter tables in the service's
 * PostgreSQL database when they don't exist yet. Runs before any processor starts (the
 * storage beans depend on it).
 */
public class AxonSchemaInitializer {

    private static final Logger log = LoggerFactory.getLogger(AxonSchemaInitializer.class);

    private final DataSource dataSource;

    public AxonSchemaInitializer(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void createEventTables(JdbcEventStorageEngine engine) {
        engine.createSchema(PostgresEventTableFactory.INSTANCE);
    }

    void createTokenTable(JdbcTokenStore tokenStore) {
        tokenStore.createSchema(PostgresTokenTableFactory.INSTANCE);
    }

    void createSagaTables(JdbcSagaStore sagaStore) {
        if (!exists(AxonSchemas.SAGA_TABLE)) {
            try {
                sagaStore.createSchema();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create the saga tables", e);
            }
            log.info("Created saga tables");
        }
    }

    void createDeadLetterTable(DeadLetterSchema schema) {
        if (exists(schema.deadLetterTable())) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             Statement s = new PostgresDeadLetterTableFactory().createTableStatement(c, schema)) {
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the dead-letter table", e);
        }
    }

    /** Axon's generic factory declares BLOB columns; PostgreSQL stores bytes as BYTEA. */
    static final class PostgresDeadLetterTableFactory extends GenericDeadLetterTableFactory {
        @Override
        protected String serializedDataType() {
            return "BYTEA";
        }
    }

    boolean exists(String table) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select to_regclass(?) is not null")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot inspect the event store database", e);
        }
    }
}
