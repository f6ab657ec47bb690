package vn.doanket.membership.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Appoints a person to a position on the committee, representing an organisation or capacity.
 * A person may hold several positions at once (kiêm nhiệm), but not the same one twice.
 */
public record AppointMemberCommand(
        @TargetAggregateIdentifier String committeeId,
        String personId,
        Position position,
        MemberOrganisation representing,
        LocalDate appointedOn,
        String decisionNumber) {
}
