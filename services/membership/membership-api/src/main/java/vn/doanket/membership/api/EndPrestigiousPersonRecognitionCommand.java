package vn.doanket.membership.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Ends the current recognition period early (died, moved away, lost prestige), with reason and decision. */
public record EndPrestigiousPersonRecognitionCommand(
        @TargetAggregateIdentifier String recognitionId,
        LocalDate endedOn,
        String reason,
        String decisionNumber) {
}
