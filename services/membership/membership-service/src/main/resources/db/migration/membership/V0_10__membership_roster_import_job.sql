-- Roster import jobs, exactly as RosterImportJobs created the table at start-up before migrations existed.
-- Version 0.10 lies below the baseline (1): a database created by that code is adopted (ADR 0009).

CREATE TABLE roster_import_job (
    job_id VARCHAR(36) PRIMARY KEY,
    commune_code VARCHAR(5) NOT NULL,
    file_name TEXT,
    status VARCHAR(16) NOT NULL,
    total INT NOT NULL,
    processed INT NOT NULL DEFAULT 0,
    applied INT NOT NULL DEFAULT 0,
    unchanged INT NOT NULL DEFAULT 0,
    rejected_rows TEXT NOT NULL DEFAULT '[]',
    started_at TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    actor_id VARCHAR(200) NOT NULL,
    actor_role VARCHAR(64) NOT NULL,
    content BYTEA,
    owner VARCHAR(36),
    lease_until TIMESTAMPTZ
);
