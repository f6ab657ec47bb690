package vn.doanket.feedback.api;

import vn.doanket.events.DomainEvent;
import vn.doanket.events.SchemaVersion;

/**
 * An overdue petition went up one level (commune → province → national), with a new deadline. Published as {@code PetitionEscalated} on {@code doanket.feedback.events}; the acting user's id and role travel
 * in the envelope's {@code actor}.
 *
 * @param petitionId the petition
 * @param unitCode the unit concerned, as recorded
 * @param fromLevel the level that missed the deadline
 * @param fromUnit its unit
 * @param toLevel the level above
 * @param toUnit its unit
 * @param reason why: {@code OVERDUE} (found by the scanner) or, since schema 2, {@code OVERDUE_WHEN_RECORDED}
 *               (the forwarding was entered after this deadline had passed: escalated once, by the next scan)
 * @param missedDeadline the deadline that passed
 * @param escalatedOn when
 * @param workingDays the time allowed at the new level
 * @param newDeadline the new deadline
 * @param actingUnit the unit of the acting user's scope ({@code VN} for the scheduler)
 */
@SchemaVersion(2)
public record PetitionEscalatedEvent(
        String petitionId,
        String unitCode,
        HandlingLevel fromLevel,
        String fromUnit,
        HandlingLevel toLevel,
        String toUnit,
        EscalationReason reason,
        java.time.LocalDate missedDeadline,
        java.time.LocalDate escalatedOn,
        int workingDays,
        java.time.LocalDate newDeadline,
        String actingUnit) implements DomainEvent {
}
