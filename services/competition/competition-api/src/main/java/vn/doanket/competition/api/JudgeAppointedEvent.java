package vn.doanket.competition.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * A judge was appointed for the contest or some of its rounds.
 *
 * @param contestId   the contest (aggregate id)
 * @param unitCode    the organising unit
 * @param judge       the judge's username
 * @param judgeUnit   the unit the judge belongs to
 * @param roundIds    the rounds they judge (empty: every round)
 * @param appointedOn the day it was recorded
 */
public record JudgeAppointedEvent(String contestId, String unitCode, String judge, String judgeUnit,
                                  List<String> roundIds, LocalDate appointedOn) implements DomainEvent {
}
