-- The audit hash chain (ADR 0003), exactly as AuditChainStore created it at start-up before migrations existed.
-- Version 0.2 lies below the baseline (1): a database created by that code is adopted (ADR 0009).

CREATE TABLE audit_chain (
    aggregate_id VARCHAR(255) NOT NULL,
    seq BIGINT NOT NULL,
    event_id VARCHAR(255) NOT NULL,
    mac BYTEA NOT NULL,
    payload_mac BYTEA NOT NULL,
    chained_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (aggregate_id, seq)
);
