package vn.doanket.competition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Launches an emulation movement or campaign (phát động phong trào thi đua, cuộc vận động). Idempotent by id.
 *
 * @param movementId    client-supplied id
 * @param organiserUnit the launching unit
 * @param kind          movement or campaign
 * @param title         e.g. "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"
 * @param startsOn      first day
 * @param endsOn        last day
 * @param description   what it asks of the units (≤ 10,000 characters)
 * @param criteria      what units report against (1–30)
 * @param launchedOn    the day it is recorded
 */
public record LaunchMovementCommand(@TargetAggregateIdentifier String movementId, String organiserUnit,
                                    MovementKind kind, String title, LocalDate startsOn, LocalDate endsOn,
                                    String description, List<MovementCriterion> criteria, LocalDate launchedOn) {
}
