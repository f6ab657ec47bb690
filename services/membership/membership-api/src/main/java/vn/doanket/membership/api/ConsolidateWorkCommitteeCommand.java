package vn.doanket.membership.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Records a consolidation (kiện toàn) of the committee, after vacancies were filled. */
public record ConsolidateWorkCommitteeCommand(
        @TargetAggregateIdentifier String committeeId,
        LocalDate consolidatedOn,
        String decisionNumber) {
}
