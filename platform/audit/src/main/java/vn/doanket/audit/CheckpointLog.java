package vn.doanket.audit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The append-only checkpoint log: JSON lines in {@code <dir>/checkpoints.jsonl}, outside the
 * event store, each line a {@link Checkpoint} signed with Ed25519 and linked to the previous one
 * by the rolled global hash. Appends take a file lock, so two writers never interleave lines.
 */
public final class CheckpointLog {

    /** The file name inside the checkpoint directory. */
    public static final String FILE_NAME = "checkpoints.jsonl";
    private static final String DOMAIN = "doanket-audit-checkpoint-v1";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;

    /**
     * @param directory checkpoint directory (created on first append)
     */
    public CheckpointLog(Path directory) {
        this.file = directory.resolve(FILE_NAME);
    }

    /** @return the log file */
    public Path file() {
        return file;
    }

    /**
     * Signs and appends a checkpoint of the given heads (only those that differ from the state the
     * log already holds). Nothing is written when no head changed, unless {@code always}.
     *
     * @param heads current chain heads
     * @param signingKeys Ed25519 key pair
     * @param now the time to record
     * @param always write even when no head changed
     * @return the checkpoint written, or null
     */
    public synchronized Checkpoint append(Map<String, ChainEntry> heads, java.security.KeyPair signingKeys,
                                          Instant now, boolean always) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                FileLock lock = channel.lock();
                try {
                    State state = verify(signingKeys.getPublic());
                    List<Checkpoint.Head> changed = new ArrayList<>();
                    for (ChainEntry head : heads.values()) {
                        String mac = HexFormat.of().formatHex(head.mac());
                        Checkpoint.Head known = state.heads().get(head.aggregateId());
                        if (known == null || known.seq() != head.seq() || !known.mac().equals(mac)) {
                            changed.add(new Checkpoint.Head(head.aggregateId(), head.seq(), mac));
                        }
                    }
                    if (changed.isEmpty() && !always) {
                        return null;
                    }
                    changed.sort(Comparator.comparing(Checkpoint.Head::aggregateId));
                    long number = state.lastNumber() + 1;
                    String createdAt = now.toString();
                    String globalHash = globalHash(state.lastGlobalHash(), changed);
                    String signature = sign(signingKeys.getPrivate(),
                            signingBytes(number, createdAt, state.lastGlobalHash(), globalHash));
                    Checkpoint checkpoint = new Checkpoint(number, createdAt, state.lastGlobalHash(), changed, globalHash,
                            keyId(signingKeys.getPublic()), signature);
                    byte[] line = (JSON.writeValueAsString(checkpoint) + "\n").getBytes(StandardCharsets.UTF_8);
                    channel.write(ByteBuffer.wrap(line));
                    channel.force(true);
                    return checkpoint;
                } finally {
                    lock.release();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the checkpoint log " + file, e);
        }
    }

    /**
     * Reads and checks every line: signature, rolled hash and link to the previous line. Heads are
     * taken only from valid lines.
     *
     * @param publicKey the signing public key
     * @return the verified state and the problems found
     */
    public State verify(PublicKey publicKey) {
        List<Finding> problems = new ArrayList<>();
        Map<String, Checkpoint.Head> heads = new LinkedHashMap<>();
        String lastGlobal = "";
        long lastNumber = 0;
        int valid = 0;
        List<String> lines;
        try {
            lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checkpoint log " + file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank()) {
                continue;
            }
            int lineNo = i + 1;
            Checkpoint cp;
            try {
                cp = JSON.readValue(text, Checkpoint.class);
            } catch (IOException e) {
                problems.add(checkpointFinding(Finding.Kind.CHECKPOINT_UNREADABLE, lineNo,
                        "line " + lineNo + " of " + file.getFileName() + " is not a checkpoint",
                        "dòng " + lineNo + " của " + file.getFileName() + " không phải là một điểm kiểm"));
                continue;
            }
            List<Checkpoint.Head> lineHeads = cp.heads() == null ? List.of() : cp.heads();
            boolean signatureOk = verifySignature(publicKey, cp)
                    && globalHash(nullToEmpty(cp.previous()), lineHeads).equals(cp.globalHash());
            if (!signatureOk) {
                problems.add(checkpointFinding(Finding.Kind.SIGNATURE_INVALID, lineNo,
                        "checkpoint " + cp.number() + " (line " + lineNo + "): signature or rolled hash is not valid",
                        "điểm kiểm " + cp.number() + " (dòng " + lineNo + "): chữ ký hoặc mã băm cuộn không hợp lệ"));
                continue;
            }
            if (!nullToEmpty(cp.previous()).equals(lastGlobal) || cp.number() != lastNumber + 1) {
                problems.add(checkpointFinding(Finding.Kind.CHECKPOINT_LINK_BROKEN, lineNo,
                        "checkpoint " + cp.number() + " (line " + lineNo + ") does not follow checkpoint " + lastNumber
                                + ": a checkpoint was removed, inserted or reordered",
                        "điểm kiểm " + cp.number() + " (dòng " + lineNo + ") không nối tiếp điểm kiểm " + lastNumber
                                + ": có điểm kiểm bị xoá, chèn hoặc đảo thứ tự"));
            }
            for (Checkpoint.Head head : lineHeads) {
                heads.put(head.aggregateId(), head);
            }
            lastGlobal = cp.globalHash();
            lastNumber = cp.number();
            valid++;
        }
        return new State(heads, lastGlobal, lastNumber, valid, problems);
    }

    /**
     * The checkpoint log as verified.
     *
     * @param heads latest signed head per aggregate (valid lines only)
     * @param lastGlobalHash global hash of the last valid line ("" if none)
     * @param lastNumber number of the last valid line (0 if none)
     * @param validLines valid lines
     * @param problems problems found
     */
    public record State(Map<String, Checkpoint.Head> heads, String lastGlobalHash, long lastNumber, int validLines,
                        List<Finding> problems) {
    }

    /**
     * @param publicKey a public key
     * @return its fingerprint (first 8 bytes of SHA-256 of the encoding, hex)
     */
    public static String keyId(PublicKey publicKey) {
        return HexFormat.of().formatHex(sha256().digest(publicKey.getEncoded()), 0, 8);
    }

    static String globalHash(String previous, List<Checkpoint.Head> heads) {
        MessageDigest digest = sha256();
        digest.update(DOMAIN.getBytes(StandardCharsets.UTF_8));
        update(digest, previous);
        heads.stream().sorted(Comparator.comparing(Checkpoint.Head::aggregateId)).forEach(h -> {
            update(digest, h.aggregateId());
            digest.update(ByteBuffer.allocate(8).putLong(h.seq()).array());
            update(digest, h.mac());
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] signingBytes(long number, String createdAt, String previous, String globalHash) {
        return (DOMAIN + "\n" + number + "\n" + createdAt + "\n" + previous + "\n" + globalHash)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(data);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a checkpoint", e);
        }
    }

    private static boolean verifySignature(PublicKey key, Checkpoint cp) {
        if (cp.signature() == null || cp.globalHash() == null || cp.createdAt() == null) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(signingBytes(cp.number(), cp.createdAt(), nullToEmpty(cp.previous()), cp.globalHash()));
            return signature.verify(Base64.getDecoder().decode(cp.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Finding checkpointFinding(Finding.Kind kind, int line, String detail, String detailVi) {
        return new Finding(Finding.Category.CHECKPOINT, kind, null, (long) line, null, null, detail, detailVi);
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = nullToEmpty(text).getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
