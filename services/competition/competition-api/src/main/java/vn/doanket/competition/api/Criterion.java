package vn.doanket.competition.api;

/**
 * A scoring criterion of a round (tiêu chí chấm điểm).
 *
 * @param criterionId its id within the round (client-supplied, e.g. {@code noi-dung})
 * @param name        its name, e.g. "Nội dung thuyết trình"
 * @param weight      its weight in the round's mark (1–100)
 * @param maxPoints   the most points a judge may give on it (1–1000)
 */
public record Criterion(String criterionId, String name, int weight, int maxPoints) {
}
