package vn.doanket.competition.api;

import java.math.BigDecimal;

/**
 * A judge's points on one criterion (0 to the criterion's maximum, at most two decimals). Never published: a
 * judge's sheet stays in the service (see {@code RoundLockedEvent} for what is published, after the lock).
 *
 * @param criterionId the criterion
 * @param points      the points
 */
public record CriterionScore(String criterionId, BigDecimal points) {
}
