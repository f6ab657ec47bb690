package vn.doanket.axon;

import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;

/**
 * Readable snake_case names for Axon's tables and columns (Axon's defaults are unquoted
 * camelCase, which PostgreSQL folds to unreadable lower case).
 */
public final class AxonSchemas {

    public static final String EVENT_TABLE = "domain_event_entry";
    public static final String SNAPSHOT_TABLE = "snapshot_event_entry";
    public static final String TOKEN_TABLE = "token_entry";
    public static final String SAGA_TABLE = "saga_entry";
    public static final String ASSOCIATION_TABLE = "association_value_entry";
    public static final String DEAD_LETTER_TABLE = "dead_letter_entry";
    /** Where the migrations creating and upgrading these tables live (ADR 0009). */
    public static final String MIGRATIONS = "classpath:db/migration/axon";

    private AxonSchemas() {
    }

    public static EventSchema events() {
        return EventSchema.builder()
                .eventTable(EVENT_TABLE)
                .snapshotTable(SNAPSHOT_TABLE)
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    public static TokenSchema tokens() {
        return TokenSchema.builder()
                .setTokenTable(TOKEN_TABLE)
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    public static SagaSchema sagas() {
        return SagaSchema.builder()
                .sagaEntryTable(SAGA_TABLE)
                .associationValueEntryTable(ASSOCIATION_TABLE)
                .sagaIdColumn("saga_id")
                .sagaTypeColumn("saga_type")
                .revisionColumn("revision")
                .serializedSagaColumn("serialized_saga")
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .build();
    }

    public static DeadLetterSchema deadLetters() {
        return DeadLetterSchema.builder().deadLetterTable(DEAD_LETTER_TABLE).build();
    }
}
