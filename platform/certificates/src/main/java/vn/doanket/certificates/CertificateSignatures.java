package vn.doanket.certificates;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

/**
 * The signature {@code s} of a verification link: HMAC-SHA256 of the certificate number under the signing key, first
 * 16 bytes, base64url without padding (22 characters). A link cannot be made for a number without the key, so the
 * public page cannot be used to enumerate numbers.
 */
public final class CertificateSignatures {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    /**
     * @param key the signing key's bytes (at least 16)
     */
    public CertificateSignatures(byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("The certificate signing key must have at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** The signature of a number. */
    public String sign(String number) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(number));
    }

    /** Whether {@code signature} is the signature of {@code number} (constant time). */
    public boolean verify(String number, String signature) {
        if (number == null || signature == null || signature.length() != 22) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(signature);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(given, mac(number));
    }

    private byte[] mac(String number) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(number.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
