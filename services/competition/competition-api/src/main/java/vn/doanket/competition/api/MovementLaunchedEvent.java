package vn.doanket.competition.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * An emulation movement or campaign was launched.
 *
 * @param movementId  the movement (aggregate id)
 * @param unitCode    the launching unit
 * @param level       its level
 * @param kind        movement or campaign
 * @param title       the title
 * @param startsOn    first day
 * @param endsOn      last day
 * @param description what it asks
 * @param criteria    what units report against
 * @param launchedOn  the day it was recorded
 */
public record MovementLaunchedEvent(String movementId, String unitCode, OrganiserLevel level, MovementKind kind,
                                    String title, LocalDate startsOn, LocalDate endsOn, String description,
                                    List<MovementCriterion> criteria, LocalDate launchedOn) implements DomainEvent {
}
