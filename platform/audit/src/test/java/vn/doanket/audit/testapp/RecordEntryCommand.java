package vn.doanket.audit.testapp;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records an entry (amount must be positive). */
public record RecordEntryCommand(@TargetAggregateIdentifier String ledgerId, long amount, String note) {
}
