package vn.doanket.membership.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A person was recognised as prestigious in a unit for a period. Published as {@code PrestigiousPersonRecognised};
 * the fact belongs to {@link #unitCode()}. No personal data: the person is referred to by id.
 *
 * @param recognitionId   {@code <unit code>/<person id>}
 * @param personId        the person
 * @param unitCode        the commune or residential area
 * @param recognisedFrom  first day
 * @param recognisedUntil last day
 * @param decisionNumber  the decision
 */
public record PrestigiousPersonRecognisedEvent(
        String recognitionId,
        String personId,
        String unitCode,
        LocalDate recognisedFrom,
        LocalDate recognisedUntil,
        String decisionNumber) implements DomainEvent {
}
