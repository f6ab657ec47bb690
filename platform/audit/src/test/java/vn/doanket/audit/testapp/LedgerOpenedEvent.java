package vn.doanket.audit.testapp;

import vn.doanket.events.DomainEvent;

/** A ledger was opened under a unit. */
public record LedgerOpenedEvent(String ledgerId, String unitCode) implements DomainEvent {
}
