package vn.doanket.feedback.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Marks this petition a duplicate of a survivor.
 *
 * @param petitionId the duplicate
 * @param survivorId the survivor
 * @param mergedOn when
 * @param reason why (required)
 * @param actingUnit the acting user's scope unit
 */
public record MergePetitionIntoCommand(
        @TargetAggregateIdentifier String petitionId,
        String survivorId,
        java.time.LocalDate mergedOn,
        String reason,
        String actingUnit) {
}
