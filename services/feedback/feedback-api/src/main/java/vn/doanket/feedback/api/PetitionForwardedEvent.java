package vn.doanket.feedback.api;

import vn.doanket.events.DomainEvent;
import vn.doanket.events.SchemaVersion;

/**
 * A petition was forwarded to a responsible body with a deadline counted in Vietnamese working days. Published as {@code PetitionForwarded} on {@code doanket.feedback.events}; the acting user's id and role travel
 * in the envelope's {@code actor}.
 *
 * @param petitionId the petition
 * @param unitCode the unit concerned, as recorded
 * @param body the body it went to
 * @param forwardedOn the day it was forwarded
 * @param workingDays the time allowed, in working days
 * @param deadline the last day for an answer
 * @param level the level following it up
 * @param handlingUnit the unit following it up
 * @param note optional
 * @param actingUnit the unit of the acting user's scope
 * @param recordedOn the day the forwarding was entered into the system (schema 2; null in version-1 events)
 * @param recordedLate whether the forwarding was <em>recorded late</em>: entered more than the grace period
 *                     ({@code doanket.feedback.recorded-late-after-days}, default 7 calendar days) after
 *                     {@code forwardedOn}, or after its {@code deadline} had already passed (schema 2; null, read as
 *                     false, in version-1 events). A forwarding entered after its deadline is escalated once by the
 *                     next scan, with reason {@link EscalationReason#OVERDUE_WHEN_RECORDED}.
 */
@SchemaVersion(2)
public record PetitionForwardedEvent(
        String petitionId,
        String unitCode,
        ResponsibleBody body,
        java.time.LocalDate forwardedOn,
        int workingDays,
        java.time.LocalDate deadline,
        HandlingLevel level,
        String handlingUnit,
        String note,
        String actingUnit,
        java.time.LocalDate recordedOn,
        Boolean recordedLate) implements DomainEvent {

    /** A version-1 event: no day of recording, not recorded late. */
    public PetitionForwardedEvent(String petitionId, String unitCode, ResponsibleBody body,
                                  java.time.LocalDate forwardedOn, int workingDays, java.time.LocalDate deadline,
                                  HandlingLevel level, String handlingUnit, String note, String actingUnit) {
        this(petitionId, unitCode, body, forwardedOn, workingDays, deadline, level, handlingUnit, note, actingUnit,
                null, null);
    }
}
