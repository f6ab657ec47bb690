package vn.doanket.feedback.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that the answer was communicated to the citizen.
 *
 * @param petitionId the petition
 * @param method how
 * @param communicatedOn when
 * @param actingUnit the acting user's scope unit
 */
public record CommunicateAnswerCommand(
        @TargetAggregateIdentifier String petitionId,
        CommunicationMethod method,
        java.time.LocalDate communicatedOn,
        String actingUnit) {
}
