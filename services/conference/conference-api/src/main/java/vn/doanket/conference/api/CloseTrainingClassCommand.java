package vn.doanket.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Closes a class whose sessions are all recorded; everyone who attended them all completes it.
 *
 * @param classId  the class
 * @param closedOn the day
 */
public record CloseTrainingClassCommand(@TargetAggregateIdentifier String classId, LocalDate closedOn) {
}
