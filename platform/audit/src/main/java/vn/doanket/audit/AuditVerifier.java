package vn.doanket.audit;

import javax.sql.DataSource;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * {@code verify}: recomputes each aggregate's chain from the event store as stored and compares
 * it with {@code audit_chain} and the signed checkpoints. Integrity findings name the sequence
 * number, event id and what changed (payload edited, payload moved/swapped, other field altered,
 * event reordered, replaced, deleted in the middle, inserted without a link); completeness
 * findings name a truncated tail (expected last sequence number N, found M) against the chain
 * and against the last valid signed checkpoint.
 */
public class AuditVerifier {

    private final ChainCodec codec;
    private final CheckpointLog checkpoints;
    private final PublicKey publicKey;
    private final Clock clock;

    /**
     * @param codec the chain arithmetic with the key
     * @param checkpoints checkpoint log, or null to verify the chain alone
     * @param publicKey the checkpoints' public key (required with a log)
     * @param clock time source for the report
     */
    public AuditVerifier(ChainCodec codec, CheckpointLog checkpoints, PublicKey publicKey, Clock clock) {
        this.codec = codec;
        this.checkpoints = checkpoints;
        this.publicKey = publicKey;
        this.clock = clock;
        if (checkpoints != null && publicKey == null) {
            throw new IllegalArgumentException("Verifying checkpoints needs their public key");
        }
    }

    /**
     * @param dataSource the event store's database
     * @param aggregateIds aggregates to verify (e.g. all petitions of a unit)
     * @return the report
     */
    public VerificationReport verify(DataSource dataSource, Collection<String> aggregateIds) {
        try (Connection c = dataSource.getConnection()) {
            return verify(c, aggregateIds);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the event store for verification", e);
        }
    }

    /**
     * Verifies every aggregate the store, the chain or a checkpoint knows (an aggregate deleted
     * entirely is still reported through the chain or checkpoint).
     *
     * @param c connection to the event store's database
     * @param aggregateTypes aggregate types to include from the event store; empty for all
     * @return the report
     * @throws SQLException on a database error
     */
    public VerificationReport verifyAll(Connection c, Collection<String> aggregateTypes) throws SQLException {
        CheckpointLog.State state = checkpointState();
        TreeSet<String> ids = new TreeSet<>(AuditChainStore.aggregateIds(c, aggregateTypes));
        ids.addAll(AuditChainStore.chainedAggregateIds(c));
        ids.addAll(state.heads().keySet());
        return verify(c, ids, state);
    }

    /**
     * @param c connection to the event store's database
     * @param aggregateIds aggregates to verify
     * @return the report
     * @throws SQLException on a database error
     */
    public VerificationReport verify(Connection c, Collection<String> aggregateIds) throws SQLException {
        return verify(c, aggregateIds, checkpointState());
    }

    private CheckpointLog.State checkpointState() {
        return checkpoints == null ? new CheckpointLog.State(Map.of(), "", 0, 0, List.of())
                : checkpoints.verify(publicKey);
    }

    private VerificationReport verify(Connection c, Collection<String> aggregateIds, CheckpointLog.State state)
            throws SQLException {
        List<AggregateReport> reports = new ArrayList<>();
        for (String id : new TreeSet<>(aggregateIds)) {
            reports.add(verifyOne(c, id, state.heads().get(id)));
        }
        return new VerificationReport(clock.instant(), codec.keyFingerprint(), state.validLines(), reports,
                state.problems());
    }

