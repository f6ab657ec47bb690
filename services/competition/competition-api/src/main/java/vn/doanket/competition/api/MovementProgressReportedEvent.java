package vn.doanket.competition.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit reported its results in a movement for a period.
 *
 * @param participationId the participation (aggregate id)
 * @param unitCode        the unit
 * @param movementId      the movement
 * @param reportId        the report
 * @param periodFrom      first day of the period
 * @param periodTo        last day of the period
 * @param results         per criterion
 * @param summary         the summary
 * @param reportedOn      the day it was recorded
 */
public record MovementProgressReportedEvent(String participationId, String unitCode, String movementId,
                                            String reportId, LocalDate periodFrom, LocalDate periodTo,
                                            List<CriterionReport> results, String summary, LocalDate reportedOn)
        implements DomainEvent {
}
