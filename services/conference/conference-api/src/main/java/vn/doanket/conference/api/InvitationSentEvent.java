package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * An invitation to a conference, its own aggregate ({@code Invitation}, id {@code <conferenceId>/<invitationId>}),
 * so a conference with thousands of invitations never loads them to decide anything. Its single-use check-in code
 * is signed by the service (HMAC of conference and invitation ids with the service's key), never stored or
 * published. No names: a person is named by membership id only.
 *
 * @param conferenceId    the conference
 * @param invitationId    the client-supplied id within the conference
 * @param unitCode        the organiser unit
 * @param inviteeKind     who is invited
 * @param inviteeRef      the invitee's reference: {@code p-…}, {@code <area>/<year>}, organisation code, commune code;
 *                        null for a walk-in without one
 * @param inviteeUnitCode the invitee's unit (their area or commune, the organisation's unit), or null when unknown
 * @param walkIn          registered at the door (checked in at once) rather than invited
 * @param sentOn          the day
 */
public record InvitationSentEvent(String conferenceId, String invitationId, String unitCode, InviteeKind inviteeKind,
                                  String inviteeRef, String inviteeUnitCode, boolean walkIn, LocalDate sentOn)
        implements DomainEvent {
}
