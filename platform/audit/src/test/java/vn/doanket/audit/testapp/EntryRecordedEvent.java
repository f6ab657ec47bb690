package vn.doanket.audit.testapp;

import vn.doanket.events.DomainEvent;

/** An entry of {@code amount} was recorded; the ledger's total is now {@code total}. */
public record EntryRecordedEvent(String ledgerId, String unitCode, long amount, String note, long total)
        implements DomainEvent {
}
