package vn.doanket.competition.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A nomination was withdrawn.
 *
 * @param contestId      the contest (aggregate id)
 * @param unitCode       the organising unit
 * @param contestantId   the contestant
 * @param nominatingUnit the nominating unit
 * @param communeCode    its commune
 * @param reason         why
 * @param withdrawnOn    the day it was recorded
 */
public record NominationWithdrawnEvent(String contestId, String unitCode, String contestantId, String nominatingUnit,
                                       String communeCode, String reason, LocalDate withdrawnOn) implements DomainEvent {
}
