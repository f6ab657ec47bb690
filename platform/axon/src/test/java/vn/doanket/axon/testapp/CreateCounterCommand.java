package vn.doanket.axon.testapp;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a counter that belongs to an administrative unit. */
public record CreateCounterCommand(@TargetAggregateIdentifier String counterId, String unitCode) {
}
