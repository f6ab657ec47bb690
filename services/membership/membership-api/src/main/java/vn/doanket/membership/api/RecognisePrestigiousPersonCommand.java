package vn.doanket.membership.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Recognises a person as prestigious (người có uy tín) in a unit for a period.
 *
 * @param recognitionId   {@code <unit code>/<person id>}: one registry entry per person and unit
 * @param unitCode        the commune or residential area
 * @param personId        the person
 * @param recognisedFrom  first day of the period
 * @param recognisedUntil last day of the period
 * @param decisionNumber  the decision
 */
public record RecognisePrestigiousPersonCommand(
        @TargetAggregateIdentifier String recognitionId,
        String unitCode,
        String personId,
        LocalDate recognisedFrom,
        LocalDate recognisedUntil,
        String decisionNumber) {
}
