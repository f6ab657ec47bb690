package vn.doanket.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Sends one invitation (its own aggregate, id {@code <conferenceId>/<invitationId>}). Idempotent by invitation id.
 * {@code displayName} is kept in an internal, unpublished event of the service.
 *
 * @param conferenceId    the conference
 * @param invitationId    client-supplied id within the conference
 * @param unitCode        the organiser unit
 * @param inviteeKind     who
 * @param inviteeRef      their reference, or null for a walk-in without one
 * @param inviteeUnitCode their unit, or null
 * @param displayName     how to address them on the invitation, or null
 * @param walkIn          registered at the door
 * @param sentOn          the day
 */
public record SendInvitationCommand(String conferenceId, String invitationId, String unitCode,
                                    InviteeKind inviteeKind, String inviteeRef, String inviteeUnitCode,
                                    String displayName, boolean walkIn, LocalDate sentOn) {

    /** The invitation aggregate's id. */
    @TargetAggregateIdentifier
    public String invitationKey() {
        return Invitations.key(conferenceId, invitationId);
    }

    @Override
    public String toString() {
        return "SendInvitationCommand[" + conferenceId + "/" + invitationId + ", personal data hidden]";
    }
}
