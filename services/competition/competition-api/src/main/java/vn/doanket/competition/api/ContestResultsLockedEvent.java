package vn.doanket.competition.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * The contest's results were locked.
 *
 * @param contestId the contest (aggregate id)
 * @param unitCode  the organising unit
 * @param prizes    prizes awarded per tier
 * @param lockedOn  the day it was recorded
 */
public record ContestResultsLockedEvent(String contestId, String unitCode, List<TierCount> prizes, LocalDate lockedOn)
        implements DomainEvent {
}
