package vn.doanket.membership.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * An administrator records a reorganisation decision of official units (merger, split or rename of communes or
 * provinces), including decisions older than the shipped snapshot.
 *
 * @param decisionId     stable id of the decision: its number with {@code /} replaced by {@code _}, upper case
 * @param decisionNumber e.g. {@code 1111/NQ-UBTVQH14}
 * @param kind           merger, split or rename
 * @param effectiveDate  the day the decision takes effect
 * @param predecessors   the units it closes
 * @param successors     the units in force from {@code effectiveDate} that receive their territory
 * @param transfers      where each predecessor's territory goes; empty to derive them (all into one successor, or
 *                       one predecessor split over all successors)
 */
public record RecordReorganisationDecisionCommand(
        @TargetAggregateIdentifier String decisionId,
        String decisionNumber,
        ReorganisationKind kind,
        LocalDate effectiveDate,
        List<ReorganisedUnit> predecessors,
        List<ReorganisedUnit> successors,
        List<UnitTransfer> transfers) {
}
