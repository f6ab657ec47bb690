package vn.doanket.axon.testapp;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.doanket.events.error.DomainException;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A test aggregate: created under a unit, then incremented; state changes only in event sourcing handlers. */
@Aggregate
public class Counter {

    @AggregateIdentifier
    private String counterId;
    private String unitCode;
    private long value;

    protected Counter() {
        // for Axon
    }

    @CommandHandler
    public Counter(CreateCounterCommand command) {
        apply(new CounterCreatedEvent(command.counterId(), command.unitCode()));
    }

    @CommandHandler
    public void handle(IncrementCounterCommand command) {
        increment(command.by());
    }

    /** Decides an increment (also used by tests that drive the aggregate through a repository). */
    public void increment(int by) {
        if (by <= 0) {
            throw DomainException.rule("counter-step-not-positive",
                    "Bước tăng phải là số dương.", "The step must be positive.");
        }
        apply(new CounterIncrementedEvent(counterId, unitCode, by, value + by));
    }

    @EventSourcingHandler
    void on(CounterCreatedEvent event) {
        this.counterId = event.counterId();
        this.unitCode = event.unitCode();
    }

    @EventSourcingHandler
    void on(CounterIncrementedEvent event) {
        this.value = event.value();
    }

    public long value() {
        return value;
    }
}
