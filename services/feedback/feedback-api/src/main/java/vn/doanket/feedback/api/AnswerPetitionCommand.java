package vn.doanket.feedback.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records the responsible body's answer.
 *
 * @param petitionId the petition
 * @param answeredOn date of the answer
 * @param summary its content
 * @param documentRef document number, optional
 * @param actingUnit the acting user's scope unit
 */
public record AnswerPetitionCommand(
        @TargetAggregateIdentifier String petitionId,
        java.time.LocalDate answeredOn,
        String summary,
        String documentRef,
        String actingUnit) {
}
