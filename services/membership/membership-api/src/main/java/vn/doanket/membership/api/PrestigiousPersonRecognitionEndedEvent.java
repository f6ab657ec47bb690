package vn.doanket.membership.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A recognition period ended early. Published as {@code PrestigiousPersonRecognitionEnded}; the fact belongs to
 * {@link #unitCode()}.
 *
 * @param recognitionId  {@code <unit code>/<person id>}
 * @param personId       the person
 * @param unitCode       the unit
 * @param recognisedFrom first day of the period that ended
 * @param endedOn        first day no longer recognised
 * @param reason         why
 * @param decisionNumber the decision
 */
public record PrestigiousPersonRecognitionEndedEvent(
        String recognitionId,
        String personId,
        String unitCode,
        LocalDate recognisedFrom,
        LocalDate endedOn,
        String reason,
        String decisionNumber) implements DomainEvent {
}
