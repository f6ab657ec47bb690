package vn.doanket.competition.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A round was closed: no more sheets. Carries no mark.
 *
 * @param contestId the contest (aggregate id)
 * @param unitCode  the organising unit
 * @param roundId   the round
 * @param sheets    how many sheets the judges gave in it
 * @param closedOn  the day it was recorded
 */
public record RoundClosedEvent(String contestId, String unitCode, String roundId, int sheets, LocalDate closedOn)
        implements DomainEvent {
}
