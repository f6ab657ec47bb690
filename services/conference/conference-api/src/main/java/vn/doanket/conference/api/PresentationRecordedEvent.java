package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A presentation (tham luận) given at a thematic conference.
 *
 * @param conferenceId   the conference
 * @param unitCode       the organiser unit
 * @param presentationId the client-supplied id within the conference
 * @param title          its title
 * @param presenter      who presented, as a role or body (e.g. "Ban Công tác Mặt trận khu phố Phước Trung")
 * @param presentations  presentations in all, after this one
 * @param recordedOn     the day
 */
public record PresentationRecordedEvent(String conferenceId, String unitCode, String presentationId, String title,
                                        String presenter, int presentations, LocalDate recordedOn)
        implements DomainEvent {
}
