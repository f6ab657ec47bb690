package vn.doanket.feedback.api;

import vn.doanket.events.DomainEvent;

/**
 * The answer was communicated to the citizen. Published as {@code AnswerCommunicated} on {@code doanket.feedback.events}; the acting user's id and role travel
 * in the envelope's {@code actor}.
 *
 * @param petitionId the petition
 * @param unitCode the unit concerned, as recorded
 * @param method how
 * @param communicatedOn when
 * @param actingUnit the unit of the acting user's scope
 */
public record AnswerCommunicatedEvent(
        String petitionId,
        String unitCode,
        CommunicationMethod method,
        java.time.LocalDate communicatedOn,
        String actingUnit) implements DomainEvent {
}
