-- platform/certificates: the numbering of certificates (written in the transaction that stores a certificate's first
-- event) and the query table the certificate events fill (CertificateProjection). Added to every service that has
-- the library, through its MigrationLocation (ADR 0009).

-- the last serial number given by an issuer in a year (row locked by the increment: consecutive, gap-free numbers)
CREATE TABLE certificate_counter (
    issuer_unit_code VARCHAR(64) NOT NULL,
    year INT NOT NULL,
    last_serial BIGINT NOT NULL,
    PRIMARY KEY (issuer_unit_code, year)
);

-- the number and issuer of every certificate id, from the moment it is issued
CREATE TABLE certificate_registry (
    certificate_id VARCHAR(64) PRIMARY KEY,
    number VARCHAR(120) NOT NULL UNIQUE,
    issuer_unit_code VARCHAR(64) NOT NULL,
    year INT NOT NULL,
    serial BIGINT NOT NULL,
    registered_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (issuer_unit_code, year, serial)
);

-- one row per certificate, as its events say (CertificateIssued, CertificateRevoked)
CREATE TABLE certificates (
    certificate_id VARCHAR(64) PRIMARY KEY,
    number VARCHAR(120) NOT NULL UNIQUE,
    issuer_unit_code VARCHAR(64) NOT NULL,
    kind VARCHAR(40) NOT NULL,
    holder_name VARCHAR(200) NOT NULL,
    holder_person_id VARCHAR(64),
    title VARCHAR(300) NOT NULL,
    basis_type VARCHAR(64) NOT NULL,
    basis_id VARCHAR(200) NOT NULL,
    issued_on DATE NOT NULL,
    revoked_on DATE,
    revocation_reason TEXT,
    last_seq BIGINT NOT NULL
);
CREATE INDEX certificates_issuer_day ON certificates (issuer_unit_code, issued_on);
CREATE INDEX certificates_basis ON certificates (basis_type, basis_id);
