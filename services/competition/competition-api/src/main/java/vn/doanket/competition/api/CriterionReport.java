package vn.doanket.competition.api;

/**
 * What a unit reports on one criterion of a movement for a period.
 *
 * @param criterionId the criterion
 * @param value       the result as written, e.g. "12 hộ thoát nghèo" (≤ 500 characters)
 */
public record CriterionReport(String criterionId, String value) {
}
