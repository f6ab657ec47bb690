package vn.doanket.membership.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Moves a member from one position to another (e.g. a deputy becomes head). */
public record ChangeMemberPositionCommand(
        @TargetAggregateIdentifier String committeeId,
        String personId,
        Position from,
        Position to,
        LocalDate changedOn,
        String decisionNumber) {
}
