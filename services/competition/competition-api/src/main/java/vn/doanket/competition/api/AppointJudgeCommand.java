package vn.doanket.competition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Appoints a judge (giám khảo) for the contest or some of its rounds: the judge's rights in this contest come from
 * this appointment, not from a role of the identity provider. Idempotent by {@code judge}.
 *
 * @param contestId  the contest
 * @param judge      the judge's username (the {@code preferred_username} of their token)
 * @param judgeUnit  the unit the judge belongs to (a judge cannot score contestants nominated by it)
 * @param roundIds   the rounds they judge; empty for every round
 * @param appointedOn the day it is recorded
 */
public record AppointJudgeCommand(@TargetAggregateIdentifier String contestId, String judge, String judgeUnit,
                                  List<String> roundIds, LocalDate appointedOn) {
}
