package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * Who attended one session of a class (recorded once per session).
 *
 * @param classId    the class
 * @param unitCode   the organiser unit
 * @param sessionNo  the session
 * @param heldOn     the day it was held
 * @param present    the trainees present (ids within the class; at most 300)
 * @param enrolled   trainees enrolled when it was recorded
 */
public record SessionAttendanceRecordedEvent(String classId, String unitCode, int sessionNo, LocalDate heldOn,
                                             List<String> present, int enrolled) implements DomainEvent {
}
