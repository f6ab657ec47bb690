package vn.doanket.feedback.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets (or corrects) a petition's topic and handling level and assigns its handler.
 *
 * @param petitionId the petition
 * @param topic topic code
 * @param level handling level, null to keep the current one
 * @param handlerUserId the assigned petition handler's user id, or null
 * @param note optional
 * @param actingUnit the acting user's scope unit
 */
public record ClassifyPetitionCommand(
        @TargetAggregateIdentifier String petitionId,
        String topic,
        HandlingLevel level,
        String handlerUserId,
        String note,
        String actingUnit) {
}
