package vn.doanket.testing;

import vn.doanket.testing.http.TestHttp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The platform's identity provider (services/identity) running as its own JVM from its
 * executable jar — its own classpath, as in production — on a free port, with password-less
 * dev tokens enabled. Tests get real tokens from it ({@link #token(String)}); resource servers
 * validate them against its JWKS ({@link #resourceServerProperties()}). A watchdog stops it if
 * this JVM dies.
 */
public final class IdentityProvider implements AutoCloseable {

    /** System property naming the identity service's executable jar (else it is searched for). */
    public static final String JAR_PROPERTY = "doanket.identity.jar";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final Process watchdog;
    private final String issuer;
    private final long startMillis;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private IdentityProvider(Process process, Process watchdog, String issuer, long startMillis) {
        this.process = process;
        this.watchdog = watchdog;
        this.issuer = issuer;
        this.startMillis = startMillis;
    }

    /**
     * Starts the identity provider from its executable jar.
     *
     * @param jar        the identity service's {@code *-exec.jar}
     * @param port       the port (0 for a free one)
     * @param logFile    where its output goes
     * @param properties more {@code --name=value} settings (e.g. a key file, redirect URIs)
     */
    public static IdentityProvider start(Path jar, int port, Path logFile, Map<String, String> properties) {
        long t0 = System.nanoTime();
        int chosen = port == 0 ? ProcessSupport.freePort() : port;
        String issuer = "http://127.0.0.1:" + chosen;
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + chosen,
                "--doanket.identity.issuer=" + issuer,
                "--doanket.identity.dev-tokens.enabled=true",
                "--spring.main.banner-mode=off"));
        properties.forEach((k, v) -> command.add("--" + k + "=" + v));
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(logFile.toFile()).start();
            Process watchdog = ProcessSupport.startWatchdog("kill -TERM " + process.pid() + " 2>/dev/null");
            IdentityProvider provider = new IdentityProvider(process, watchdog, issuer, 0);
            provider.awaitHealthy(logFile);
            return new IdentityProvider(process, watchdog, issuer, (System.nanoTime() - t0) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the identity provider from " + jar, e);
        }
    }

    /** Starts the identity provider found by {@link #locateJar()}, logging to a temp file. */
    public static IdentityProvider startLocated() {
        try {
            return start(locateJar(), 0, Files.createTempFile("doanket-identity", ".log"), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The identity service's executable jar: {@value #JAR_PROPERTY} if set, else
     * {@code services/identity/identity-service/target/identity-service-*-exec.jar} in the nearest
     * enclosing project directory (the reactor builds it before any module whose tests need it).
     */
    public static Path locateJar() {
        String configured = System.getProperty(JAR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path target = dir.resolve("services/identity/identity-service/target");
            if (Files.isDirectory(target)) {
                try (Stream<Path> files = Files.list(target)) {
                    Optional<Path> jar = files.filter(p -> p.getFileName().toString().matches("identity-service-.*-exec\\.jar"))
                            .findFirst();
                    if (jar.isPresent()) {
                        return jar.get();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                throw new IllegalStateException("The identity service is not packaged yet: run ./mvnw package "
                        + "(or verify) so that " + target + "/identity-service-*-exec.jar exists");
            }
        }
        throw new IllegalStateException("services/identity not found above " + Paths.get("").toAbsolutePath()
                + "; set -D" + JAR_PROPERTY + "=<identity-service exec jar>");
    }

    private void awaitHealthy(Path logFile) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The identity provider exited with " + process.exitValue() + ":\n"
                        + ProcessSupport.tail(logFile, 40));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(issuer + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while starting the identity provider", e);
            }
            ProcessSupport.sleep(100);
        }
        close();
        throw new IllegalStateException("The identity provider did not become healthy in " + START_TIMEOUT + ":\n"
                + ProcessSupport.tail(logFile, 40));
    }

    /** The issuer, {@code http://127.0.0.1:<port>}. */
    public String issuer() {
        return issuer;
    }

    /** The JSON Web Key Set URI. */
    public String jwkSetUri() {
        return issuer + "/oauth2/jwks";
    }

    /** Milliseconds until healthy. */
    public long startMillis() {
        return startMillis;
    }

    /** A real access token of a demo account (cached per account for the JVM's life). */
    public String token(String username) {
        return tokens.computeIfAbsent(username, this::issueToken);
    }

    /** {@code Authorization} header value for a demo account. */
    public String bearer(String username) {
        return "Bearer " + token(username);
    }

    private String issueToken(String username) {
        TestHttp.Response response = TestHttp.to(issuer).post("/dev/tokens", Map.of("username", username));
        Matcher m = ACCESS_TOKEN.matcher(response.body());
        if (response.status() != 200 || !m.find()) {
            throw new IllegalStateException("No token for " + username + ": " + response.status() + " " + response.body());
        }
        return m.group(1);
    }

    /** Properties that make a service a resource server of this provider. */
    public Map<String, String> resourceServerProperties() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer);
        props.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", jwkSetUri());
        props.put("doanket.identity.issuer", issuer);
        return props;
    }

    @Override
    public synchronized void close() {
        ProcessSupport.stopWatchdog(watchdog);
        process.destroy();
        try {
            if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "IdentityProvider[" + issuer + "]";
    }
}
