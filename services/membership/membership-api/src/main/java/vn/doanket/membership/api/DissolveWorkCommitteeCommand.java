package vn.doanket.membership.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Dissolves the committee (e.g. its residential area was merged: the committee must be re-formed). */
public record DissolveWorkCommitteeCommand(
        @TargetAggregateIdentifier String committeeId,
        LocalDate dissolvedOn,
        String reason) {
}
