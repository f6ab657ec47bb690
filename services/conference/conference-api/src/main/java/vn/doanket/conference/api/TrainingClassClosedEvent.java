package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * The class closed after its last session; everyone who attended every session has completed it.
 *
 * @param classId   the class
 * @param unitCode  the organiser unit
 * @param trainees  trainees enrolled
 * @param completed trainees who completed it
 * @param closedOn  the day
 */
public record TrainingClassClosedEvent(String classId, String unitCode, int trainees, int completed,
                                       LocalDate closedOn) implements DomainEvent {
}
