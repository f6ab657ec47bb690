package vn.doanket.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The audit keys, which live outside the databases: the chain's HMAC key (environment variable
 * {@value #KEY_ENVIRONMENT} in Base64, else a key file) and the Ed25519 key pair that signs
 * checkpoints (two files: {@code <name>.key} PKCS#8, {@code <name>.pub} X.509, both Base64).
 * Missing key files are generated (owner-only permissions where the file system has them).
 * Key material is never logged or put in an exception message.
 */
public final class AuditKeys {

    /** Environment variable holding the chain key in Base64 (wins over the key file). */
    public static final String KEY_ENVIRONMENT = "DOANKET_AUDIT_KEY";

    private static final SecureRandom RANDOM = new SecureRandom();

    private AuditKeys() {
    }

    /**
     * The chain key from {@value #KEY_ENVIRONMENT} if set, else from {@code keyFile}, generated there
     * (32 random bytes) if absent.
     *
     * @param keyFile key file (Base64 text)
     * @return the key bytes
     */
    public static byte[] chainKey(Path keyFile) {
        String fromEnvironment = System.getenv(KEY_ENVIRONMENT);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return decode(fromEnvironment, KEY_ENVIRONMENT);
        }
        return loadOrCreateChainKey(keyFile);
    }

    /**
     * @param keyFile key file (Base64 text); created with 32 random bytes if absent
     * @return the key bytes
     */
    public static byte[] loadOrCreateChainKey(Path keyFile) {
        if (!Files.exists(keyFile)) {
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            writeSecret(keyFile, Base64.getEncoder().encodeToString(key));
        }
        return readChainKey(keyFile);
    }

    /**
     * @param keyFile an existing key file
     * @return the key bytes
     */
    public static byte[] readChainKey(Path keyFile) {
        return decode(read(keyFile), keyFile.toString());
    }

    /**
     * The checkpoint signing key pair from {@code base.key}/{@code base.pub}, generated if absent.
     *
     * @param privateKeyFile the private key file ({@code .key}); the public key sits beside it as {@code .pub}
     * @return the key pair
     */
    public static KeyPair loadOrCreateSigningKeys(Path privateKeyFile) {
        Path publicKeyFile = publicKeyFileFor(privateKeyFile);
        if (!Files.exists(privateKeyFile)) {
            try {
                KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                writeSecret(privateKeyFile, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
                write(publicKeyFile, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Ed25519 is unavailable", e);
            }
        }
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            PrivateKey privateKey = factory.generatePrivate(
                    new PKCS8EncodedKeySpec(decode(read(privateKeyFile), privateKeyFile.toString())));
            return new KeyPair(readPublicKey(publicKeyFile), privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not an Ed25519 private key: " + privateKeyFile);
        }
    }

    /**
     * @param privateKeyFile {@code name.key}
     * @return {@code name.pub} beside it
     */
    public static Path publicKeyFileFor(Path privateKeyFile) {
        String name = privateKeyFile.getFileName().toString();
        String base = name.endsWith(".key") ? name.substring(0, name.length() - 4) : name;
        return privateKeyFile.resolveSibling(base + ".pub");
    }

    /**
     * @param publicKeyFile X.509 Ed25519 public key, Base64
     * @return the public key
     */
    public static PublicKey readPublicKey(Path publicKeyFile) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(
                    new X509EncodedKeySpec(decode(read(publicKeyFile), publicKeyFile.toString())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not an Ed25519 public key: " + publicKeyFile);
        }
    }

    private static byte[] decode(String base64, String source) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Not Base64 key material in " + source);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read key file " + file, e);
        }
    }

    private static void writeSecret(Path file, String content) {
        try {
            createParent(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, content + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            // another instance generated it first: use theirs
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write key file " + file, e);
        }
    }

    private static void write(Path file, String content) {
        try {
            createParent(file);
            Files.writeString(file, content + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write key file " + file, e);
        }
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
