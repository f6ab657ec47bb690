package vn.doanket.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Cancels a conference that has not opened.
 *
 * @param conferenceId the conference
 * @param reason       why
 */
public record CancelConferenceCommand(@TargetAggregateIdentifier String conferenceId, String reason) {
}
