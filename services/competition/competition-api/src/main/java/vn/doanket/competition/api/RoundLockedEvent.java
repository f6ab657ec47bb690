package vn.doanket.competition.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * A round was locked: its marks, ranks and advancement are final and, from this event on, visible. The only
 * published event that carries marks (never a judge's own sheet).
 *
 * @param contestId the contest (aggregate id)
 * @param unitCode  the organising unit
 * @param roundId   the round
 * @param results   every contestant of the round, best first
 * @param lockedOn  the day it was recorded
 */
public record RoundLockedEvent(String contestId, String unitCode, String roundId, List<ContestantResult> results,
                               LocalDate lockedOn) implements DomainEvent {
}
