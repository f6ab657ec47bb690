package vn.doanket.membership.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * The committee was dissolved. Published as {@code WorkCommitteeDissolved} on {@code doanket.membership.events}; the fact belongs to
 * the residential area ({@link #unitCode()}). Carries no personal data: people are referred to by id.
 */
public record WorkCommitteeDissolvedEvent(String committeeId, String areaCode, LocalDate dissolvedOn, String reason) implements DomainEvent {

    @Override
    public String unitCode() {
        return areaCode;
    }
}
