package vn.doanket.competition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit registers for a movement (đăng ký thi đua). The participation's id is
 * {@code <movementId>/<unitCode>}, so a unit registers once; registering again with the same pledge changes nothing.
 * The movement's terms are read from the movement in the same transaction and recorded with the registration.
 *
 * @param participationId {@code <movementId>/<unitCode>}
 * @param movementId      the movement
 * @param unitCode        the registering unit (at or below the movement's organiser)
 * @param pledge          what the unit pledges (≤ 2,000 characters), or null
 * @param organiserUnit   the movement's organiser (from the movement)
 * @param startsOn        the movement's first day (from the movement)
 * @param endsOn          the movement's last day (from the movement)
 * @param criterionIds    the movement's criteria (from the movement)
 * @param registeredOn    the day it is recorded
 */
public record RegisterForMovementCommand(@TargetAggregateIdentifier String participationId, String movementId,
                                         String unitCode, String pledge, String organiserUnit, LocalDate startsOn,
                                         LocalDate endsOn, List<String> criterionIds, LocalDate registeredOn) {
}
