package vn.doanket.audit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The keyed hash chain's arithmetic. Every field of a stored event goes into a canonical,
 * length-prefixed byte string (no two different events encode alike), and
 * {@code mac(n) = HMAC-SHA256(key, mac(n-1) || canonical(event n))} with {@code mac(-1)} empty.
 */
public final class ChainCodec {

    static final String ALGORITHM = "HmacSHA256";
    private static final byte[] DOMAIN = "doanket-audit-chain-v1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PAYLOAD_DOMAIN = "doanket-audit-payload-v1".getBytes(StandardCharsets.UTF_8);

    private final SecretKeySpec key;

    /**
     * @param key the chain key (at least 32 bytes; kept outside the databases)
     */
    public ChainCodec(byte[] key) {
        if (key == null || key.length < 32) {
            throw new IllegalArgumentException("The audit chain key must have at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /**
     * @param previous the previous link's mac, or an empty array for the first event
     * @param event the stored event
     * @return the event's link mac
     */
    public byte[] mac(byte[] previous, StoredEvent event) {
        Mac mac = newMac();
        mac.update(DOMAIN);
        mac.update(lengthPrefixed(previous));
        mac.update(canonical(event));
        return mac.doFinal();
    }

    /**
     * @param payload payload bytes
     * @return a keyed digest of the payload alone
     */
    public byte[] payloadMac(byte[] payload) {
        Mac mac = newMac();
        mac.update(PAYLOAD_DOMAIN);
        mac.update(lengthPrefixed(payload));
        return mac.doFinal();
    }

    /** @return a fingerprint of the key (SHA-256 of a keyed constant), safe to print */
    public String keyFingerprint() {
        Mac mac = newMac();
        byte[] digest = mac.doFinal("doanket-audit-key-id".getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 8);
    }

    static byte[] canonical(StoredEvent e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + length(e.payload()) + length(e.metadata()));
        write(out, text(e.eventId()));
        write(out, text(e.aggregateId()));
        out.writeBytes(ByteBuffer.allocate(8).putLong(e.seq()).array());
        write(out, text(e.type()));
        write(out, text(e.timestamp()));
        write(out, text(e.payloadType()));
        write(out, text(e.payloadRevision()));
        write(out, e.payload());
        write(out, e.metadata());
        return out.toByteArray();
    }

    /** @return constant-time equality of two macs */
    static boolean same(byte[] a, byte[] b) {
        return a != null && b != null && MessageDigest.isEqual(a, b);
    }

    private static int length(byte[] bytes) {
        return bytes == null ? 0 : bytes.length;
    }

    private static byte[] text(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    private static void write(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(lengthPrefixed(bytes));
    }

    private static byte[] lengthPrefixed(byte[] bytes) {
        if (bytes == null) {
            return ByteBuffer.allocate(4).putInt(-1).array();
        }
        return ByteBuffer.allocate(4 + bytes.length).putInt(bytes.length).put(bytes).array();
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
