package vn.doanket.conference.command;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

/**
 * The fingerprint of a record's content (SHA-256 of its parts, each length-prefixed, nulls marked), kept by an
 * aggregate in place of the content itself, so a retried creating command with the same client-supplied id is
 * recognised as the same (nothing created twice) and one with other content as a conflict. Computed by command
 * handlers from a command and by event-sourcing handlers from the event that recorded it — the same parts in the same
 * order — so it is a pure function of the events.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** The fingerprint of the parts (strings, numbers, enums, dates, collections of them; {@code null} allowed). */
    public static String of(Object... parts) {
        StringBuilder canonical = new StringBuilder();
        for (Object part : parts) {
            append(canonical, part);
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private static void append(StringBuilder out, Object part) {
        if (part == null) {
            out.append("~;");
        } else if (part instanceof Collection<?> collection) {
            out.append('[').append(collection.size()).append(';');
            for (Object element : collection) {
                append(out, element);
            }
            out.append(']');
        } else {
            String text = part.toString();
            out.append(text.length()).append(':').append(text).append(';');
        }
    }
}
