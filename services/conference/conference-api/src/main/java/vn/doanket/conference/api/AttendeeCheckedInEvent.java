package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * One verified attendee, counted by the conference: an invitation's single-use code was accepted (typed, scanned or
 * in an uploaded list), or a walk-in was registered at the door. No names: the invitee is named by kind and unit.
 *
 * @param conferenceId        the conference
 * @param unitCode            the organiser unit
 * @param invitationId        the invitation (within the conference; a walk-in gets one at the door)
 * @param inviteeKind         who it was
 * @param inviteeUnitCode     the invitee's unit, or null when unknown
 * @param method              how
 * @param checkedInOn         the day
 * @param attendees           attendees in all, after this one (decided by the conference)
 * @param communesRepresented communes represented in all, after this one (by delegates' committees and attendees)
 */
public record AttendeeCheckedInEvent(String conferenceId, String unitCode, String invitationId,
                                     InviteeKind inviteeKind, String inviteeUnitCode, CheckInMethod method,
                                     LocalDate checkedInOn, int attendees, int communesRepresented)
        implements DomainEvent {
}
