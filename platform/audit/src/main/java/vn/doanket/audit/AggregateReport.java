package vn.doanket.audit;

import java.util.List;

/**
 * What {@code verify} found for one aggregate.
 *
 * @param aggregateId the aggregate
 * @param events events in the store
 * @param lastSeq last sequence number in the store ({@code -1} if none)
 * @param lastChainedSeq last sequence number in the chain ({@code -1} if none)
 * @param lastCheckpointedSeq last sequence number in a valid signed checkpoint ({@code -1} if none)
 * @param integrity findings about the events present (edited, reordered, deleted, unchained)
 * @param completeness findings about missing events at the end (truncation)
 */
public record AggregateReport(String aggregateId, int events, long lastSeq, long lastChainedSeq, long lastCheckpointedSeq,
                              List<Finding> integrity, List<Finding> completeness) {

    public AggregateReport {
        integrity = List.copyOf(integrity);
        completeness = List.copyOf(completeness);
    }

    /** @return no integrity finding */
    public boolean intact() {
        return integrity.isEmpty();
    }

    /** @return no completeness finding */
    public boolean complete() {
        return completeness.isEmpty();
    }

    /** @return intact and complete */
    public boolean clean() {
        return intact() && complete();
    }
}
