package vn.doanket.certificates;

import java.time.LocalDate;

/**
 * A certificate as its events say (the {@code certificates} query table), with the holder's name recorded when it
 * was issued ({@code certificate_holders}). {@link #toString()} hides the name, so a view never puts it in a log.
 *
 * @param certificateId    its id
 * @param number           its number
 * @param issuerUnitCode   the issuing unit
 * @param kind             what it attests
 * @param holderName       the holder's full name (personal data: for entitled readers; null only if never recorded)
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

    @Override
    public String toString() {
        return "CertificateView[certificateId=" + certificateId + ", number=" + number + ", issuerUnitCode="
                + issuerUnitCode + ", kind=" + kind + ", holderPersonId=" + holderPersonId + ", issuedOn=" + issuedOn
                + ", revokedOn=" + revokedOn + ", holder's name hidden]";
    }
}
