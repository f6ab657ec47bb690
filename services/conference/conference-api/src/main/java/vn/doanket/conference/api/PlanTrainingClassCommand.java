package vn.doanket.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Plans a training class. Idempotent by {@code classId}.
 *
 * @param classId  client-supplied id
 * @param unitCode organiser unit
 * @param title    title
 * @param venue    where
 * @param syllabus what is taught (≤ 50 items)
 * @param sessions the sessions, numbered 1…n (1–60)
 */
public record PlanTrainingClassCommand(@TargetAggregateIdentifier String classId, String unitCode, String title,
                                       String venue, List<SyllabusItem> syllabus, List<TrainingSession> sessions) {
}
