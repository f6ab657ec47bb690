package vn.doanket.competition.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * A contest was created. Published as {@code ContestCreated} on {@code doanket.competition.events} (key: contest id).
 *
 * @param contestId           the contest (aggregate id)
 * @param unitCode            the organising unit
 * @param level               the organiser's level
 * @param title               the title
 * @param startsOn            first day of the contest period
 * @param endsOn              last day of the contest period
 * @param rules               the rules as published
 * @param nominationAllowance contestants each unit below the organiser may nominate
 * @param quotas              prize quotas per tier
 * @param tieBreaks           the declared tie-break order
 * @param createdOn           the day it was recorded
 */
public record ContestCreatedEvent(String contestId, String unitCode, OrganiserLevel level, String title,
                                  LocalDate startsOn, LocalDate endsOn, String rules, int nominationAllowance,
                                  List<TierQuota> quotas, List<TieBreak> tieBreaks, LocalDate createdOn)
        implements DomainEvent {
}
