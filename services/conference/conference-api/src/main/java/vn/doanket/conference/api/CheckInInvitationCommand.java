package vn.doanket.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Uses an invitation's single-use check-in code (or checks a walk-in in at the door, without a code). A forged code
 * is refused as invalid (422), a used one as already used (409).
 *
 * @param conferenceId the conference the code is presented at
 * @param invitationId the invitation the code names
 * @param code         the whole code as presented, or null for a walk-in
 * @param method       code, scan, list or walk-in
 * @param checkedInOn  the day
 */
public record CheckInInvitationCommand(String conferenceId, String invitationId, String code, CheckInMethod method,
                                       LocalDate checkedInOn) {

    /** The invitation aggregate's id. */
    @TargetAggregateIdentifier
    public String invitationKey() {
        return Invitations.key(conferenceId, invitationId);
    }

    @Override
    public String toString() {
        return "CheckInInvitationCommand[" + conferenceId + "/" + invitationId + ", " + method + "]";
    }
}
