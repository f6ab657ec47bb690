package vn.doanket.competition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Corrects a prize after the results were locked, by a recorded decision (never a silent edit): a contestant's tier
 * changes, or their prize is withdrawn ({@code newTier} null), within the quotas. Idempotent by
 * {@code correctionId}; at most five corrections per contestant.
 *
 * @param contestId    the contest
 * @param correctionId client-supplied id of the correction
 * @param contestantId the contestant
 * @param newTier      the new tier, or null to withdraw the prize
 * @param reason       why
 * @param decisionRef  the decision
 * @param correctedOn  the day it is recorded
 */
public record CorrectContestResultCommand(@TargetAggregateIdentifier String contestId, String correctionId,
                                          String contestantId, PrizeTier newTier, String reason, String decisionRef,
                                          LocalDate correctedOn) {
}
