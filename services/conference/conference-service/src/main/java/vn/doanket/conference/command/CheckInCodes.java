package vn.doanket.conference.command;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one-time check-in codes of invitations: {@code <invitationId>.<signature>}, where the signature is
 * HMAC-SHA256 (first 16 bytes, base64url: 22 characters, 128 bits) over the conference and invitation ids with the
 * service's key ({@code doanket.conference.check-in.signing-key}). Not guessable without the key, bound to one
 * invitation of one conference, never stored or published (it is recomputed when an invitation is printed). That a
 * code works only once is the invitation aggregate's state, not the code's.
 */
public class CheckInCodes {

    /** The form of a presented code (checked before anything is looked up). */
    public static final String CODE_FORM = ConferenceRules.ID_FORM + "\\.[A-Za-z0-9_-]{22}";
    private static final Pattern CODE = Pattern.compile(CODE_FORM);
    private static final int SIGNATURE_BYTES = 16;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    /**
     * @param signingKey the key (at least 32 bytes of UTF-8; keep it secret and the same on every instance)
     */
    public CheckInCodes(String signingKey) {
        byte[] bytes = signingKey == null ? new byte[0] : signingKey.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 32) {
            throw new IllegalArgumentException("doanket.conference.check-in.signing-key must have at least 32 bytes");
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** The code of an invitation. */
    public String codeFor(String conferenceId, String invitationId) {
        return invitationId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature(conferenceId, invitationId));
    }

    /** Whether a presented code is the one of this invitation of this conference (constant-time comparison). */
    public boolean verify(String conferenceId, String invitationId, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return false;
        }
        int dot = code.lastIndexOf('.');
        if (!code.substring(0, dot).equals(invitationId)) {
            return false;
        }
        byte[] presented;
        try {
            presented = Base64.getUrlDecoder().decode(code.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(presented, signature(conferenceId, invitationId));
    }

    /** The invitation a well-formed code names (whether or not its signature is right), if it has the form. */
    public static Optional<String> invitationOf(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return Optional.of(code.substring(0, code.lastIndexOf('.')));
    }

    private byte[] signature(String conferenceId, String invitationId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] full = mac.doFinal(("doanket-check-in:v1:" + conferenceId + "/" + invitationId)
                    .getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(full, SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}
