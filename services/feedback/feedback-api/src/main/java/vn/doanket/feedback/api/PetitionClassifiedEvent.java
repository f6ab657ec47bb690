package vn.doanket.feedback.api;

import vn.doanket.events.DomainEvent;

/**
 * A petition was classified: topic and handling level, and the handler assigned. Published as {@code PetitionClassified} on {@code doanket.feedback.events}; the acting user's id and role travel
 * in the envelope's {@code actor}.
 *
 * @param petitionId the petition
 * @param unitCode the unit concerned, as recorded
 * @param topic topic code
 * @param previousTopic the topic before, or null
 * @param level the level that handles it
 * @param handlerUserId user id of the assigned petition handler, or null
 * @param note why, optional
 * @param actingUnit the unit of the acting user's scope
 */
public record PetitionClassifiedEvent(
        String petitionId,
        String unitCode,
        String topic,
        String previousTopic,
        HandlingLevel level,
        String handlerUserId,
        String note,
        String actingUnit) implements DomainEvent {
}
