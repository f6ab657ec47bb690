-- The competition service's own tables (ADR 0009). Axon's event store, tokens, sagas and dead letters come from
-- db/migration/axon (platform/axon).

-- Which unit each contest, movement, participation, commendation and gift belongs to, written in the same
-- transaction as its first event, so requests are authorised as soon as the creating request returns (the query
-- tables below follow the event store a moment later). unit_code: the unit whose recorders act on it (organiser,
-- registered unit, issuing unit, recipient's unit); other_unit: the second unit concerned (the movement's organiser
-- of a participation, the recipient's unit of a commendation), or null.
create table competition_registry (
    kind        varchar(20)  not null,
    id          varchar(130) not null,
    unit_code   varchar(50)  not null,
    other_unit  varchar(50),
    primary key (kind, id)
);

-- Query tables, written by the "competition-query" processor in the same transaction as its token (exactly once).
-- *_path: the unit's chain on today's map when the row was written, from the nation down, e.g. /VN/79/26560/26560-KP01/
-- (lists of a unit and everything below it match '%/<unit>/%').
create table contest (
    contest_id           varchar(64)  primary key,
    organiser_unit       varchar(50)  not null,
    organiser_path       varchar(200) not null,
    level                varchar(20)  not null,
    title                varchar(300) not null,
    starts_on            date         not null,
    ends_on              date         not null,
    rules                text,
    nomination_allowance int          not null,
    quotas               text         not null,
    tie_breaks           text         not null,
    created_on           date         not null,
    status               varchar(20)  not null,
    results_locked_on    date,
    published_on         date
);
create index contest_organiser on contest (organiser_unit);

create table contest_round (
    contest_id   varchar(64)  not null,
    round_id     varchar(64)  not null,
    sequence     int          not null,
    name         varchar(300) not null,
    criteria     text         not null,
    advancement  text         not null,
    status       varchar(20)  not null,
    opened_on    date,
    closed_on    date,
    locked_on    date,
    sheets       int,
    primary key (contest_id, round_id)
);

create table contestant (
    contest_id      varchar(64)  not null,
    contestant_id   varchar(64)  not null,
    nominating_unit varchar(50)  not null,
    commune_code    varchar(5),
    full_name       varchar(200),
    person_id       varchar(64),
    committee_id    varchar(64),
    nominated_on    date         not null,
    withdrawn_on    date,
    withdrawal_reason text,
    prize_tier      varchar(20),
    prize_rank      int,
    prize_basis     varchar(20),
    primary key (contest_id, contestant_id)
);

create table contest_judge (
    contest_id   varchar(64)  not null,
    judge        varchar(64)  not null,
    judge_unit   varchar(50)  not null,
    round_ids    text         not null,
    appointed_on date         not null,
    conflicts    int          not null default 0,
    primary key (contest_id, judge)
);

-- Sealed: a judge's own sheets, read only by that judge (GET .../sheets/mine). Never published.
create table judge_sheet (
    contest_id    varchar(64) not null,
    round_id      varchar(64) not null,
    judge         varchar(64) not null,
    contestant_id varchar(64) not null,
    scores        text        not null,
    submitted_on  date        not null,
    primary key (contest_id, round_id, judge, contestant_id)
);

-- Filled only from RoundLocked: before a round is locked there is nothing here to read.
create table round_result (
    contest_id      varchar(64) not null,
    round_id        varchar(64) not null,
    contestant_id   varchar(64) not null,
    mark            numeric(9, 4) not null,
    rank            int         not null,
    eligible_judges int         not null,
    sheets          int         not null,
    criterion_means text        not null,
    advanced        boolean     not null,
    primary key (contest_id, round_id, contestant_id)
);

create table contest_correction (
    contest_id    varchar(64)  not null,
    correction_id varchar(64)  not null,
    contestant_id varchar(64)  not null,
    previous_tier varchar(20),
    new_tier      varchar(20),
    reason        text         not null,
    decision_ref  varchar(100) not null,
    corrected_on  date         not null,
    primary key (contest_id, correction_id)
);

create table movement (
    movement_id    varchar(64)  primary key,
    organiser_unit varchar(50)  not null,
    organiser_path varchar(200) not null,
    level          varchar(20)  not null,
    kind           varchar(20)  not null,
    title          varchar(300) not null,
    starts_on      date         not null,
    ends_on        date         not null,
    description    text,
    criteria       text         not null,
    launched_on    date         not null
);
create index movement_organiser on movement (organiser_unit);

create table movement_unit (
    movement_id       varchar(64) not null,
    unit_code         varchar(50) not null,
    unit_path         varchar(200) not null,
    pledge            text,
    registered_on     date        not null,
    reports           int         not null default 0,
    last_reported_on  date,
    last_rating       varchar(20),
    last_period_to    date,
    last_evaluated_on date,
    primary key (movement_id, unit_code)
);

create table movement_report (
    movement_id varchar(64) not null,
    unit_code   varchar(50) not null,
    report_id   varchar(64) not null,
    period_from date        not null,
    period_to   date        not null,
    results     text        not null,
    summary     text,
    reported_on date        not null,
    primary key (movement_id, unit_code, report_id)
);

create table movement_evaluation (
    movement_id   varchar(64) not null,
    unit_code     varchar(50) not null,
    evaluation_id varchar(64) not null,
    period_from   date        not null,
    period_to     date        not null,
    rating        varchar(20) not null,
    note          text,
    evaluated_on  date        not null,
    primary key (movement_id, unit_code, evaluation_id)
);

-- The names of commendations' and gifts' recipients (personal data: never published; from an internal event).
create table recipient (
    aggregate_id varchar(64)  primary key,
    name         varchar(200) not null
);

create table commendation (
    commendation_id   varchar(64)  primary key,
    issuing_unit      varchar(50)  not null,
    unit_code         varchar(50)  not null,
    unit_path         varchar(200) not null,
    kind              varchar(20)  not null,
    decision_number   varchar(100) not null,
    decided_on        date         not null,
    recipient_kind    varchar(20)  not null,
    person_id         varchar(64),
    basis             varchar(20)  not null,
    basis_id          varchar(64),
    reason            text         not null,
    revoked_on        date,
    revocation_reason text
);
create index commendation_unit on commendation (unit_code);
create index commendation_issuer on commendation (issuing_unit);

-- Amounts in whole đồng (bigint), summed exactly.
create table gift (
    gift_id           varchar(64)  primary key,
    unit_code         varchar(50)  not null,
    unit_path         varchar(200) not null,
    commune_code      varchar(5)   not null,
    occasion          varchar(30)  not null,
    recipient_kind    varchar(30)  not null,
    person_id         varchar(64),
    amount_vnd        bigint       not null,
    in_kind           varchar(300),
    funding_source    varchar(30)  not null,
    decision_ref      varchar(100) not null,
    given_on          date         not null,
    replaces_gift_id  varchar(64),
    reversed_on       date,
    reversal_reason   text,
    replaced_by       varchar(64)
);
create index gift_commune_year on gift (commune_code, given_on);

-- Certificates this service had issued and revoked, written by its certificate issuer in the processor's transaction
-- (so a replayed fact neither issues nor revokes twice; kept when the query tables are rebuilt, like the
-- certificates themselves), and the certificate standing for each prize (a correction revokes it, issues the new one).
create table issued_certificate (
    certificate_id varchar(64) primary key,
    revoked        boolean     not null default false
);

create table prize_certificate (
    contest_id     varchar(64) not null,
    contestant_id  varchar(64) not null,
    certificate_id varchar(64) not null,
    primary key (contest_id, contestant_id)
);
