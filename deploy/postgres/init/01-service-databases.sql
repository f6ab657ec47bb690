-- One PostgreSQL database and one login role per service: no service reads another's tables.
-- Run once by the postgres:15 image's entrypoint (/docker-entrypoint-initdb.d) on an EMPTY data
-- volume, as the superuser, through psql. The statements are idempotent, so the file can also be
-- re-run by hand: psql -U postgres -f 01-service-databases.sql (with the env variables below set).
--
-- Passwords come from the container's environment (psql 15 \getenv); docker-compose.yml passes the
-- same variables to the postgres container and to the service. The service creates and upgrades its own
-- tables (Axon event store, tokens, sagas, dead letters, its own) at start with Flyway migrations, as owner
-- of its database (ADR 0009).

-- membership: event store of the membership context -------------------------------------------
\getenv membership_password DOANKET_MEMBERSHIP_DB_PASSWORD

SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', 'membership', :'membership_password')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'membership') \gexec

SELECT 'CREATE DATABASE membership OWNER membership ENCODING ''UTF8'' TEMPLATE template0'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'membership') \gexec

REVOKE ALL ON DATABASE membership FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE membership TO membership;

-- feedback: event store, audit chain, petitioner identities and deadlines of the feedback context --
\getenv feedback_password DOANKET_FEEDBACK_DB_PASSWORD

SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', 'feedback', :'feedback_password')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'feedback') \gexec

SELECT 'CREATE DATABASE feedback OWNER feedback ENCODING ''UTF8'' TEMPLATE template0'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'feedback') \gexec

REVOKE ALL ON DATABASE feedback FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE feedback TO feedback;

-- conference: event store, registry, query model and certificate numbering of the conference context ----
\getenv conference_password DOANKET_CONFERENCE_DB_PASSWORD

SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', 'conference', :'conference_password')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'conference') \gexec

SELECT 'CREATE DATABASE conference OWNER conference ENCODING ''UTF8'' TEMPLATE template0'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'conference') \gexec

REVOKE ALL ON DATABASE conference FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE conference TO conference;

-- competition: event store, query tables and certificates of the competition context -----------
\getenv competition_password DOANKET_COMPETITION_DB_PASSWORD

SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', 'competition', :'competition_password')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'competition') \gexec

SELECT 'CREATE DATABASE competition OWNER competition ENCODING ''UTF8'' TEMPLATE template0'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'competition') \gexec

REVOKE ALL ON DATABASE competition FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE competition TO competition;

-- Future contexts follow the same three steps with their own role, database and password
-- variable (identity, conference, competition), added when each service exists.
