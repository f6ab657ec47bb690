package vn.doanket.competition.api;

import vn.doanket.events.DomainEvent;

import java.util.List;

/**
 * A round was planned.
 *
 * @param contestId   the contest (aggregate id)
 * @param unitCode    the organising unit
 * @param roundId     the round
 * @param sequence    its place in the contest (1 = first)
 * @param name        its name
 * @param criteria    its criteria, weights and maximum points
 * @param advancement who goes on to the next round
 */
public record RoundPlannedEvent(String contestId, String unitCode, String roundId, int sequence, String name,
                                List<Criterion> criteria, Advancement advancement) implements DomainEvent {
}
