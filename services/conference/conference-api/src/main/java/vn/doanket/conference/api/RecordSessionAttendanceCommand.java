package vn.doanket.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Records who attended a session (once per session).
 *
 * @param classId   the class
 * @param sessionNo the session
 * @param heldOn    the day it was held (not in the future), or null for the day it was planned
 * @param present   the trainees present
 */
public record RecordSessionAttendanceCommand(@TargetAggregateIdentifier String classId, int sessionNo,
                                             LocalDate heldOn, List<String> present) {
}
