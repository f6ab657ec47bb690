package vn.doanket.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Opens a planned (or inviting) conference: it is held on {@code openedOn} (not in the future).
 *
 * @param conferenceId the conference
 * @param openedOn     the day it is held
 */
public record OpenConferenceCommand(@TargetAggregateIdentifier String conferenceId, LocalDate openedOn) {
}
