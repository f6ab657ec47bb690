package vn.doanket.membership.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Establishes the Front Work Committee of a residential area for a term (nhiệm kỳ).
 *
 * @param committeeId     {@code <area code>/<first year of the term>}: one committee per area and term
 * @param areaCode        the residential area
 * @param termStart       first day of the term
 * @param termEnd         last day of the term (five years, aligned with Front congresses)
 * @param plannedDeputies how many deputy heads the committee should have
 * @param minimumSize     the committee's minimum number of members
 * @param decisionNumber  the decision that established it
 * @param establishedOn   the date of the decision
 */
public record EstablishWorkCommitteeCommand(
        @TargetAggregateIdentifier String committeeId,
        String areaCode,
        LocalDate termStart,
        LocalDate termEnd,
        int plannedDeputies,
        int minimumSize,
        String decisionNumber,
        LocalDate establishedOn) {
}
