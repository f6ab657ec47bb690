package vn.doanket.competition.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A judge was declared related to a contestant: they cannot score them.
 *
 * @param contestId    the contest (aggregate id)
 * @param unitCode     the organising unit
 * @param judge        the judge's username
 * @param contestantId the contestant
 * @param reason       the relation as declared
 * @param declaredOn   the day it was recorded
 */
public record ConflictOfInterestDeclaredEvent(String contestId, String unitCode, String judge, String contestantId,
                                              String reason, LocalDate declaredOn) implements DomainEvent {
}
