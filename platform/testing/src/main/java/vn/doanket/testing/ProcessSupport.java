package vn.doanket.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Small helpers for starting and watching operating system processes. */
final class ProcessSupport {

    private static final File DEV_NULL = new File("/dev/null");

    private ProcessSupport() {
    }

    /** Result of a finished command. */
    record Result(int exitCode, String output) {
    }

    /** A free TCP port on 127.0.0.1 (released again before return). */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free TCP port on 127.0.0.1", e);
        }
    }

    /** Whether something accepts TCP connections on 127.0.0.1:port. */
    static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether a process is running: exists and is not a zombie waiting to be reaped (servers
     * detached by {@code pg_ctl} are reaped by init, which may take a moment).
     */
    static boolean isRunning(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            int end = stat.lastIndexOf(')');
            char state = end >= 0 && end + 2 < stat.length() ? stat.charAt(end + 2) : '?';
            return state != 'Z' && state != 'X';
        } catch (IOException e) {
            if (Files.isDirectory(Path.of("/proc"))) {
                return false; // no such process
            }
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }

    /** Whether this JVM runs as root. */
    static boolean isRoot() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            if (uid instanceof Integer value) {
                return value == 0;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // fall through to user.name
        }
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * Runs a command to completion, output (stdout and stderr together) into a temporary file
     * which is read back. Never inherits this JVM's streams, so detached grandchildren cannot
     * hold a pipe open.
     */
    static Result run(List<String> command, long timeoutSeconds) {
        return run(command, timeoutSeconds, null);
    }

    /** Like {@link #run(List, long)} in a given working directory ({@code null}: inherit). */
    static Result run(List<String> command, long timeoutSeconds, Path workingDirectory) {
        Path out = null;
        try {
            out = Files.createTempFile("doanket-cmd-", ".log");
            Process process = new ProcessBuilder(command)
                    .directory(workingDirectory == null ? null : workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(out.toFile())
                    .redirectInput(DEV_NULL)
                    .start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
                return new Result(-1, read(out) + "\n(timed out after " + timeoutSeconds + " s)");
            }
            return new Result(process.exitValue(), read(out));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + String.join(" ", command), e);
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException ignored) {
                    // temporary file, best effort
                }
            }
        }
    }

    /** Runs a command and fails with its output when it does not exit with 0. */
    static String runOrFail(List<String> command, long timeoutSeconds, String what) {
        return runOrFail(command, timeoutSeconds, null, what);
    }

    /** Like {@link #runOrFail(List, long, String)} in a given working directory. */
    static String runOrFail(List<String> command, long timeoutSeconds, Path workingDirectory, String what) {
        Result result = run(command, timeoutSeconds, workingDirectory);
        if (result.exitCode() != 0) {
            throw new IllegalStateException(what + " failed (exit " + result.exitCode() + "): "
                    + String.join(" ", command) + "\n" + result.output());
        }
        return result.output();
    }

    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    /** The last {@code lines} lines of a text file, for error messages. */
    static String tail(Path file, int lines) {
        String text = read(file);
        String[] all = text.split("\n");
        int from = Math.max(0, all.length - lines);
        return String.join("\n", java.util.Arrays.asList(all).subList(from, all.length));
    }

    /** Quotes a string for a POSIX shell. */
    static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    static String shellJoin(List<String> command) {
        List<String> quoted = new ArrayList<>(command.size());
        for (String part : command) {
            quoted.add(shellQuote(part));
        }
        return String.join(" ", quoted);
    }

    /**
     * Starts a watchdog shell that waits for this JVM to disappear and then runs
     * {@code stopCommand}, so a server survives no {@code kill -9} of the JVM. Destroy the
     * returned process on a normal close.
     */
    static Process startWatchdog(String stopCommand) {
        long jvm = ProcessHandle.current().pid();
        String script = "while kill -0 " + jvm + " 2>/dev/null; do sleep 1; done; " + stopCommand;
        try {
            return new ProcessBuilder("sh", "-c", script)
                    .redirectInput(DEV_NULL)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the watchdog process", e);
        }
    }

    /** Stops a watchdog started by {@link #startWatchdog(String)} without running its command. */
    static void stopWatchdog(Process watchdog) {
        if (watchdog == null) {
            return;
        }
        watchdog.descendants().forEach(ProcessHandle::destroy);
        watchdog.destroy();
        try {
            watchdog.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes a directory tree, best effort. */
    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
