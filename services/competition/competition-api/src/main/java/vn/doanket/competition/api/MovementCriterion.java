package vn.doanket.competition.api;

/**
 * A criterion units report against in an emulation movement.
 *
 * @param criterionId its id within the movement
 * @param name        its name, e.g. "Số hộ thoát nghèo"
 */
public record MovementCriterion(String criterionId, String name) {
}
