package vn.doanket.certificates;

import java.time.LocalDate;

/**
 * A certificate as its events say (the {@code certificates} query table).
 *
 * @param certificateId    its id
 * @param number           its number
 * @param issuerUnitCode   the issuing unit
 * @param kind             what it attests
 * @param holderName       the holder's full name
 * @param holderPersonId   the holder's membership person id, or null
 * @param title            what is certified
 * @param basisType        the kind of verified fact
 * @param basisId          that fact's id
 * @param issuedOn         the day of issue
 * @param revokedOn        the day of revocation, or null while valid
 * @param revocationReason why it was revoked, or null
 */
public record CertificateView(
        String certificateId,
        String number,
        String issuerUnitCode,
        CertificateKind kind,
        String holderName,
        String holderPersonId,
        String title,
        String basisType,
        String basisId,
        LocalDate issuedOn,
        LocalDate revokedOn,
        String revocationReason) {

    /** Whether it has been revoked. */
    public boolean revoked() {
        return revokedOn != null;
    }
}
