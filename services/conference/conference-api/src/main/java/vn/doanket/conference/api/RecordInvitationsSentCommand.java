package vn.doanket.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Counts invitations just sent (their {@code Invitation} aggregates are created in the same transaction).
 *
 * @param conferenceId the conference
 * @param sent         how many new invitations (≥ 1)
 * @param sentOn       the day
 */
public record RecordInvitationsSentCommand(@TargetAggregateIdentifier String conferenceId, int sent,
                                           LocalDate sentOn) {
}
