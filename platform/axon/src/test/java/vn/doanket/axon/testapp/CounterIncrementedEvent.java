package vn.doanket.axon.testapp;

import vn.doanket.events.DomainEvent;

/** A counter went up by {@code by} to {@code value}. */
public record CounterIncrementedEvent(String counterId, String unitCode, int by, long value) implements DomainEvent {
}
