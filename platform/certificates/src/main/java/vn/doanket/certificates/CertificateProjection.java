package vn.doanket.certificates;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Optional;

/**
 * The {@code certificates} query table, filled from the certificate events by its own processor (written in the same
 * transaction as the processor's token). Idempotent: a row remembers the sequence of the last event applied to it, so
 * a replayed event changes nothing. Read by the verification page, the API and the PDF, with the holder's name from
 * {@code certificate_holders} ({@link CertificateHolders}): the events carry no name, so neither does this table, and
 * a replay needs none.
 */
@ProcessingGroup(CertificateProjection.GROUP)
public class CertificateProjection {

    /** The processing group (a pooled streaming processor on the service's event store). */
    public static final String GROUP = "doanket-certificates";

    private static final String COLUMNS = "certificate_id, number, issuer_unit_code, kind, holder_person_id, "
            + "title, basis_type, basis_id, issued_on, revoked_on, revocation_reason";

    /** A certificate with its holder's name (none only if the name was never recorded). */
    private static final String SELECT = "select c.certificate_id, c.number, c.issuer_unit_code, c.kind, h.holder_name, "
            + "c.holder_person_id, c.title, c.basis_type, c.basis_id, c.issued_on, c.revoked_on, c.revocation_reason "
            + "from certificates c left join certificate_holders h on h.certificate_id = c.certificate_id where c.";

    private final JdbcTemplate jdbc;

    public CertificateProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CertificateIssuedEvent e, @SequenceNumber long sequence) {
        jdbc.update("insert into certificates (" + COLUMNS + ", last_seq) values (?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, ?) "
                        + "on conflict (certificate_id) do nothing",
                e.certificateId(), e.number(), e.issuerUnitCode(), e.kind().name(), e.holderPersonId(),
                e.title(), e.basisType(), e.basisId(), e.issuedOn(), sequence);
    }

    @EventHandler
    void on(CertificateRevokedEvent e, @SequenceNumber long sequence) {
        jdbc.update("update certificates set revoked_on = ?, revocation_reason = ?, last_seq = ? "
                + "where certificate_id = ? and last_seq < ?", e.revokedOn(), e.reason(), sequence, e.certificateId(), sequence);
    }

    /** A certificate by id. */
    public Optional<CertificateView> byId(String certificateId) {
        return one("certificate_id", certificateId);
    }

    /** A certificate by number. */
    public Optional<CertificateView> byNumber(String number) {
        return one("number", number);
    }

    private Optional<CertificateView> one(String column, String value) {
        List<CertificateView> rows = jdbc.query(SELECT + column + " = ?",
                (rs, i) -> new CertificateView(rs.getString(1), rs.getString(2), rs.getString(3),
                        CertificateKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getObject(10, java.time.LocalDate.class),
                        rs.getObject(11, java.time.LocalDate.class), rs.getString(12)), value);
        return rows.stream().findFirst();
    }
}
