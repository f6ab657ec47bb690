package vn.doanket.competition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Publishes the locked results (công bố kết quả): prizes count on the dashboards from this day.
 *
 * @param contestId   the contest
 * @param publishedOn the day it is recorded
 */
public record PublishContestResultsCommand(@TargetAggregateIdentifier String contestId, LocalDate publishedOn) {
}
