package vn.doanket.competition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Opens a round for scoring (the previous round must be locked); opening the first round closes nominations and
 * the plan of rounds.
 *
 * @param contestId the contest
 * @param roundId   the round
 * @param openedOn  the day it is recorded
 */
public record OpenRoundCommand(@TargetAggregateIdentifier String contestId, String roundId, LocalDate openedOn) {
}
