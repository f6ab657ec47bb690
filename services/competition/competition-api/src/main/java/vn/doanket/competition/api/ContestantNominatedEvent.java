package vn.doanket.competition.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A unit nominated a contestant. No name: the nominee's name stays in the service.
 *
 * @param contestId      the contest (aggregate id)
 * @param unitCode       the organising unit
 * @param contestantId   the contestant
 * @param nominatingUnit the nominating unit
 * @param communeCode    the commune taking part through this nomination (the nominating unit's commune)
 * @param personId       the nominee in membership, or null
 * @param committeeId    the nominee's work committee in membership, or null
 * @param nominatedOn    the day it was recorded
 */
public record ContestantNominatedEvent(String contestId, String unitCode, String contestantId, String nominatingUnit,
                                       String communeCode, String personId, String committeeId, LocalDate nominatedOn)
        implements DomainEvent {
}
