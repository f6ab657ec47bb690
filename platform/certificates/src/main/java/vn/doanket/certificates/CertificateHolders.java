package vn.doanket.certificates;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Optional;

/**
 * The holder's name of every certificate id ({@code certificate_holders}), in the using service's PostgreSQL
 * database: <b>personal data, kept out of the events</b> ({@link CertificateIssuedEvent} carries only the holder's
 * person id), so it is never published on Kafka. Written by {@link Certificates#issue} in the transaction that takes
 * the certificate's number and stores its first event, so the name exists exactly when the certificate does (a
 * refusal or a rollback writes neither). Read by the query side ({@link CertificateProjection}) for the API and the
 * PDF (full name, entitled readers) and the public page (masked). Nothing here logs a name.
 */
public class CertificateHolders {

    private final JdbcTemplate jdbc;

    public CertificateHolders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the holder's name of a certificate id, unless one is recorded already (never fails on a duplicate, so
     * an enclosing transaction stays usable). Must run in the transaction that stores the certificate's event, after
     * its number was allocated.
     *
     * @return whether the name was recorded now
     */
    public boolean record(String certificateId, String holderName) {
        return jdbc.update("insert into certificate_holders (certificate_id, holder_name) values (?, ?) "
                + "on conflict (certificate_id) do nothing", certificateId, holderName) == 1;
    }

    /** The holder's name recorded for a certificate id, if any. */
    public Optional<String> nameOf(String certificateId) {
        List<String> rows = jdbc.queryForList("select holder_name from certificate_holders where certificate_id = ?",
                String.class, certificateId);
        return rows.stream().findFirst();
    }
}
