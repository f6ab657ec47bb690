package vn.doanket.membership.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Internal: asks a residential area whether it is open on a day (the receiving area of a merge); answers its commune
 * code and records nothing. An unknown area is a 404.
 */
public record ConfirmResidentialAreaOpenCommand(@TargetAggregateIdentifier String areaCode, LocalDate on) {
}
