-- Axon's tables with the project's snake_case names (vn.doanket.axon.AxonSchemas), exactly as Axon 4.12.2's
-- PostgresEventTableFactory, PostgresTokenTableFactory, JdbcSagaStore.createSchema() (PostgresSagaSqlSchema) and
-- GenericDeadLetterTableFactory (BYTEA instead of BLOB) created them at start-up before migrations existed.
-- Version 0.1 lies below the baseline (1): a database created by that code is adopted, not re-created (ADR 0009).

CREATE TABLE domain_event_entry (
    global_index BIGSERIAL NOT NULL,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number BIGINT NOT NULL,
    type VARCHAR(255),
    event_identifier VARCHAR(255) NOT NULL,
    meta_data bytea,
    payload bytea NOT NULL,
    payload_revision VARCHAR(255),
    payload_type VARCHAR(255) NOT NULL,
    time_stamp VARCHAR(255) NOT NULL,
    PRIMARY KEY (global_index),
    UNIQUE (aggregate_identifier, sequence_number),
    UNIQUE (event_identifier)
);

CREATE TABLE snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number BIGINT NOT NULL,
    type VARCHAR(255) NOT NULL,
    event_identifier VARCHAR(255) NOT NULL,
    meta_data bytea,
    payload bytea NOT NULL,
    payload_revision VARCHAR(255),
    payload_type VARCHAR(255) NOT NULL,
    time_stamp VARCHAR(255) NOT NULL,
    PRIMARY KEY (aggregate_identifier, sequence_number),
    UNIQUE (event_identifier)
);

CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment INTEGER NOT NULL,
    token bytea,
    token_type VARCHAR(255),
    time_stamp VARCHAR(255),
    owner VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);

CREATE TABLE association_value_entry (
    id BIGSERIAL NOT NULL,
    association_key VARCHAR(255),
    association_value VARCHAR(255),
    saga_id VARCHAR(255),
    saga_type VARCHAR(255),
    PRIMARY KEY (id)
);

CREATE TABLE saga_entry (
    saga_id VARCHAR(255) NOT NULL,
    revision VARCHAR(255),
    saga_type VARCHAR(255),
    serialized_saga bytea,
    PRIMARY KEY (saga_id)
);

CREATE TABLE dead_letter_entry (
    deadLetterIdentifier VARCHAR(255) NOT NULL,
    processingGroup VARCHAR(255) NOT NULL,
    sequenceIdentifier VARCHAR(255) NOT NULL,
    sequenceIndex BIGINT NOT NULL,
    messageType VARCHAR(255) NOT NULL,
    eventIdentifier VARCHAR(255) NOT NULL,
    timeStamp VARCHAR(255) NOT NULL,
    payloadType VARCHAR(255) NOT NULL,
    payloadRevision VARCHAR(255),
    payload BYTEA NOT NULL,
    metaData BYTEA,
    type VARCHAR(255),
    aggregateIdentifier VARCHAR(255),
    sequenceNumber BIGINT,
    tokenType VARCHAR(255),
    token BYTEA,
    enqueuedAt VARCHAR(255) NOT NULL,
    lastTouched VARCHAR(255),
    processingStarted VARCHAR(255),
    causeType VARCHAR(255),
    causeMessage VARCHAR(1023),
    diagnostics BYTEA,
    CONSTRAINT PK PRIMARY KEY (deadLetterIdentifier),
    CONSTRAINT sequenceIndex_INDEX UNIQUE (processingGroup, sequenceIdentifier, sequenceIndex)
);
CREATE INDEX processingGroup_INDEX ON dead_letter_entry (processingGroup);
CREATE INDEX sequenceIdentifier_INDEX ON dead_letter_entry (processingGroup, sequenceIdentifier);
