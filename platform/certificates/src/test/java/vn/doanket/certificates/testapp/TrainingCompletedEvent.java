package vn.doanket.certificates.testapp;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/** A trainee completed a training class. */
public record TrainingCompletedEvent(String trainingId, String unitCode, String traineeName, String personId,
                                     LocalDate completedOn) implements DomainEvent {
}
