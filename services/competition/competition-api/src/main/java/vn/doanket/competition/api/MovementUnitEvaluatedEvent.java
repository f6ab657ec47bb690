package vn.doanket.competition.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * The organiser evaluated a registered unit for a period.
 *
 * @param participationId the participation (aggregate id)
 * @param unitCode        the unit
 * @param movementId      the movement
 * @param evaluationId    the evaluation
 * @param periodFrom      first day of the period
 * @param periodTo        last day of the period
 * @param rating          the rating
 * @param note            the note, or null
 * @param evaluatedOn     the day it was recorded
 */
public record MovementUnitEvaluatedEvent(String participationId, String unitCode, String movementId,
                                         String evaluationId, LocalDate periodFrom, LocalDate periodTo,
                                         EvaluationRating rating, String note, LocalDate evaluatedOn)
        implements DomainEvent {
}
