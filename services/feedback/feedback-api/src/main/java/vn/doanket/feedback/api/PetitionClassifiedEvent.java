package vn.doanket.feedback.api;

import vn.doanket.events.DomainEvent;
import vn.doanket.events.SchemaVersion;

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
 * @param handlingUnit the unit of the Front at {@code level}, decided when it was classified (schema 2; stored
 *                     version-1 events are upcast by the service from their unit, level and day)
 */
@SchemaVersion(2)
public record PetitionClassifiedEvent(
        String petitionId,
        String unitCode,
        String topic,
        String previousTopic,
        HandlingLevel level,
        String handlerUserId,
        String note,
        String actingUnit,
        String handlingUnit) implements DomainEvent {

    /** A version-1 event: no handling unit recorded. */
    public PetitionClassifiedEvent(String petitionId, String unitCode, String topic, String previousTopic,
                                   HandlingLevel level, String handlerUserId, String note, String actingUnit) {
        this(petitionId, unitCode, topic, previousTopic, level, handlerUserId, note, actingUnit, null);
    }
}
