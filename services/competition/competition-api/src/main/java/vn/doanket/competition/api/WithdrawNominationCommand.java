package vn.doanket.competition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Withdraws a nomination (before prizes are awarded); the contestant is no longer ranked.
 *
 * @param contestId    the contest
 * @param contestantId the contestant
 * @param reason       why
 * @param withdrawnOn  the day it is recorded
 */
public record WithdrawNominationCommand(@TargetAggregateIdentifier String contestId, String contestantId, String reason,
                                        LocalDate withdrawnOn) {
}
