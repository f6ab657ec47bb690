package vn.doanket.competition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Declares that a judge is related to a contestant: from then on the judge cannot score them, and a sheet they
 * already gave is left out of the contestant's mark. Declaring the same pair again changes nothing.
 *
 * @param contestId    the contest
 * @param judge        the judge's username
 * @param contestantId the contestant
 * @param reason       the relation, e.g. "Quan hệ gia đình"
 * @param declaredOn   the day it is recorded
 */
public record DeclareConflictOfInterestCommand(@TargetAggregateIdentifier String contestId, String judge,
                                               String contestantId, String reason, LocalDate declaredOn) {
}
