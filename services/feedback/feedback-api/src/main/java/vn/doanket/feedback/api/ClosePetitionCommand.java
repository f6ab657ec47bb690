package vn.doanket.feedback.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Closes a petition whose answer was communicated.
 *
 * @param petitionId the petition
 * @param satisfied citizen satisfied
 * @param closedOn when
 * @param reason why, required when not satisfied
 * @param actingUnit the acting user's scope unit
 */
public record ClosePetitionCommand(
        @TargetAggregateIdentifier String petitionId,
        boolean satisfied,
        java.time.LocalDate closedOn,
        String reason,
        String actingUnit) {
}
