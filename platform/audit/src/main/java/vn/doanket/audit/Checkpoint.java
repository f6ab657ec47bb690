package vn.doanket.audit;

import java.util.List;

/**
 * One signed checkpoint: a line of the checkpoint log. It holds the chain heads that changed
 * since the previous checkpoint and a global hash rolled over all heads ever checkpointed:
 * {@code global(n) = SHA-256(domain || global(n-1) || heads(n) sorted by aggregate)}. The Ed25519
 * signature covers number, time, previous global hash and the new global hash (so every head).
 *
 * @param number 1, 2, 3, … in the log
 * @param createdAt ISO-8601 instant
 * @param previous the previous line's global hash (hex), empty for the first
 * @param heads changed heads, sorted by aggregate id
 * @param globalHash rolled hash (hex)
 * @param keyId fingerprint of the signing public key
 * @param signature Ed25519 signature, Base64
 */
public record Checkpoint(long number, String createdAt, String previous, List<Head> heads, String globalHash,
                         String keyId, String signature) {

    /**
     * A chain head.
     *
     * @param aggregateId aggregate
     * @param seq last chained sequence number
     * @param mac its link mac (hex)
     */
    public record Head(String aggregateId, long seq, String mac) {
    }
}
