package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A verified fact: the trainee attended every session of the class, as recorded — decided by the class from its
 * attendance records, never typed in. The service issues the training certificate from this event.
 *
 * @param classId         the class
 * @param unitCode        the organiser unit (the certificate's issuer)
 * @param traineeId       the trainee (within the class)
 * @param personId        the membership person id, or null
 * @param role            the trainee's role
 * @param traineeUnitCode the trainee's unit
 * @param title           the class's title
 * @param sessions        sessions attended (= every session of the class)
 * @param completedOn     the day
 */
public record TraineeCompletedEvent(String classId, String unitCode, String traineeId, String personId,
                                    TraineeRole role, String traineeUnitCode, String title, int sessions,
                                    LocalDate completedOn) implements DomainEvent {
}
