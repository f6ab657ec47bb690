package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * An invitee's answer counted by the conference (the invitation records it as {@link InvitationRespondedEvent}).
 *
 * @param conferenceId the conference
 * @param unitCode     the organiser unit
 * @param invitationId the invitation (within the conference)
 * @param response     accepted or declined
 * @param accepted     invitations accepted in all, after this answer
 * @param declined     invitations declined in all, after this answer
 * @param respondedOn  the day
 */
public record RegistrationRecordedEvent(String conferenceId, String unitCode, String invitationId,
                                        RegistrationResponse response, int accepted, int declined,
                                        LocalDate respondedOn) implements DomainEvent {
}
