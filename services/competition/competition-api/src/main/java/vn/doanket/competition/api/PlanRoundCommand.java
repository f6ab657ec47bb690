package vn.doanket.competition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Plans a round (vòng thi) with its criteria and advancement rule, before the first round opens; rounds run in the
 * order they are planned. Idempotent by {@code roundId}.
 *
 * @param contestId   the contest
 * @param roundId     client-supplied id of the round within the contest
 * @param name        e.g. "Thi viết", "Thuyết trình", "Tiểu phẩm"
 * @param criteria    1–20 criteria with weights and maximum points
 * @param advancement who goes on to the next round
 */
public record PlanRoundCommand(@TargetAggregateIdentifier String contestId, String roundId, String name,
                               List<Criterion> criteria, Advancement advancement) {
}
