package vn.doanket.feedback.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The citizen withdraws an open petition.
 *
 * @param petitionId the petition
 * @param withdrawnOn when
 * @param reason why (required)
 * @param actingUnit the acting user's scope unit
 */
public record WithdrawPetitionCommand(
        @TargetAggregateIdentifier String petitionId,
        java.time.LocalDate withdrawnOn,
        String reason,
        String actingUnit) {
}
