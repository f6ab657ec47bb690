package vn.doanket.identity.config;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA key that signs every token (RS256): generated in memory, or loaded from (and on first use
 * written to) a file so that tokens survive restarts. The file is either a JWK / JWK set in JSON or,
 * when its name ends in {@code .pem}, a PKCS#8 {@code PRIVATE KEY} (e.g. from
 * {@code openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048}). The key id is the key's
 * RFC 7638 thumbprint unless the JWK names one.
 */
public final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final int KEY_SIZE = 2048;

    private SigningKeys() {
    }

    /**
     * Loads the key from {@code file}, or creates the file with a new key when it does not exist.
     *
     * @param file key file; null for an in-memory key
     * @return the RSA key pair as a JWK (with its private part)
     */
    public static RSAKey loadOrCreate(Path file) {
        if (file == null) {
            return generate();
        }
        if (Files.exists(file)) {
            RSAKey key = load(file);
            log.info("Signing key {} loaded from {}", key.getKeyID(), file);
            return key;
        }
        RSAKey key = generate();
        write(key, file);
        log.info("Signing key {} generated and saved to {}", key.getKeyID(), file);
        return key;
    }

    /** A new 2048-bit RSA key for RS256. */
    public static RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE);
            KeyPair pair = generator.generateKeyPair();
            return complete(new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }

    /**
     * Reads a key file.
     *
     * @param file JWK / JWK set JSON, or PKCS#8 PEM
     * @return the key with its private part
     * @throws IllegalStateException when the file holds no usable private RSA key
     */
    public static RSAKey load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read signing key file " + file, e);
        }
        try {
            RSAKey key;
            if (text.startsWith("-----BEGIN")) {
                key = fromPem(text);
            } else if (text.contains("\"keys\"")) {
                key = JWKSet.parse(text).getKeys().stream()
                        .filter(k -> k instanceof RSAKey && k.isPrivate()).map(JWK::toRSAKey).findFirst()
                        .orElseThrow(() -> new IllegalStateException("No private RSA key in the JWK set " + file));
            } else {
                JWK jwk = JWK.parse(text);
                if (!(jwk instanceof RSAKey rsa)) {
                    throw new IllegalStateException("Signing key file " + file + " holds a " + jwk.getKeyType() + " key, not RSA");
                }
                key = rsa;
            }
            if (!key.isPrivate()) {
                throw new IllegalStateException("Signing key file " + file + " holds no private key");
            }
            return key.getKeyID() != null && key.getAlgorithm() != null && key.getKeyUse() != null
                    ? key : complete(new RSAKey.Builder(key).keyID(key.getKeyID()));
        } catch (ParseException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot parse signing key file " + file, e);
        }
    }

    private static RSAKey fromPem(String pem) throws GeneralSecurityException {
        if (!pem.startsWith("-----BEGIN PRIVATE KEY-----")) {
            throw new GeneralSecurityException("Only PKCS#8 PEM (-----BEGIN PRIVATE KEY-----) is supported;"
                    + " convert with: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem");
        }
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        KeyFactory factory = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory.generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(
                new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        return complete(new RSAKey.Builder(publicKey).privateKey(privateKey));
    }

    private static RSAKey complete(RSAKey.Builder builder) {
        try {
            RSAKey draft = builder.keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
            return draft.getKeyID() != null ? draft : builder.keyIDFromThumbprint().build();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot compute the key id", e);
        }
    }

    /**
     * Writes a key file (JWK JSON, or PKCS#8 PEM for a {@code .pem} name), readable by the owner only where
     * the file system allows it.
     *
     * @param key  the key with its private part
     * @param file where to write; parent directories are created
     */
    public static void write(RSAKey key, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            String content;
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pem")) {
                String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(key.toPrivateKey().getEncoded());
                content = "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
            } else {
                content = key.toJSONString() + "\n";
            }
            Path tmp = Files.createTempFile(parent != null ? parent : Path.of("."), ".signing-key", ".tmp");
            try {
                restrict(tmp);
                Files.writeString(tmp, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write signing key file " + file, e);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot export the signing key", e);
        }
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: keep the defaults
        }
    }
}
