package vn.doanket.competition.command;

import java.time.LocalDate;
import java.util.List;

/**
 * A movement's terms, as its aggregate answers {@link DescribeMovementCommand}.
 *
 * @param movementId    the movement
 * @param organiserUnit the launching unit
 * @param startsOn      first day
 * @param endsOn        last day
 * @param criterionIds  its criteria
 */
public record MovementTerms(String movementId, String organiserUnit, LocalDate startsOn, LocalDate endsOn,
                            List<String> criterionIds) {
}
