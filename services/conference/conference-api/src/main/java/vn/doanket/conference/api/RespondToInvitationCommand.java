package vn.doanket.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records an invitee's answer; answers the earlier answer (or null).
 *
 * @param conferenceId the conference
 * @param invitationId the invitation
 * @param response     the answer
 * @param respondedOn  the day
 */
public record RespondToInvitationCommand(String conferenceId, String invitationId, RegistrationResponse response,
                                         LocalDate respondedOn) {

    /** The invitation aggregate's id. */
    @TargetAggregateIdentifier
    public String invitationKey() {
        return Invitations.key(conferenceId, invitationId);
    }
}
