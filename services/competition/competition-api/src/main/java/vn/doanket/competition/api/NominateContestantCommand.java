package vn.doanket.competition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * A unit below the organiser nominates a contestant (đề cử thí sinh), within its allowance, before the first round
 * opens. Idempotent by {@code contestantId}.
 *
 * @param contestId      the contest
 * @param contestantId   client-supplied id of the nomination
 * @param nominatingUnit the nominating unit: a commune below the organiser (a residential area when the organiser
 *                       is a commune)
 * @param fullName       the nominee's full name (kept in the service; never published)
 * @param personId       the nominee's person id in membership ({@code p-…}), or null
 * @param committeeId    the nominee's work committee in membership ({@code <area>/<term year>}), or null
 * @param nominatedOn    the day it is recorded
 */
public record NominateContestantCommand(@TargetAggregateIdentifier String contestId, String contestantId,
                                        String nominatingUnit, String fullName, String personId, String committeeId,
                                        LocalDate nominatedOn) {
}
