-- Feedback's own tables, exactly as JdbcPetitionRegistry, DeadlineProjection and JdbcRevealRecorder created them at
-- start-up before migrations existed. Version 0.10 lies below the baseline (1): a database created by that code is
-- adopted (ADR 0009).

CREATE TABLE petition_registry (
    petition_id VARCHAR(64) PRIMARY KEY,
    unit_code VARCHAR(64) NOT NULL,
    registered_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- verify of a unit reads the petitions of its communes and their residential areas ("26560-...")
CREATE INDEX petition_registry_commune ON petition_registry (split_part(unit_code, '-', 1));

CREATE TABLE petitioner (
    petition_id VARCHAR(64) PRIMARY KEY REFERENCES petition_registry (petition_id),
    full_name TEXT,
    phone TEXT,
    id_number TEXT,
    address TEXT,
    email TEXT
);

CREATE TABLE petition_deadline (
    petition_id VARCHAR(64) PRIMARY KEY,
    deadline DATE NOT NULL,
    level VARCHAR(20) NOT NULL,
    unit_code VARCHAR(64) NOT NULL
);

CREATE TABLE personal_data_reveal (
    id BIGSERIAL PRIMARY KEY,
    user_id VARCHAR(200) NOT NULL,
    roles VARCHAR(500) NOT NULL,
    kind VARCHAR(50) NOT NULL,
    subject VARCHAR(200),
    field VARCHAR(200),
    revealed_at TIMESTAMPTZ NOT NULL,
    request_id VARCHAR(200)
);
