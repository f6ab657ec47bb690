package vn.doanket.membership.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * A reorganisation decision of official units was recorded. Published as {@code ReorganisationDecisionRecorded} on
 * {@code doanket.membership.events}; the fact belongs to {@link #unitCode()}, the lowest unit above every successor
 * (a province for commune decisions, {@code VN} for province decisions). Territory trees apply it exactly like the
 * shipped lineage (see {@code membership-territory}): historical predecessors are added, predecessors close on
 * {@code effectiveDate}, new successors open, and every transfer becomes a lineage edge.
 *
 * @param decisionId     stable id of the decision
 * @param decisionNumber the decision's number
 * @param kind           merger, split or rename
 * @param effectiveDate  the day it takes effect
 * @param unitCode       the unit the fact belongs to
 * @param predecessors   units closed
 * @param successors     units receiving territory
 * @param transfers      the territory moves, complete (never empty)
 */
public record ReorganisationDecisionRecordedEvent(
        String decisionId,
        String decisionNumber,
        ReorganisationKind kind,
        LocalDate effectiveDate,
        String unitCode,
        List<ReorganisedUnit> predecessors,
        List<ReorganisedUnit> successors,
        List<UnitTransfer> transfers) implements DomainEvent {

    public ReorganisationDecisionRecordedEvent {
        predecessors = List.copyOf(predecessors);
        successors = List.copyOf(successors);
        transfers = List.copyOf(transfers);
    }
}
