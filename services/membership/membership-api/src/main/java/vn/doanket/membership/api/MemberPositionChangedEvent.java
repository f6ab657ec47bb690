package vn.doanket.membership.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A member moved from one position to another. Published as {@code MemberPositionChanged} on {@code doanket.membership.events}; the fact belongs to
 * the residential area ({@link #unitCode()}). Carries no personal data: people are referred to by id.
 */
public record MemberPositionChangedEvent(String committeeId, String areaCode, String personId, Position from, Position to, LocalDate changedOn, String decisionNumber) implements DomainEvent {

    @Override
    public String unitCode() {
        return areaCode;
    }
}
