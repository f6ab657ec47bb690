package vn.doanket.membership.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A Front Work Committee was established for a residential area and a term. Published as {@code WorkCommitteeEstablished} on {@code doanket.membership.events}; the fact belongs to
 * the residential area ({@link #unitCode()}). Carries no personal data: people are referred to by id.
 */
public record WorkCommitteeEstablishedEvent(String committeeId, String areaCode, LocalDate termStart, LocalDate termEnd, int plannedDeputies, int minimumSize, String decisionNumber, LocalDate establishedOn) implements DomainEvent {

    @Override
    public String unitCode() {
        return areaCode;
    }
}
