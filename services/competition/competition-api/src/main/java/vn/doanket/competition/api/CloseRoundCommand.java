package vn.doanket.competition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Closes an open round: no more sheets. Every contestant of the round must have a sheet from an eligible judge.
 * Marks stay sealed until the round is locked.
 *
 * @param contestId the contest
 * @param roundId   the round
 * @param closedOn  the day it is recorded
 */
public record CloseRoundCommand(@TargetAggregateIdentifier String contestId, String roundId, LocalDate closedOn) {
}
