package vn.doanket.feedback.api;

import vn.doanket.events.DomainEvent;

/**
 * The responsible body's answer was recorded. Published as {@code PetitionAnswered} on {@code doanket.feedback.events}; the acting user's id and role travel
 * in the envelope's {@code actor}.
 *
 * @param petitionId the petition
 * @param unitCode the unit concerned, as recorded
 * @param bodyId the body that answered
 * @param answeredOn the day of the answer
 * @param summary what it says
 * @param documentRef the answer's document number, optional
 * @param actingUnit the unit of the acting user's scope
 */
public record PetitionAnsweredEvent(
        String petitionId,
        String unitCode,
        String bodyId,
        java.time.LocalDate answeredOn,
        String summary,
        String documentRef,
        String actingUnit) implements DomainEvent {
}
