package vn.doanket.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDateTime;

/**
 * Postpones a conference that has not opened, to a new date or (without one) until it is rescheduled.
 *
 * @param conferenceId the conference
 * @param reason       why
 * @param newStartsAt  the new start, or null
 * @param newEndsAt    the new end, or null
 */
public record PostponeConferenceCommand(@TargetAggregateIdentifier String conferenceId, String reason,
                                        LocalDateTime newStartsAt, LocalDateTime newEndsAt) {
}
