package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A trainee joined a class. The name is personal data: it is recorded in an internal event of the service that is
 * never published; this event names the trainee by id (and membership person id) only.
 *
 * @param classId         the class
 * @param unitCode        the organiser unit
 * @param traineeId       the client-supplied id within the class
 * @param personId        the membership person id, or null
 * @param role            committee head, deputy, member, commune staff…
 * @param traineeUnitCode the trainee's unit (their residential area or commune)
 * @param enrolledOn      the day
 */
public record TraineeEnrolledEvent(String classId, String unitCode, String traineeId, String personId,
                                   TraineeRole role, String traineeUnitCode, LocalDate enrolledOn)
        implements DomainEvent {
}
