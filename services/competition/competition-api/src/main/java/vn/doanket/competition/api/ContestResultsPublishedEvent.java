package vn.doanket.competition.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * The contest's locked results were published; prizes count on the dashboards from {@code publishedOn}.
 *
 * @param contestId   the contest (aggregate id)
 * @param unitCode    the organising unit
 * @param publishedOn the day it was recorded
 */
public record ContestResultsPublishedEvent(String contestId, String unitCode, LocalDate publishedOn)
        implements DomainEvent {
}
