package vn.doanket.certificates;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Revokes an issued certificate; a second revocation is refused (409 {@code already-revoked}).
 *
 * @param certificateId the certificate
 * @param reason        why (required, at most 2,000 characters)
 * @param revokedOn     the day of revocation (not before the day of issue)
 */
public record RevokeCertificateCommand(
        @TargetAggregateIdentifier String certificateId,
        String reason,
        LocalDate revokedOn) {
}
