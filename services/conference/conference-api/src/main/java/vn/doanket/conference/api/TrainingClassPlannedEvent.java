package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * A training class (lớp tập huấn, bồi dưỡng) for committee heads and members or commune staff was planned, with its
 * syllabus and sessions. Completion rule: attended every session.
 *
 * @param classId    the client-supplied id (aggregate id)
 * @param unitCode   the organiser unit
 * @param title      its title
 * @param venue      where
 * @param syllabus   what is taught (at most 50 items)
 * @param sessions   the sessions, numbered 1…n in order (at most 60)
 * @param recordedOn the day it was entered
 */
public record TrainingClassPlannedEvent(String classId, String unitCode, String title, String venue,
                                        List<SyllabusItem> syllabus, List<TrainingSession> sessions,
                                        LocalDate recordedOn) implements DomainEvent {
}
