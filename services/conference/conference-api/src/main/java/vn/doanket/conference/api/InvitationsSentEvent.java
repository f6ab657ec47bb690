package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * Invitations were sent for a conference (each is its own {@code Invitation} aggregate, with its own
 * {@link InvitationSentEvent}); the conference keeps the count only.
 *
 * @param conferenceId the conference
 * @param unitCode     the organiser unit
 * @param sent         how many were sent now
 * @param invitations  how many have been sent in all
 * @param sentOn       the day
 */
public record InvitationsSentEvent(String conferenceId, String unitCode, int sent, int invitations, LocalDate sentOn)
        implements DomainEvent {
}
