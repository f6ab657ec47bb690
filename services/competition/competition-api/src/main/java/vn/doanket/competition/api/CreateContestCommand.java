package vn.doanket.competition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Creates a contest (hội thi), or confirms it when the same id was created with the same content (idempotent); the
 * same id with other content is refused (409). Prize quotas and the tie-break order are fixed here, at the start.
 *
 * @param contestId           client-supplied id
 * @param organiserUnit       the organising unit (nation, province, historical district or commune)
 * @param title               the title
 * @param startsOn            first day of the contest period
 * @param endsOn              last day of the contest period
 * @param rules               the rules as published (thể lệ), ≤ 10,000 characters
 * @param nominationAllowance how many contestants each unit below the organiser may nominate (1–50)
 * @param quotas              prize quotas per tier (each tier at most once)
 * @param tieBreaks           the tie-break order, applied after the mark (≤ 5 steps)
 * @param createdOn           the day it is recorded
 */
public record CreateContestCommand(@TargetAggregateIdentifier String contestId, String organiserUnit, String title,
                                   LocalDate startsOn, LocalDate endsOn, String rules, int nominationAllowance,
                                   List<TierQuota> quotas, List<TieBreak> tieBreaks, LocalDate createdOn) {
}
