package vn.doanket.membership.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Internal: a 404 unless the person is registered under {@code unitCode}; records nothing. */
public record ConfirmPersonUnitCommand(@TargetAggregateIdentifier String personId, String unitCode) {
}
