package vn.doanket.feedback.api;

import vn.doanket.events.DomainEvent;

/**
 * A closed petition was reopened; it goes back to classified and must be forwarded again. Published as {@code PetitionReopened} on {@code doanket.feedback.events}; the acting user's id and role travel
 * in the envelope's {@code actor}.
 *
 * @param petitionId the petition
 * @param unitCode the unit concerned, as recorded
 * @param reopenedOn when
 * @param reason why
 * @param actingUnit the unit of the acting user's scope
 */
public record PetitionReopenedEvent(
        String petitionId,
        String unitCode,
        java.time.LocalDate reopenedOn,
        String reason,
        String actingUnit) implements DomainEvent {
}
