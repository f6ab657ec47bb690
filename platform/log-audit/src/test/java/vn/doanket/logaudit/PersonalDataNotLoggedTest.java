package vn.doanket.logaudit;

import org.junit.jupiter.api.Test;
import vn.doanket.testing.TestPersonalData;

import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Acceptance: "A scan of all logs written during the test suite finds none of the personal data
 * values used in the tests." Runs last in the reactor and reads, under every module's {@code target/}:
 * surefire's (and failsafe's) reports ({@code *-output.txt}, {@code *.txt}, {@code *.xml},
 * {@code *.dump*}) and every {@code *.log} (e.g. child process logs such as
 * {@code platform/devstack/target/membership-first.log}), looking for each value of
 * {@link TestPersonalData#values()} as written, digits only, Unicode-escaped and decomposed.
 * Findings name the file, the line and the constant, never the value (this test's own report is
 * scanned by the next run).
 */
class PersonalDataNotLoggedTest {

    private static final Pattern OWN_ARTIFACT = Pattern.compile("<artifactId>\\s*doanket-parent\\s*</artifactId>");
    private static final Pattern PARENT_BLOCK = Pattern.compile("(?s)<parent>.*?</parent>");
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "node_modules", ".devstack", ".mvn", ".idea");
    private static final String THIS_MODULE = "doanket-log-audit";
    private static final Pattern SUITE_TIME = Pattern.compile("<testsuite\\b[^>]*?\\stime=\"([0-9.,]+)\"");
    private static final long STALE_MARGIN_MILLIS = 5_000;

    @Test
    void noPersonalDataValueAppearsInAnyLogOfTheTestSuite() throws IOException {
        Path root = reactorRoot();
        Path ownTarget = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize().resolve("target");
        Map<String, String> needles = needles();

        List<Path> files = logFiles(root, ownTarget);
        long reports = files.stream().filter(PersonalDataNotLoggedTest::isReport).count();
        Path securityReports = root.resolve("platform/security/target/surefire-reports");
        if (reports == 0) {
            fail("No test reports under any module's target/ in " + root + ": nothing to scan. "
                    + "Run the whole reactor (./mvnw verify), or at least platform/security's tests, first.");
        }
        if (!hasReports(securityReports)) {
            fail("No reports in " + root.relativize(securityReports) + ": platform/security's personal-data tests "
                    + "use every TestPersonalData value, so their logs must be part of the scan. Run them first.");
        }

        List<String> findings = new ArrayList<>();
        long bytes = 0;
        int stale = 0;
        for (Path file : files) {
            if (isStaleOutput(file)) {
                stale++;
                continue;
            }
            byte[] content = Files.readAllBytes(file);
            bytes += content.length;
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(content)).toString();
            for (Map.Entry<String, String> needle : needles.entrySet()) {
                int at = text.indexOf(needle.getKey());
                while (at >= 0) {
                    findings.add(root.relativize(file) + ":" + line(text, at) + " contains TestPersonalData."
                            + needle.getValue());
                    at = text.indexOf(needle.getKey(), at + needle.getKey().length());
                }
            }
        }
        System.out.printf(Locale.ROOT, "Personal-data log scan: %d files (%d test reports), %,d bytes under %s, "
                        + "%d values in %d forms; %d stale outputs of earlier runs skipped; %d findings%n",
                files.size() - stale, reports, bytes, root, TestPersonalData.values().size(), needles.size(), stale,
                findings.size());

        assertThat(findings)
                .as("Personal data from TestPersonalData written to logs during the test suite "
                        + "(log ids, never DTOs; see platform/security/README.md, \"Personal data\")")
                .isEmpty();
    }

    /** The forms to look for, each with the name of the constant it comes from. */
    static Map<String, String> needles() {
        Map<String, String> needles = new LinkedHashMap<>();
        TestPersonalData.byName().forEach((name, value) -> {
            needles.putIfAbsent(value, name);
            String digits = value.replaceAll("\\D", "");
            if (digits.length() >= 6) {
                needles.putIfAbsent(digits, name + " (digits only)");
            }
            String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
            if (!decomposed.equals(value)) {
                needles.putIfAbsent(decomposed, name + " (decomposed)");
            }
            if (!value.chars().allMatch(c -> c < 128)) {
                needles.putIfAbsent(escaped(value, "%04x"), name + " (\\u-escaped)");
                needles.putIfAbsent(escaped(value, "%04X"), name + " (\\u-escaped)");
            }
        });
        return needles;
    }

    private static String escaped(String value, String hex) {
        StringBuilder text = new StringBuilder();
        value.chars().forEach(c -> text.append(c < 128 ? String.valueOf((char) c) : "\\u" + String.format(Locale.ROOT, hex, c)));
        return text.toString();
    }

    private static int line(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Up from this module's directory to the pom whose own artifactId is doanket-parent. */
    static Path reactorRoot() throws IOException {
        Path dir = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            Path pom = candidate.resolve("pom.xml");
            if (Files.isRegularFile(pom)) {
                String withoutParent = PARENT_BLOCK.matcher(Files.readString(pom)).replaceFirst("");
                if (OWN_ARTIFACT.matcher(withoutParent).find()) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("No pom.xml of doanket-parent above " + dir);
    }

    /** Reports and logs under every module's target/, except this module's own. */
    static List<Path> logFiles(Path root, Path ownTarget) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                if (!dir.equals(root) && (SKIPPED_DIRECTORIES.contains(name) || dir.normalize().equals(ownTarget)
                        || isOwnModule(dir))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && underTarget(root, file) && (isReport(file) || name(file).endsWith(".log"))) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE; // e.g. a socket or a file deleted meanwhile
            }
        });
        files.sort(null);
        return files;
    }

    private static boolean isOwnModule(Path dir) {
        Path target = dir.resolve("target");
        Path pom = dir.resolve("pom.xml");
        try {
            return Files.isDirectory(target) && Files.isRegularFile(pom)
                    && PARENT_BLOCK.matcher(Files.readString(pom)).replaceFirst("").contains("<artifactId>" + THIS_MODULE + "</artifactId>");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean underTarget(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().equals("target")) {
                return true;
            }
        }
        return false;
    }

    static boolean isReport(Path file) {
        Path parent = file.getParent();
        String directory = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
        String name = name(file);
        return (directory.equals("surefire-reports") || directory.equals("failsafe-reports"))
                && (name.endsWith(".txt") || name.endsWith(".xml") || name.endsWith(".dump") || name.endsWith(".dumpstream"));
    }

    /**
     * Whether a {@code <class>-output.txt} is left over from an earlier run: surefire rewrites it only
     * when the class prints something, so after a fix the old file stays until {@code mvn clean}. It is
     * stale when it was last written before the class's latest run began ({@code TEST-<class>.xml}'s
     * time minus the suite's duration, with a margin). The latest run's output is in that XML too.
     */
    static boolean isStaleOutput(Path file) throws IOException {
        String name = name(file);
        if (!isReport(file) || !name.endsWith("-output.txt")) {
            return false;
        }
        Path xml = file.resolveSibling("TEST-" + name.substring(0, name.length() - "-output.txt".length()) + ".xml");
        if (!Files.isRegularFile(xml)) {
            return false;
        }
        String head;
        try (var in = Files.newInputStream(xml)) {
            head = new String(in.readNBytes(8192), StandardCharsets.UTF_8);
        }
        Matcher time = SUITE_TIME.matcher(head);
        if (!time.find()) {
            return false;
        }
        long suiteMillis = (long) (Double.parseDouble(time.group(1).replace(",", "")) * 1000);
        long runStarted = Files.getLastModifiedTime(xml).toMillis() - suiteMillis - STALE_MARGIN_MILLIS;
        return Files.getLastModifiedTime(file).toMillis() < runStarted;
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    private static boolean hasReports(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (var entries = Files.list(directory)) {
            return entries.anyMatch(f -> name(f).startsWith("TEST-") && name(f).endsWith(".xml"));
        }
    }
}
