package vn.doanket.feedback.api;

import vn.doanket.events.DomainEvent;

/**
 * This petition was a duplicate and now points to the surviving one. Published as {@code PetitionMergedInto} on {@code doanket.feedback.events}; the acting user's id and role travel
 * in the envelope's {@code actor}.
 *
 * @param petitionId the duplicate
 * @param unitCode the unit concerned, as recorded
 * @param survivorId the surviving petition
 * @param mergedOn when
 * @param reason why
 * @param actingUnit the unit of the acting user's scope
 */
public record PetitionMergedIntoEvent(
        String petitionId,
        String unitCode,
        String survivorId,
        java.time.LocalDate mergedOn,
        String reason,
        String actingUnit) implements DomainEvent {
}
