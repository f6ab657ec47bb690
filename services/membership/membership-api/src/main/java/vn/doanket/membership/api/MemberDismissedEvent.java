package vn.doanket.membership.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A member was dismissed from a position. Published as {@code MemberDismissed} on {@code doanket.membership.events}; the fact belongs to
 * the residential area ({@link #unitCode()}). Carries no personal data: people are referred to by id.
 */
public record MemberDismissedEvent(String committeeId, String areaCode, String personId, Position position, LocalDate dismissedOn, String reason, String decisionNumber) implements DomainEvent {

    @Override
    public String unitCode() {
        return areaCode;
    }
}
