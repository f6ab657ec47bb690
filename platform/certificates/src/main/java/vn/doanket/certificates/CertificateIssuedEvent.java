package vn.doanket.certificates;

import vn.doanket.events.DomainEvent;
import vn.doanket.events.SchemaVersion;

import java.time.LocalDate;

/**
 * A certificate was issued. Published as {@code CertificateIssued} (aggregate type {@code Certificate}) on the using
 * service's topic, with its other events; the fact belongs to the issuer ({@link #unitCode()}).
 * <p>
 * <b>No personal data</b>: the holder is named only by an opaque person id, never by name, so nothing published on
 * Kafka names a person. The name is kept in the service's {@code certificate_holders} table
 * ({@link CertificateHolders}), written in the same transaction as this event. Schema 2; schema 1 also carried
 * {@code holderName}: events stored so are read without it ({@link CertificateEventUpcasters.IssuedV2}).
 *
 * @param certificateId  the certificate's id (aggregate id)
 * @param number         {@code <ISSUER>-<YEAR>-<6 digits>}, gap-free per issuer and year
 * @param issuerUnitCode the issuing unit
 * @param kind           what it attests
 * @param holderPersonId the holder's membership person id (opaque), or null
 * @param title          what is certified
 * @param basisType      the kind of verified fact it was issued from
 * @param basisId        that fact's id
 * @param issuedOn       the day of issue
 */
@SchemaVersion(2)
public record CertificateIssuedEvent(
        String certificateId,
        String number,
        String issuerUnitCode,
        CertificateKind kind,
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
