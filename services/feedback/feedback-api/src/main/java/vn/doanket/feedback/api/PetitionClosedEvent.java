package vn.doanket.feedback.api;

import vn.doanket.events.DomainEvent;

/**
 * Handling ended, with the citizen satisfied or not. Published as {@code PetitionClosed} on {@code doanket.feedback.events}; the acting user's id and role travel
 * in the envelope's {@code actor}.
 *
 * @param petitionId the petition
 * @param unitCode the unit concerned, as recorded
 * @param satisfied whether the citizen was satisfied with the answer
 * @param closedOn when
 * @param reason why, optional
 * @param actingUnit the unit of the acting user's scope
 */
public record PetitionClosedEvent(
        String petitionId,
        String unitCode,
        boolean satisfied,
        java.time.LocalDate closedOn,
        String reason,
        String actingUnit) implements DomainEvent {
}
