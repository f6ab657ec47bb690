package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A class was cancelled before any session was held; it counts nowhere.
 *
 * @param classId     the class
 * @param unitCode    the organiser unit
 * @param reason      why
 * @param cancelledOn the day
 */
public record TrainingClassCancelledEvent(String classId, String unitCode, String reason, LocalDate cancelledOn)
        implements DomainEvent {
}
