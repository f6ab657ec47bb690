package vn.doanket.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Closes a conference in session with its conclusions (required except for mass events), once the outputs its kind
 * requires are recorded.
 *
 * @param conferenceId the conference
 * @param conclusions  the conclusions, or null
 * @param closedOn     the day
 */
public record CloseConferenceCommand(@TargetAggregateIdentifier String conferenceId, String conclusions,
                                     LocalDate closedOn) {
}
