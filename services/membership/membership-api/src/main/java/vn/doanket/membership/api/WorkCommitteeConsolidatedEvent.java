package vn.doanket.membership.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * The committee was consolidated (kiện toàn). Published as {@code WorkCommitteeConsolidated} on {@code doanket.membership.events}; the fact belongs to
 * the residential area ({@link #unitCode()}). Carries no personal data: people are referred to by id.
 */
public record WorkCommitteeConsolidatedEvent(String committeeId, String areaCode, LocalDate consolidatedOn, String decisionNumber) implements DomainEvent {

    @Override
    public String unitCode() {
        return areaCode;
    }
}
