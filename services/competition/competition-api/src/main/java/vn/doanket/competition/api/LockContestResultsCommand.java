package vn.doanket.competition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Locks the contest's results: from then on a prize changes only by a recorded correction.
 *
 * @param contestId the contest
 * @param lockedOn  the day it is recorded
 */
public record LockContestResultsCommand(@TargetAggregateIdentifier String contestId, LocalDate lockedOn) {
}
