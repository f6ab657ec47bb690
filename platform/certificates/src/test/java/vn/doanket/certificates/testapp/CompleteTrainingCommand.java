package vn.doanket.certificates.testapp;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** A trainee completed a training class (the verified fact of the test service). */
public record CompleteTrainingCommand(@TargetAggregateIdentifier String trainingId, String unitCode, String traineeName,
                                      String personId, LocalDate completedOn) {
}
