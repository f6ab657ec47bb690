-- platform/certificates: the holder's name leaves the events (CertificateIssued schema 2 carries only the person id).
-- The name of every certificate id is kept here, written with its number (certificate_registry) in the transaction
-- that stores the certificate's first event; it is personal data: read by the API and the PDF for entitled readers,
-- shown masked on the public page, never published and never logged.

CREATE TABLE certificate_holders (
    certificate_id VARCHAR(64) PRIMARY KEY REFERENCES certificate_registry (certificate_id),
    holder_name VARCHAR(200) NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- certificates issued before: the name their CertificateIssued event (schema 1) was stored with. The events stay as
-- stored (the audit chain forbids rewriting them); CertificateEventUpcasters drops the name whenever they are read,
-- so aggregates, the query processor and the Kafka publisher (a replay too) never see it again.
INSERT INTO certificate_holders (certificate_id, holder_name)
SELECT issued.certificate_id, issued.payload ->> 'holderName'
FROM (SELECT e.aggregate_identifier AS certificate_id,
             CASE WHEN e.payload_type = 'vn.doanket.certificates.CertificateIssuedEvent'
                  THEN convert_from(e.payload, 'UTF8')::jsonb END AS payload
      FROM domain_event_entry e
      WHERE e.type = 'Certificate' AND e.payload_type = 'vn.doanket.certificates.CertificateIssuedEvent') issued
WHERE issued.payload ->> 'holderName' IS NOT NULL
  AND EXISTS (SELECT 1 FROM certificate_registry r WHERE r.certificate_id = issued.certificate_id)
ON CONFLICT (certificate_id) DO NOTHING;

-- the query table no longer copies the name: its readers join certificate_holders
ALTER TABLE certificates DROP COLUMN holder_name;
