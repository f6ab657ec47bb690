package vn.doanket.feedback.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Reopens a closed petition.
 *
 * @param petitionId the petition
 * @param reopenedOn when
 * @param reason why (required)
 * @param actingUnit the acting user's scope unit
 */
public record ReopenPetitionCommand(
        @TargetAggregateIdentifier String petitionId,
        java.time.LocalDate reopenedOn,
        String reason,
        String actingUnit) {
}
