package vn.doanket.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Counts an invitee's answer (the invitation records it in the same transaction).
 *
 * @param conferenceId the conference
 * @param invitationId the invitation
 * @param response     the answer
 * @param previous     the invitation's earlier answer, or null
 * @param respondedOn  the day
 */
public record RecordRegistrationCommand(@TargetAggregateIdentifier String conferenceId, String invitationId,
                                        RegistrationResponse response, RegistrationResponse previous,
                                        LocalDate respondedOn) {
}
