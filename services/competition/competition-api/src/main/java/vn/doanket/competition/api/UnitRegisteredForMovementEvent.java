package vn.doanket.competition.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit registered for an emulation movement.
 *
 * @param participationId {@code <movementId>/<unitCode>} (aggregate id)
 * @param unitCode        the registering unit
 * @param movementId      the movement
 * @param organiserUnit   the movement's organiser
 * @param startsOn        the movement's first day
 * @param endsOn          the movement's last day
 * @param criterionIds    the movement's criteria
 * @param pledge          what it pledges, or null
 * @param registeredOn    the day it was recorded
 */
public record UnitRegisteredForMovementEvent(String participationId, String unitCode, String movementId,
                                             String organiserUnit, LocalDate startsOn, LocalDate endsOn,
                                             List<String> criterionIds, String pledge, LocalDate registeredOn)
        implements DomainEvent {
}
