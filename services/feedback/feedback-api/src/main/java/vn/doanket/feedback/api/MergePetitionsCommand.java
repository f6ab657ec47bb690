package vn.doanket.feedback.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Makes this open petition the survivor of a merge of duplicates.
 *
 * @param petitionId the survivor
 * @param duplicateIds the duplicates
 * @param mergedOn when
 * @param reason why (required)
 * @param actingUnit the acting user's scope unit
 */
public record MergePetitionsCommand(
        @TargetAggregateIdentifier String petitionId,
        java.util.List<String> duplicateIds,
        java.time.LocalDate mergedOn,
        String reason,
        String actingUnit) {
}
