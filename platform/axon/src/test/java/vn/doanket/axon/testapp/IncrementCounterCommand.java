package vn.doanket.axon.testapp;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds {@code by} (must be positive) to a counter. */
public record IncrementCounterCommand(@TargetAggregateIdentifier String counterId, int by) {
}
