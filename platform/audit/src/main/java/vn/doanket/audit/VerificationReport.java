package vn.doanket.audit;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The result of {@code verify} for a set of aggregates.
 *
 * @param verifiedAt when
 * @param keyFingerprint fingerprint of the chain key used (never the key)
 * @param checkpoints valid signed checkpoint lines read
 * @param aggregates one report per aggregate, in id order
 * @param checkpointFindings problems with the checkpoint files themselves
 */
public record VerificationReport(Instant verifiedAt, String keyFingerprint, int checkpoints,
                                 List<AggregateReport> aggregates, List<Finding> checkpointFindings) {

    public VerificationReport {
        aggregates = List.copyOf(aggregates);
        checkpointFindings = List.copyOf(checkpointFindings);
    }

    /** @return every aggregate intact */
    public boolean intact() {
        return aggregates.stream().allMatch(AggregateReport::intact);
    }

    /** @return every aggregate complete */
    public boolean complete() {
        return aggregates.stream().allMatch(AggregateReport::complete);
    }

    /** @return every checkpoint line valid */
    public boolean checkpointsValid() {
        return checkpointFindings.isEmpty();
    }

    /** @return intact, complete and valid checkpoints */
    public boolean clean() {
        return intact() && complete() && checkpointsValid();
    }

    /** @return every finding: checkpoints first, then per aggregate integrity and completeness */
    public List<Finding> findings() {
        return Stream.concat(checkpointFindings.stream(), aggregates.stream()
                .flatMap(a -> Stream.concat(a.integrity().stream(), a.completeness().stream()))).toList();
    }
}
