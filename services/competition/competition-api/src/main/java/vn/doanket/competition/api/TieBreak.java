package vn.doanket.competition.api;

/**
 * One step of a contest's declared tie-break order: contestants with equal marks are ordered by the higher mark in
 * a round ({@code ROUND_MARK}, {@code criterionId} null) or the higher mean points on one criterion of a round
 * ({@code CRITERION_MARK}).
 *
 * @param kind        which comparison
 * @param roundId     the round it looks at
 * @param criterionId the criterion ({@code CRITERION_MARK} only)
 */
public record TieBreak(TieBreakKind kind, String roundId, String criterionId) {
}
