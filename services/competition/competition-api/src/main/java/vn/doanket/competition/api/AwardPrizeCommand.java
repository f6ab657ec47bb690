package vn.doanket.competition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Awards one prize by the organiser's decision (before the results are locked), within the tier's quota.
 *
 * @param contestId    the contest
 * @param contestantId the contestant
 * @param tier         the tier
 * @param decisionRef  the decision
 * @param reason       why (e.g. a tie the declared order could not resolve)
 * @param awardedOn    the day it is recorded
 */
public record AwardPrizeCommand(@TargetAggregateIdentifier String contestId, String contestantId, PrizeTier tier,
                                String decisionRef, String reason, LocalDate awardedOn) {
}
