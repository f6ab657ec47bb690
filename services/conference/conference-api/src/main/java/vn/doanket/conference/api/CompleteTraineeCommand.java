package vn.doanket.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Recognises one trainee's completion: refused (422 {@code attendance-incomplete}) unless every session's attendance
 * is recorded and the trainee attended them all. Completing twice changes nothing.
 *
 * @param classId     the class
 * @param traineeId   the trainee
 * @param completedOn the day
 */
public record CompleteTraineeCommand(@TargetAggregateIdentifier String classId, String traineeId,
                                     LocalDate completedOn) {
}
