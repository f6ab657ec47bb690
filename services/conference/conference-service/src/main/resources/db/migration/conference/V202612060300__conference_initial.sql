-- The conference service's own tables (ADR 0009): the synchronous registry written with each record's first event,
-- and the query model filled by the "conference-projection" processor in the same transaction as its token.
-- Every list is read in pages (LIMIT/OFFSET on an index); no row holds an unbounded list.

-- what exists (conferences, training classes, invitations) and which unit organises it: authorisation before the
-- query model catches up; conference and class ids share one namespace (one event stream per id)
CREATE TABLE conference_registry (
    id VARCHAR(200) PRIMARY KEY,
    type VARCHAR(20) NOT NULL,
    unit_code VARCHAR(64) NOT NULL,
    kind VARCHAR(30),
    registered_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE conference_view (
    conference_id VARCHAR(64) PRIMARY KEY,
    kind VARCHAR(30) NOT NULL,
    unit_code VARCHAR(64) NOT NULL,
    title VARCHAR(300) NOT NULL,
    starts_at TIMESTAMP NOT NULL,
    ends_at TIMESTAMP,
    venue VARCHAR(300) NOT NULL,
    agenda JSONB NOT NULL,
    status VARCHAR(20) NOT NULL,
    recorded_on DATE NOT NULL,
    opened_on DATE,
    closed_on DATE,
    conclusions TEXT,
    reason TEXT,
    invitations INT NOT NULL DEFAULT 0,
    accepted INT NOT NULL DEFAULT 0,
    declined INT NOT NULL DEFAULT 0,
    attendees INT NOT NULL DEFAULT 0,
    walk_ins INT NOT NULL DEFAULT 0,
    headcount INT,
    delegates INT NOT NULL DEFAULT 0,
    committees_represented INT NOT NULL DEFAULT 0,
    communes_represented INT NOT NULL DEFAULT 0,
    opinions INT NOT NULL DEFAULT 0,
    opinions_petitioned INT NOT NULL DEFAULT 0,
    presentations INT NOT NULL DEFAULT 0,
    topics JSONB NOT NULL DEFAULT '[]',
    activities JSONB NOT NULL DEFAULT '[]',
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- a conference under its unit and every unit above it (as recorded and on today's map): lists of a unit, newest first
CREATE TABLE conference_unit (
    unit_code VARCHAR(64) NOT NULL,
    conference_id VARCHAR(64) NOT NULL,
    starts_at TIMESTAMP NOT NULL,
    PRIMARY KEY (unit_code, conference_id)
);
CREATE INDEX conference_unit_newest ON conference_unit (unit_code, starts_at DESC, conference_id);

CREATE TABLE invitation_view (
    conference_id VARCHAR(64) NOT NULL,
    invitation_id VARCHAR(64) NOT NULL,
    invitee_kind VARCHAR(30) NOT NULL,
    invitee_ref VARCHAR(100),
    invitee_unit_code VARCHAR(64),
    -- personal data (a person's name): from an internal, unpublished event; never logged
    display_name VARCHAR(200),
    -- Vietnamese collation key of the name (or the reference): lists sort in Vietnamese order on an index
    sort_key BYTEA NOT NULL,
    walk_in BOOLEAN NOT NULL,
    sent_on DATE NOT NULL,
    response VARCHAR(20),
    responded_on DATE,
    checked_in_on DATE,
    check_in_method VARCHAR(20),
    PRIMARY KEY (conference_id, invitation_id)
);
CREATE INDEX invitation_view_order ON invitation_view (conference_id, sort_key, invitation_id);

CREATE TABLE delegate_view (
    conference_id VARCHAR(64) NOT NULL,
    delegate_id VARCHAR(64) NOT NULL,
    person_id VARCHAR(64),
    committee_ids JSONB NOT NULL,
    registered_on DATE NOT NULL,
    seq BIGINT NOT NULL,
    PRIMARY KEY (conference_id, delegate_id)
);
CREATE INDEX delegate_view_order ON delegate_view (conference_id, seq);

CREATE TABLE opinion_view (
    conference_id VARCHAR(64) NOT NULL,
    opinion_id VARCHAR(64) NOT NULL,
    delegate_id VARCHAR(64) NOT NULL,
    delegate_person_id VARCHAR(64),
    committee_ids JSONB NOT NULL,
    unit_code VARCHAR(64) NOT NULL,
    topic VARCHAR(50) NOT NULL,
    text TEXT NOT NULL,
    raised_on DATE NOT NULL,
    seq BIGINT NOT NULL,
    PRIMARY KEY (conference_id, opinion_id)
);
CREATE INDEX opinion_view_order ON opinion_view (conference_id, seq);

CREATE TABLE presentation_view (
    conference_id VARCHAR(64) NOT NULL,
    presentation_id VARCHAR(64) NOT NULL,
    title VARCHAR(300) NOT NULL,
    presenter VARCHAR(300) NOT NULL,
    seq BIGINT NOT NULL,
    PRIMARY KEY (conference_id, presentation_id)
);

-- petitions the feedback service opened from opinions, and their state, from doanket.feedback.events (written by the
-- consumer, idempotent by the petition's event sequence)
CREATE TABLE opinion_petition (
    petition_id VARCHAR(64) PRIMARY KEY,
    conference_id VARCHAR(64) NOT NULL,
    opinion_id VARCHAR(64) NOT NULL,
    status VARCHAR(20) NOT NULL,
    received_on DATE,
    last_seq BIGINT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX opinion_petition_by_opinion ON opinion_petition (conference_id, opinion_id);

CREATE TABLE training_class_view (
    class_id VARCHAR(64) PRIMARY KEY,
    unit_code VARCHAR(64) NOT NULL,
    title VARCHAR(300) NOT NULL,
    venue VARCHAR(300) NOT NULL,
    syllabus JSONB NOT NULL,
    sessions JSONB NOT NULL,
    starts_on DATE NOT NULL,
    status VARCHAR(20) NOT NULL,
    recorded_on DATE NOT NULL,
    trainees INT NOT NULL DEFAULT 0,
    completed INT NOT NULL DEFAULT 0,
    closed_on DATE,
    reason TEXT,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE training_class_unit (
    unit_code VARCHAR(64) NOT NULL,
    class_id VARCHAR(64) NOT NULL,
    starts_on DATE NOT NULL,
    PRIMARY KEY (unit_code, class_id)
);
CREATE INDEX training_class_unit_newest ON training_class_unit (unit_code, starts_on DESC, class_id);

CREATE TABLE trainee_view (
    class_id VARCHAR(64) NOT NULL,
    trainee_id VARCHAR(64) NOT NULL,
    person_id VARCHAR(64),
    -- personal data: from an internal, unpublished event; never logged
    full_name VARCHAR(200),
    sort_key BYTEA NOT NULL,
    role VARCHAR(30) NOT NULL,
    unit_code VARCHAR(64) NOT NULL,
    enrolled_on DATE NOT NULL,
    sessions_attended INT NOT NULL DEFAULT 0,
    completed_on DATE,
    PRIMARY KEY (class_id, trainee_id)
);
CREATE INDEX trainee_view_order ON trainee_view (class_id, sort_key, trainee_id);

-- the certificate of a trainee's completion, from the certificate's own events (another aggregate than the class: a
-- pooled processor may apply it before the trainee's row exists, so it is kept apart and joined when read)
CREATE TABLE trainee_certificate (
    class_id VARCHAR(64) NOT NULL,
    trainee_id VARCHAR(64) NOT NULL,
    certificate_id VARCHAR(100) NOT NULL UNIQUE,
    certificate_number VARCHAR(120) NOT NULL,
    revoked_on DATE,
    PRIMARY KEY (class_id, trainee_id)
);

-- the name each trainee's certificate carries, kept by the "training-certificates" processor from the internal event
-- that records it (personal data, never published by this service; the certificate itself names its holder)
CREATE TABLE certificate_holder (
    class_id VARCHAR(64) NOT NULL,
    trainee_id VARCHAR(64) NOT NULL,
    full_name VARCHAR(200) NOT NULL,
    PRIMARY KEY (class_id, trainee_id)
);
