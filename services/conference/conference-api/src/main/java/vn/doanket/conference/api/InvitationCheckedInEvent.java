package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * The invitation's check-in code was used: it cannot be used again.
 *
 * @param conferenceId the conference
 * @param invitationId the invitation (within the conference)
 * @param unitCode     the organiser unit
 * @param method       code typed, QR scanned, uploaded list or walk-in
 * @param checkedInOn  the day
 */
public record InvitationCheckedInEvent(String conferenceId, String invitationId, String unitCode,
                                       CheckInMethod method, LocalDate checkedInOn) implements DomainEvent {
}
