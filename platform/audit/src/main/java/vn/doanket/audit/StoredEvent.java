package vn.doanket.audit;

/**
 * One row of the Axon event store ({@code domain_event_entry}) exactly as stored: the bytes the
 * chain covers.
 *
 * @param globalIndex global index (store order)
 * @param eventId event identifier
 * @param aggregateId aggregate identifier
 * @param seq sequence number within the aggregate
 * @param type aggregate type
 * @param timestamp stored time stamp text
 * @param payloadType payload type
 * @param payloadRevision payload revision, may be null
 * @param payload serialised payload bytes
 * @param metadata serialised metadata bytes
 */
public record StoredEvent(long globalIndex, String eventId, String aggregateId, long seq, String type,
                          String timestamp, String payloadType, String payloadRevision,
                          byte[] payload, byte[] metadata) {
}
