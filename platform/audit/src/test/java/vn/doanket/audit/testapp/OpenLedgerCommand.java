package vn.doanket.audit.testapp;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a ledger of a unit. */
public record OpenLedgerCommand(@TargetAggregateIdentifier String ledgerId, String unitCode) {
}
