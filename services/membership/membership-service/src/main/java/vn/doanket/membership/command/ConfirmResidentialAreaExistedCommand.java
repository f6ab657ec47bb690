package vn.doanket.membership.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Internal: asks a residential area whether it existed on a day (registered by then, not yet merged or split),
 * before a committee of that day is established; answers its commune code and records nothing. An unknown area
 * is a 404.
 */
public record ConfirmResidentialAreaExistedCommand(@TargetAggregateIdentifier String areaCode, LocalDate on) {
}
