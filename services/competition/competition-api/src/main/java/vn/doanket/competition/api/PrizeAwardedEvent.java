package vn.doanket.competition.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A prize was awarded to a contestant.
 *
 * @param contestId      the contest (aggregate id)
 * @param unitCode       the organising unit
 * @param contestantId   the contestant
 * @param nominatingUnit the unit that nominated them
 * @param communeCode    its commune
 * @param tier           the tier
 * @param rank           the contestant's final rank (0 when awarded by decision to a contestant without one)
 * @param basis          by ranking or by decision
 * @param decisionRef    the organiser's decision
 * @param reason         why, for a prize by decision (null by ranking)
 * @param awardedOn      the day it was recorded
 */
public record PrizeAwardedEvent(String contestId, String unitCode, String contestantId, String nominatingUnit,
                                String communeCode, PrizeTier tier, int rank, AwardBasis basis, String decisionRef,
                                String reason, LocalDate awardedOn) implements DomainEvent {
}
