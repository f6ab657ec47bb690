package vn.doanket.membership.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A person was appointed to a position on a committee. Published as {@code MemberAppointed} on {@code doanket.membership.events}; the fact belongs to
 * the residential area ({@link #unitCode()}). Carries no personal data: people are referred to by id.
 */
public record MemberAppointedEvent(String committeeId, String areaCode, String personId, Position position, MemberOrganisation representing, LocalDate appointedOn, String decisionNumber) implements DomainEvent {

    @Override
    public String unitCode() {
        return areaCode;
    }
}
