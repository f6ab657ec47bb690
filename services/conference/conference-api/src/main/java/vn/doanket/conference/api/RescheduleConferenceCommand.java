package vn.doanket.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDateTime;

/**
 * Gives a postponed conference its new date.
 *
 * @param conferenceId the conference
 * @param startsAt     the new start
 * @param endsAt       the new end, or null
 */
public record RescheduleConferenceCommand(@TargetAggregateIdentifier String conferenceId, LocalDateTime startsAt,
                                          LocalDateTime endsAt) {
}
