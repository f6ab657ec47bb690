package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * An invitee answered (registration): accepted or declined. A later answer replaces the earlier one.
 *
 * @param conferenceId the conference
 * @param invitationId the invitation (within the conference)
 * @param unitCode     the organiser unit
 * @param response     the answer
 * @param respondedOn  the day
 */
public record InvitationRespondedEvent(String conferenceId, String invitationId, String unitCode,
                                       RegistrationResponse response, LocalDate respondedOn) implements DomainEvent {
}
