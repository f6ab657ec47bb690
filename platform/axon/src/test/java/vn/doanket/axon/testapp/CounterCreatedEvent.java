package vn.doanket.axon.testapp;

import vn.doanket.events.DomainEvent;

/** A counter was created under a unit. */
public record CounterCreatedEvent(String counterId, String unitCode) implements DomainEvent {
}
