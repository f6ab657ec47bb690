package vn.doanket.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Cancels a class before any session is held.
 *
 * @param classId     the class
 * @param reason      why
 * @param cancelledOn the day
 */
public record CancelTrainingClassCommand(@TargetAggregateIdentifier String classId, String reason,
                                         LocalDate cancelledOn) {
}
