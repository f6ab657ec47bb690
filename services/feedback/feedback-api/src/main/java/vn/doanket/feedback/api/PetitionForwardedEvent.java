package vn.doanket.feedback.api;

import vn.doanket.events.DomainEvent;

/**
 * A petition was forwarded to a responsible body with a deadline counted in Vietnamese working days. Published as {@code PetitionForwarded} on {@code doanket.feedback.events}; the acting user's id and role travel
 * in the envelope's {@code actor}.
 *
 * @param petitionId the petition
 * @param unitCode the unit concerned, as recorded
 * @param body the body it went to
 * @param forwardedOn the day it was forwarded
 * @param workingDays the time allowed, in working days
 * @param deadline the last day for an answer
 * @param level the level following it up
 * @param handlingUnit the unit following it up
 * @param note optional
 * @param actingUnit the unit of the acting user's scope
 */
public record PetitionForwardedEvent(
        String petitionId,
        String unitCode,
        ResponsibleBody body,
        java.time.LocalDate forwardedOn,
        int workingDays,
        java.time.LocalDate deadline,
        HandlingLevel level,
        String handlingUnit,
        String note,
        String actingUnit) implements DomainEvent {
}
