package vn.doanket.membership.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Dismisses a member from a position, with the reason and the decision. */
public record DismissMemberCommand(
        @TargetAggregateIdentifier String committeeId,
        String personId,
        Position position,
        LocalDate dismissedOn,
        String reason,
        String decisionNumber) {
}
