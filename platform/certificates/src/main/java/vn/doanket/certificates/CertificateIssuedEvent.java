package vn.doanket.certificates;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A certificate was issued. Published as {@code CertificateIssued} (aggregate type {@code Certificate}) on the using
 * service's topic, with its other events; the fact belongs to the issuer ({@link #unitCode()}).
 *
 * @param certificateId  the certificate's id (aggregate id)
 * @param number         {@code <ISSUER>-<YEAR>-<6 digits>}, gap-free per issuer and year
 * @param issuerUnitCode the issuing unit
 * @param kind           what it attests
 * @param holderName     the holder's full name
 * @param holderPersonId the holder's membership person id, or null
 * @param title          what is certified
 * @param basisType      the kind of verified fact it was issued from
 * @param basisId        that fact's id
 * @param issuedOn       the day of issue
 */
public record CertificateIssuedEvent(
        String certificateId,
        String number,
        String issuerUnitCode,
        CertificateKind kind,
        String holderName,
        String holderPersonId,
        String title,
        String basisType,
        String basisId,
        LocalDate issuedOn) implements DomainEvent {

    @Override
    public String unitCode() {
        return issuerUnitCode;
    }
}
