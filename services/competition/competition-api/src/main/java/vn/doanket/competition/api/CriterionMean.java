package vn.doanket.competition.api;

/**
 * A contestant's mean points on one criterion over the judges eligible for them, once the round is locked.
 *
 * @param criterionId the criterion
 * @param mean        the mean, a decimal with four places, e.g. {@code "8.5000"}
 */
public record CriterionMean(String criterionId, String mean) {
}
