package vn.doanket.certificates;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Issues a certificate under a number already allocated by {@link Certificates#issue}. Sent only by
 * {@link Certificates}; the same id with the same content again is a no-op, with other content a 409. It carries no
 * holder's name: {@link Certificates#issue} records the name in {@code certificate_holders} (and compares it there)
 * in the same transaction, so the name never reaches the aggregate or its events.
 *
 * @param certificateId  the certificate's id, derived by the using service from the verified fact
 * @param number         {@code <ISSUER>-<YEAR>-<6 digits>}, e.g. {@code 26560-2026-000001}
 * @param issuerUnitCode the unit that issues it (a unit code, down to a residential area)
 * @param kind           what it attests
 * @param holderPersonId the holder's membership person id, or null
 * @param title          what is certified, e.g. the class or the prize
 * @param basisType      the kind of verified fact, e.g. {@code TrainingClassCompleted}
 * @param basisId        the fact's id in the using service
 * @param issuedOn       the day of issue (its year is the number's year)
 */
public record IssueCertificateCommand(
        @TargetAggregateIdentifier String certificateId,
        String number,
        String issuerUnitCode,
        CertificateKind kind,
        String holderPersonId,
        String title,
        String basisType,
        String basisId,
        LocalDate issuedOn) {
}
