package vn.doanket.feedback.api;

import vn.doanket.events.DomainEvent;

/**
 * The citizen withdrew the petition. Published as {@code PetitionWithdrawn} on {@code doanket.feedback.events}; the acting user's id and role travel
 * in the envelope's {@code actor}.
 *
 * @param petitionId the petition
 * @param unitCode the unit concerned, as recorded
 * @param withdrawnOn when
 * @param reason why
 * @param actingUnit the unit of the acting user's scope
 */
public record PetitionWithdrawnEvent(
        String petitionId,
        String unitCode,
        java.time.LocalDate withdrawnOn,
        String reason,
        String actingUnit) implements DomainEvent {
}
