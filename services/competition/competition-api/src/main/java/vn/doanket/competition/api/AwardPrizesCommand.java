package vn.doanket.competition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Awards the prizes by the final ranking, once every round is locked: tiers in order, each up to its quota; equal
 * contestants are ordered by the declared tie-break order, and a tie it cannot resolve across a tier's quota is
 * refused (422 {@code unresolved-tie}) for the organiser to decide prize by prize.
 *
 * @param contestId   the contest
 * @param decisionRef the organiser's decision, e.g. "25/QĐ-MTTQ"
 * @param awardedOn   the day it is recorded
 */
public record AwardPrizesCommand(@TargetAggregateIdentifier String contestId, String decisionRef, LocalDate awardedOn) {
}
