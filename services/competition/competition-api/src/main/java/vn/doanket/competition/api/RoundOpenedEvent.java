package vn.doanket.competition.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * A round was opened for scoring.
 *
 * @param contestId     the contest (aggregate id)
 * @param unitCode      the organising unit
 * @param roundId       the round
 * @param contestantIds the contestants in it (every active contestant in the first round; those who went on
 *                      afterwards)
 * @param openedOn      the day it was recorded
 */
public record RoundOpenedEvent(String contestId, String unitCode, String roundId, List<String> contestantIds,
                               LocalDate openedOn) implements DomainEvent {
}
