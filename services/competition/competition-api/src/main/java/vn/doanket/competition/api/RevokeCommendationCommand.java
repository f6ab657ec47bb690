package vn.doanket.competition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Revokes a commendation (thu hồi) by a decision.
 *
 * @param commendationId the commendation
 * @param reason         why
 * @param revokedOn      the day (not before the decision, not in the future)
 */
public record RevokeCommendationCommand(@TargetAggregateIdentifier String commendationId, String reason,
                                        LocalDate revokedOn) {
}
