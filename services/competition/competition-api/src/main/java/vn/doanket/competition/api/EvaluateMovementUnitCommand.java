package vn.doanket.competition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * The organiser evaluates a registered unit for a period (đánh giá, xếp loại). Idempotent by {@code evaluationId}.
 *
 * @param participationId {@code <movementId>/<unitCode>}
 * @param evaluationId    client-supplied id
 * @param periodFrom      first day of the period
 * @param periodTo        last day of the period
 * @param rating          the rating
 * @param note            a note, or null
 * @param evaluatedOn     the day it is recorded
 */
public record EvaluateMovementUnitCommand(@TargetAggregateIdentifier String participationId, String evaluationId,
                                          LocalDate periodFrom, LocalDate periodTo, EvaluationRating rating,
                                          String note, LocalDate evaluatedOn) {
}
