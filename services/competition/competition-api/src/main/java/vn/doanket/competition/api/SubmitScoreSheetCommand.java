package vn.doanket.competition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * A judge's sheet for one contestant in an open round: points on every criterion of the round. A later sheet of
 * the same judge for the same contestant replaces it while the round is open. Sealed: never published.
 *
 * @param contestId      the contest
 * @param roundId        the round
 * @param contestantId   the contestant
 * @param judge          the judge's username (the caller)
 * @param judgeScopeUnit the unit of the caller's scope (also checked for a conflict of interest)
 * @param scores         points per criterion
 * @param submittedOn    the day it is recorded
 */
public record SubmitScoreSheetCommand(@TargetAggregateIdentifier String contestId, String roundId, String contestantId,
                                      String judge, String judgeScopeUnit, List<CriterionScore> scores,
                                      LocalDate submittedOn) {
}
