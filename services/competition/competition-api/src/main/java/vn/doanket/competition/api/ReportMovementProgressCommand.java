package vn.doanket.competition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * A registered unit reports its results for a period (báo cáo định kỳ). Idempotent by {@code reportId}.
 *
 * @param participationId {@code <movementId>/<unitCode>}
 * @param reportId        client-supplied id of the report
 * @param periodFrom      first day of the period
 * @param periodTo        last day of the period
 * @param results         per criterion of the movement (each at most once)
 * @param summary         a summary (≤ 10,000 characters)
 * @param reportedOn      the day it is recorded
 */
public record ReportMovementProgressCommand(@TargetAggregateIdentifier String participationId, String reportId,
                                            LocalDate periodFrom, LocalDate periodTo, List<CriterionReport> results,
                                            String summary, LocalDate reportedOn) {
}
