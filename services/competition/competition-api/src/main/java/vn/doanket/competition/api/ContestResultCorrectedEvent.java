package vn.doanket.competition.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A prize was corrected after the results were locked, by a recorded decision.
 *
 * @param contestId      the contest (aggregate id)
 * @param unitCode       the organising unit
 * @param correctionId   the correction
 * @param contestantId   the contestant
 * @param nominatingUnit the unit that nominated them
 * @param communeCode    its commune
 * @param previousTier   the tier before, or null (no prize)
 * @param newTier        the tier now, or null (prize withdrawn)
 * @param reason         why
 * @param decisionRef    the decision
 * @param correctedOn    the day it was recorded
 */
public record ContestResultCorrectedEvent(String contestId, String unitCode, String correctionId, String contestantId,
                                          String nominatingUnit, String communeCode, PrizeTier previousTier,
                                          PrizeTier newTier, String reason, String decisionRef, LocalDate correctedOn)
        implements DomainEvent {
}
