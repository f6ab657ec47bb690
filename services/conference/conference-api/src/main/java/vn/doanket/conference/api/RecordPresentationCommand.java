package vn.doanket.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records a presentation of a thematic conference. Idempotent by {@code presentationId}.
 *
 * @param conferenceId   the conference
 * @param presentationId client-supplied id within the conference
 * @param title          title
 * @param presenter      the presenting role or body
 * @param recordedOn     the day
 */
public record RecordPresentationCommand(@TargetAggregateIdentifier String conferenceId, String presentationId,
                                        String title, String presenter, LocalDate recordedOn) {
}
