package vn.doanket.audit;

/**
 * One link of an aggregate's keyed hash chain ({@code audit_chain}).
 *
 * @param aggregateId aggregate identifier
 * @param seq sequence number of the event it covers
 * @param eventId identifier of the event it covers
 * @param mac {@code HMAC(key, mac(seq-1) || canonical(event))}
 * @param payloadMac {@code HMAC(key, "payload" || payload bytes)}: tells a moved payload from an edited one
 */
public record ChainEntry(String aggregateId, long seq, String eventId, byte[] mac, byte[] payloadMac) {
}
