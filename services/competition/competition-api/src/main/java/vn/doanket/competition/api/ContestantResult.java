package vn.doanket.competition.api;

import java.util.List;

/**
 * A contestant's result in a locked round.
 *
 * @param contestantId   the contestant
 * @param nominatingUnit the unit that nominated them
 * @param mark           the round's mark out of 100: the criteria's weighted mean of the mean points of the judges
 *                       eligible for them, as a decimal with four places (e.g. {@code "87.5000"})
 * @param rank           the rank in the round (1 = best; equal marks not told apart by the tie-break order share a
 *                       rank)
 * @param eligibleJudges how many of the round's judges could score them (conflicts of interest excluded)
 * @param sheets         how many eligible judges scored them (the mean is over these)
 * @param criterionMeans the mean points per criterion
 * @param advanced       whether they go on to the next round
 */
public record ContestantResult(String contestantId, String nominatingUnit, String mark, int rank, int eligibleJudges,
                               int sheets, List<CriterionMean> criterionMeans, boolean advanced) {
}
