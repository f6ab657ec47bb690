package vn.doanket.feedback.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Splits a petition that is not yet forwarded into new ones (received separately with {@code splitFrom}).
 *
 * @param petitionId the original
 * @param partIds ids of the new petitions (at least two)
 * @param splitOn when
 * @param reason why (required)
 * @param actingUnit the acting user's scope unit
 */
public record SplitPetitionCommand(
        @TargetAggregateIdentifier String petitionId,
        java.util.List<String> partIds,
        java.time.LocalDate splitOn,
        String reason,
        String actingUnit) {
}
