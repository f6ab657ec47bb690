package vn.doanket.certificates;

import java.time.LocalDate;

/**
 * What a using service asks {@link Certificates#issue} for, from the handler of a verified fact. The holder's name
 * is personal data: {@link Certificates#issue} keeps it in {@code certificate_holders}, never in an event, and
 * {@link #toString()} hides it so a request never puts it in a log.
 *
 * @param certificateId  derived deterministically from the fact (e.g. a name-based UUID of class and trainee), so a
 *                       redelivered fact issues nothing twice
 * @param issuerUnitCode the issuing unit (a unit code: {@code VN}, a province, a commune, a residential area)
 * @param kind           what it attests
 * @param holderName     the holder's full name
 * @param holderPersonId the holder's membership person id, or null
 * @param title          what is certified
 * @param basisType      the kind of verified fact
 * @param basisId        that fact's id
 * @param issuedOn       the day of issue (its year is the number's year)
 */
public record CertificateRequest(
        String certificateId,
        String issuerUnitCode,
        CertificateKind kind,
        String holderName,
        String holderPersonId,
        String title,
        String basisType,
        String basisId,
        LocalDate issuedOn) {

    @Override
    public String toString() {
        return "CertificateRequest[certificateId=" + certificateId + ", issuerUnitCode=" + issuerUnitCode + ", kind="
                + kind + ", holderPersonId=" + holderPersonId + ", basisType=" + basisType + ", basisId=" + basisId
                + ", issuedOn=" + issuedOn + ", holder's name hidden]";
    }
}