    private AggregateReport verifyOne(Connection c, String id, Checkpoint.Head checkpointed) throws SQLException {
        List<StoredEvent> events = AuditChainStore.events(c, id, -1);
        List<ChainEntry> chain = AuditChainStore.chain(c, id);
        Map<Long, StoredEvent> eventsBySeq = new HashMap<>();
        events.forEach(e -> eventsBySeq.putIfAbsent(e.seq(), e));
        Map<Long, ChainEntry> chainBySeq = new HashMap<>();
        Map<String, ChainEntry> chainByEventId = new HashMap<>();
        Map<String, ChainEntry> chainByPayload = new HashMap<>();
        for (ChainEntry link : chain) {
            chainBySeq.put(link.seq(), link);
            chainByEventId.put(link.eventId(), link);
            chainByPayload.putIfAbsent(hex(link.payloadMac()), link);
        }
        long lastStored = events.stream().mapToLong(StoredEvent::seq).max().orElse(-1);
        long lastChained = chain.stream().mapToLong(ChainEntry::seq).max().orElse(-1);
        List<Finding> integrity = new ArrayList<>();
        List<Finding> completeness = new ArrayList<>();

        byte[] previous = new byte[0];
        for (long seq = 0; seq <= Math.max(lastStored, lastChained); seq++) {
            StoredEvent event = eventsBySeq.get(seq);
            ChainEntry link = chainBySeq.get(seq);
            if (event == null && link == null) {
                if (seq < lastStored) {
                    integrity.add(finding(Finding.Kind.DELETED, id, seq, null,
                            "event " + seq + " is missing from the middle of the stream (and its chain link too)",
                            "sự kiện số " + seq + " bị mất ở giữa chuỗi (cả mắt xích của nó)"));
                }
                continue;
            }
            if (link == null) {
                integrity.add(finding(Finding.Kind.UNCHAINED, id, seq, event.eventId(),
                        "event " + seq + " (" + event.eventId() + ") has no chain link: it was written outside the application",
                        "sự kiện số " + seq + " (" + event.eventId() + ") không có mắt xích: được ghi ngoài ứng dụng"));
                continue;
            }
            if (event == null) {
                if (seq < lastStored) {
                    integrity.add(finding(Finding.Kind.DELETED, id, seq, link.eventId(),
                            "event " + seq + " (" + link.eventId() + ") was deleted from the middle of the stream",
                            "sự kiện số " + seq + " (" + link.eventId() + ") bị xoá khỏi giữa chuỗi"));
                }
                previous = link.mac();
                continue;
            }
            checkEvent(id, seq, event, link, previous, chainByEventId, chainByPayload, integrity);
            previous = link.mac();
        }

        long checkpointSeq = checkpointed == null ? -1 : checkpointed.seq();
        if (checkpointed != null) {
            ChainEntry link = chainBySeq.get(checkpointed.seq());
            if (link != null && !hex(link.mac()).equals(checkpointed.mac())) {
                integrity.add(finding(Finding.Kind.CHECKPOINT_MISMATCH, id, checkpointed.seq(), link.eventId(),
                        "the chain link of event " + checkpointed.seq() + " differs from the signed checkpoint: the chain was rewritten",
                        "mắt xích của sự kiện số " + checkpointed.seq() + " khác với điểm kiểm đã ký: chuỗi đã bị viết lại"));
            }
        }
        long expected = Math.max(lastChained, checkpointSeq);
        if (expected > lastStored) {
            String source = checkpointSeq >= lastChained && checkpointSeq > lastStored
                    ? "the last signed checkpoint" : "the chain";
            String sourceVi = source.equals("the chain") ? "chuỗi băm" : "điểm kiểm đã ký gần nhất";
            String missingId = chainBySeq.containsKey(lastStored + 1) ? chainBySeq.get(lastStored + 1).eventId() : null;
            completeness.add(new Finding(Finding.Category.COMPLETENESS, Finding.Kind.TRUNCATED, id, lastStored, missingId,
                    expected,
                    "the stream is truncated: " + source + " expects events up to seq " + expected + ", found up to seq "
                            + lastStored + " (" + (expected - lastStored) + " missing at the end)",
                    "chuỗi sự kiện bị cắt đuôi: theo " + sourceVi + " phải có đến số " + expected + ", chỉ còn đến số "
                            + lastStored + " (thiếu " + (expected - lastStored) + " sự kiện cuối)"));
        }
        return new AggregateReport(id, events.size(), lastStored, lastChained, checkpointSeq, integrity, completeness);
    }

    private void checkEvent(String id, long seq, StoredEvent event, ChainEntry link, byte[] previous,
                            Map<String, ChainEntry> chainByEventId, Map<String, ChainEntry> chainByPayload,
                            List<Finding> integrity) {
        if (!Objects.equals(event.eventId(), link.eventId())) {
            ChainEntry original = chainByEventId.get(event.eventId());
            if (original != null) {
                integrity.add(finding(Finding.Kind.REORDERED, id, seq, event.eventId(),
                        "event " + event.eventId() + " was chained at seq " + original.seq() + " but stands at seq " + seq,
                        "sự kiện " + event.eventId() + " có số thứ tự " + original.seq() + " nhưng nằm ở vị trí " + seq));
            } else {
                integrity.add(finding(Finding.Kind.REPLACED, id, seq, event.eventId(),
                        "at seq " + seq + " the chain has event " + link.eventId() + " but the store has unknown event "
                                + event.eventId(),
                        "ở vị trí " + seq + " chuỗi băm ghi sự kiện " + link.eventId() + " nhưng kho có sự kiện lạ "
                                + event.eventId()));
            }
            return;
        }
        if (ChainCodec.same(codec.mac(previous, event), link.mac())) {
            return;
        }
        byte[] payloadMac = codec.payloadMac(event.payload());
        if (ChainCodec.same(payloadMac, link.payloadMac())) {
            integrity.add(finding(Finding.Kind.EVENT_ALTERED, id, seq, event.eventId(),
                    "event " + seq + " was altered (time stamp, metadata, type or revision), or its chain link forged",
                    "sự kiện số " + seq + " bị sửa (thời điểm, siêu dữ liệu, loại hoặc phiên bản), hoặc mắt xích bị giả"));
            return;
        }
        ChainEntry owner = chainByPayload.get(hex(payloadMac));
        if (owner != null && owner.seq() != seq) {
            integrity.add(finding(Finding.Kind.PAYLOAD_MOVED, id, seq, event.eventId(),
                    "the payload of event " + seq + " is the payload chained for event " + owner.seq() + " (swapped or moved)",
                    "nội dung của sự kiện số " + seq + " là nội dung của sự kiện số " + owner.seq() + " (bị tráo hoặc chuyển)"));
        } else {
            integrity.add(finding(Finding.Kind.PAYLOAD_EDITED, id, seq, event.eventId(),
                    "the payload of event " + seq + " (" + event.eventId() + ") was edited",
                    "nội dung của sự kiện số " + seq + " (" + event.eventId() + ") đã bị sửa"));
        }
    }

    private static Finding finding(Finding.Kind kind, String id, long seq, String eventId, String detail, String detailVi) {
        return new Finding(Finding.Category.INTEGRITY, kind, id, seq, eventId, null, detail, detailVi);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
