package vn.doanket.certificates;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Optional;

/**
 * The numbering of certificates, in the using service's PostgreSQL database: a counter per issuer and year
 * ({@code certificate_counter}) and the number each certificate id got ({@code certificate_registry}). Called only
 * inside the transaction that stores the certificate's event, so a number is taken exactly when its certificate is
 * stored: a refusal or a rollback gives the number back, and the numbers of an issuer and year have no gaps.
 * <p>
 * Concurrency: the counter row of an issuer and year is locked by the increment until the transaction ends, so
 * concurrent issues of one issuer and year are serialised and take consecutive numbers. Two transactions issuing the
 * same certificate id at once: the second finds the first's registry row when it inserts its own (PostgreSQL waits
 * for the first to commit), gives its number back (it still holds the counter's lock) and answers the first's.
 * No statement here ever fails on a duplicate, so an enclosing transaction (an event processor's) stays usable.
 */
public class CertificateNumbers {

    private final JdbcTemplate jdbc;

    public CertificateNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A certificate's number and issuer as allocated. */
    public record Allocation(String certificateId, String number, String issuerUnitCode, boolean isNew) {
    }

    /**
     * The number of {@code certificateId}: the one it already has, or the next of its issuer and year. Must run in
     * the transaction that stores the certificate's event.
     */
    public Allocation allocate(String certificateId, String issuerUnitCode, int year) {
        Optional<Allocation> existing = find(certificateId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Long serial = jdbc.queryForObject("insert into certificate_counter (issuer_unit_code, year, last_serial) "
                + "values (?, ?, 1) on conflict (issuer_unit_code, year) "
                + "do update set last_serial = certificate_counter.last_serial + 1 returning last_serial",
                Long.class, issuerUnitCode, year);
        String number = Certificate.number(issuerUnitCode, year, serial);
        int inserted = jdbc.update("insert into certificate_registry (certificate_id, number, issuer_unit_code, year, serial) "
                + "values (?, ?, ?, ?, ?) on conflict (certificate_id) do nothing",
                certificateId, number, issuerUnitCode, year, serial);
        if (inserted == 1) {
            return new Allocation(certificateId, number, issuerUnitCode, true);
        }
        // issued meanwhile by a concurrent transaction: give the number back (the counter row is still ours)
        jdbc.update("update certificate_counter set last_serial = last_serial - 1 "
                + "where issuer_unit_code = ? and year = ? and last_serial = ?", issuerUnitCode, year, serial);
        return find(certificateId).orElseThrow(() -> new IllegalStateException(
                "Certificate " + certificateId + " was neither numbered nor found"));
    }

    /** The number a certificate id has, if any (consistent: written with the certificate's first event). */
    public Optional<Allocation> find(String certificateId) {
        List<Allocation> rows = jdbc.query("select certificate_id, number, issuer_unit_code from certificate_registry "
                        + "where certificate_id = ?",
                (rs, i) -> new Allocation(rs.getString(1), rs.getString(2), rs.getString(3), false), certificateId);
        return rows.stream().findFirst();
    }
}
