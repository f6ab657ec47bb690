package vn.doanket.audit;

/**
 * One thing {@code verify} found wrong.
 *
 * @param category integrity (the events present were changed), completeness (events are missing
 *                 at the end) or checkpoint (the signed checkpoints themselves)
 * @param kind what exactly
 * @param aggregateId the aggregate, or null for a checkpoint finding
 * @param seq the sequence number concerned (for a truncation: the last one found), or null
 * @param eventId the event concerned where known, or null
 * @param expected for a truncation: the last sequence number that must exist; else null
 * @param detail what is wrong, in English
 * @param detailVi what is wrong, in Vietnamese
 */
public record Finding(Category category, Kind kind, String aggregateId, Long seq, String eventId, Long expected,
                      String detail, String detailVi) {

    /** Integrity, completeness or the checkpoints themselves. */
    public enum Category { INTEGRITY, COMPLETENESS, CHECKPOINT }

    /** What exactly was found. */
    public enum Kind {
        /** The payload of an event differs from what was chained (and is no other event's payload). */
        PAYLOAD_EDITED,
        /** The payload is another event's payload of the same aggregate (payloads swapped or moved). */
        PAYLOAD_MOVED,
        /** Payload intact but another field (timestamp, metadata, type, revision) changed, or the link forged. */
        EVENT_ALTERED,
        /** An event of this aggregate stands at another sequence number than the one it was chained at. */
        REORDERED,
        /** A different event (unknown id) stands where the chain has another one. */
        REPLACED,
        /** An event in the middle of the stream is missing. */
        DELETED,
        /** An event is in the store without a chain link (written outside the application). */
        UNCHAINED,
        /** The chain link at a checkpointed sequence number differs from the signed checkpoint. */
        CHECKPOINT_MISMATCH,
        /** The tail of the stream is missing: fewer events than the chain or a signed checkpoint says. */
        TRUNCATED,
        /** A checkpoint line's signature or rolled hash is not valid. */
        SIGNATURE_INVALID,
        /** A checkpoint line does not follow the previous one (a line removed, inserted or reordered). */
        CHECKPOINT_LINK_BROKEN,
        /** A checkpoint line cannot be read. */
        CHECKPOINT_UNREADABLE
    }
}
