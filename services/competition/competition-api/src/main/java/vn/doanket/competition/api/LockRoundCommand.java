package vn.doanket.competition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Locks a closed round: computes and records every contestant's mark, rank and advancement. Only from then on are
 * the round's marks and ranks visible (and published).
 *
 * @param contestId the contest
 * @param roundId   the round
 * @param lockedOn  the day it is recorded
 */
public record LockRoundCommand(@TargetAggregateIdentifier String contestId, String roundId, LocalDate lockedOn) {
}
