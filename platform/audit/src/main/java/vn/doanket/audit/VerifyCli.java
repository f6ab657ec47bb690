package vn.doanket.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code verify} from the command line, against a service's event store database.
 *
 * <pre>
 * java -cp … vn.doanket.audit.VerifyCli --jdbc-url jdbc:postgresql://127.0.0.1:5432/feedback \
 *      [--user postgres] [--password …] --key-file DIR/chain.key \
 *      [--checkpoints DIR/checkpoints --public-key DIR/checkpoint-signing.pub] \
 *      [--aggregate ID]… [--type Petition]… [--json]
 * </pre>
 *
 * Without {@code --aggregate} every aggregate (of the given types) is verified. The chain key may
 * come from environment variable {@code DOANKET_AUDIT_KEY} instead of {@code --key-file}; the
 * password from {@code PGPASSWORD}. Exit code 0: clean; 1: tampering or truncation found; 2: usage
 * or connection error.
 */
public final class VerifyCli {

    private VerifyCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * @param args command line
     * @param out report
     * @param err errors
     * @return exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String url = null;
        String user = "postgres";
        String password = System.getenv("PGPASSWORD");
        Path keyFile = null;
        Path checkpoints = null;
        Path publicKeyFile = null;
        boolean json = false;
        List<String> aggregates = new ArrayList<>();
        List<String> types = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--jdbc-url" -> url = args[++i];
                    case "--user" -> user = args[++i];
                    case "--password" -> password = args[++i];
                    case "--key-file" -> keyFile = Path.of(args[++i]);
                    case "--checkpoints" -> checkpoints = Path.of(args[++i]);
                    case "--public-key" -> publicKeyFile = Path.of(args[++i]);
                    case "--aggregate" -> aggregates.add(args[++i]);
                    case "--type" -> types.add(args[++i]);
                    case "--json" -> json = true;
                    case "--help", "-h" -> {
                        out.println(usage());
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            if (url == null) {
                throw new IllegalArgumentException("--jdbc-url is required");
            }
            String fromEnvironment = System.getenv(AuditKeys.KEY_ENVIRONMENT);
            if (keyFile == null && (fromEnvironment == null || fromEnvironment.isBlank())) {
                throw new IllegalArgumentException("--key-file (or " + AuditKeys.KEY_ENVIRONMENT + ") is required");
            }
            if (checkpoints != null && publicKeyFile == null && keyFile != null) {
                publicKeyFile = keyFile.resolveSibling("checkpoint-signing.pub");
            }
            if (checkpoints != null && (publicKeyFile == null || !Files.exists(publicKeyFile))) {
                throw new IllegalArgumentException("--public-key is required with --checkpoints");
            }
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            err.println("verify: " + (e instanceof ArrayIndexOutOfBoundsException ? "missing option value" : e.getMessage()));
            err.println(usage());
            return 2;
        }
        try {
            byte[] key = fromEnvironmentOr(keyFile);
            PublicKey publicKey = checkpoints == null ? null : AuditKeys.readPublicKey(publicKeyFile);
            AuditVerifier verifier = new AuditVerifier(new ChainCodec(key),
                    checkpoints == null ? null : new CheckpointLog(checkpoints), publicKey, Clock.systemUTC());
            VerificationReport report;
            try (Connection c = DriverManager.getConnection(url, user, password == null ? "" : password)) {
                report = aggregates.isEmpty() ? verifier.verifyAll(c, types) : verifier.verify(c, aggregates);
            }
            if (json) {
                out.println(new ObjectMapper().registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .writerWithDefaultPrettyPrinter().writeValueAsString(report));
            } else {
                print(report, out);
            }
            return report.clean() ? 0 : 1;
        } catch (Exception e) {
            err.println("verify: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 2;
        }
    }

    private static byte[] fromEnvironmentOr(Path keyFile) {
        String fromEnvironment = System.getenv(AuditKeys.KEY_ENVIRONMENT);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return java.util.Base64.getDecoder().decode(fromEnvironment.strip());
        }
        return AuditKeys.readChainKey(keyFile);
    }

    static void print(VerificationReport report, PrintStream out) {
        out.printf("Kiểm tra / verify: %d aggregates, %d signed checkpoints, key %s%n", report.aggregates().size(),
                report.checkpoints(), report.keyFingerprint());
        for (Finding f : report.checkpointFindings()) {
            out.printf("  CHECKPOINT  %-22s %s%n", f.kind(), f.detail());
        }
        for (AggregateReport a : report.aggregates()) {
            out.printf("  %-40s events %d, last seq %d, chained %d, checkpointed %d: integrity %s, completeness %s%n",
                    a.aggregateId(), a.events(), a.lastSeq(), a.lastChainedSeq(), a.lastCheckpointedSeq(),
                    a.intact() ? "OK" : "TAMPERED", a.complete() ? "OK" : "TRUNCATED");
            for (Finding f : a.integrity()) {
                out.printf("    INTEGRITY    seq %-5s %-20s %s%n", f.seq(), f.kind(), f.detail());
            }
            for (Finding f : a.completeness()) {
                out.printf("    COMPLETENESS expected seq %d, found %d: %s%n", f.expected(), f.seq(), f.detail());
            }
        }
        out.println(report.clean() ? "Kết quả / result: CLEAN (toàn vẹn, đầy đủ)"
                : "Kết quả / result: TAMPERED (integrity " + (report.intact() ? "ok" : "broken") + ", completeness "
                + (report.complete() ? "ok" : "broken") + ", checkpoints " + (report.checkpointsValid() ? "ok" : "broken") + ")");
    }

    private static String usage() {
        return "usage: java -cp <classpath> vn.doanket.audit.VerifyCli --jdbc-url URL [--user U] [--password P]\n"
                + "         --key-file FILE | env DOANKET_AUDIT_KEY\n"
                + "         [--checkpoints DIR [--public-key FILE.pub]] [--aggregate ID]... [--type AggregateType]... [--json]\n"
                + "exit: 0 clean, 1 tampered or truncated, 2 usage or connection error";
    }
}
