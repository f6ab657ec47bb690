package vn.doanket.competition.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A commendation was revoked.
 *
 * @param commendationId the commendation (aggregate id)
 * @param unitCode       the recipient's unit
 * @param issuingUnit    the issuing unit
 * @param reason         why
 * @param revokedOn      the day
 */
public record CommendationRevokedEvent(String commendationId, String unitCode, String issuingUnit, String reason,
                                       LocalDate revokedOn) implements DomainEvent {
}
