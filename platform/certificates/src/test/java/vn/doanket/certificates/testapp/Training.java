package vn.doanket.certificates.testapp;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A test aggregate: one trainee's completion of a class. */
@Aggregate
public class Training {

    @AggregateIdentifier
    private String trainingId;

    protected Training() {
        // for Axon
    }

    @CommandHandler
    public Training(CompleteTrainingCommand command) {
        apply(new TrainingCompletedEvent(command.trainingId(), command.unitCode(), command.traineeName(),
                command.personId(), command.completedOn()));
    }

    @EventSourcingHandler
    void on(TrainingCompletedEvent event) {
        trainingId = event.trainingId();
    }
}
