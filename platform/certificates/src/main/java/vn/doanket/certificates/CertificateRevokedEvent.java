package vn.doanket.certificates;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A certificate was revoked. Published as {@code CertificateRevoked} (aggregate type {@code Certificate}); the fact
 * belongs to the issuer ({@link #unitCode()}).
 *
 * @param certificateId  the certificate
 * @param number         its number
 * @param issuerUnitCode the issuing unit
 * @param reason         why
 * @param revokedOn      the day of revocation
 */
public record CertificateRevokedEvent(
        String certificateId,
        String number,
        String issuerUnitCode,
        String reason,
        LocalDate revokedOn) implements DomainEvent {

    @Override
    public String unitCode() {
        return issuerUnitCode;
    }
}
