package vn.doanket.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A single-node Apache Kafka 3.9 broker in KRaft mode (combined broker and controller) on
 * 127.0.0.1 and free ports, from the Kafka jars on the classpath.
 *
 * <ul>
 *   <li>{@link #inProcess()} — inside this JVM (spring-kafka-test's {@link EmbeddedKafkaKraftBroker}),
 *       temporary storage; for tests.</li>
 *   <li>{@link #childProcess(Path)} — {@code kafka.Kafka} in a child JVM with persistent storage in
 *       a log directory; for the local stack. A watchdog stops it if this JVM dies.</li>
 * </ul>
 *
 * Topics are created automatically with 3 partitions; internal topics use replication factor 1.
 */
public final class KafkaBroker implements KafkaEndpoint, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(KafkaBroker.class.getName());
    private static final String STARTED = "Kafka Server started";
    private static final long START_TIMEOUT_MILLIS = 120_000;

    private final EmbeddedKafkaKraftBroker embedded;
    private final Process process;
    private final Process watchdog;
    private final String bootstrapServers;
    private final Path logDirectory;
    private long startMillis;
    private boolean closed;

    private KafkaBroker(EmbeddedKafkaKraftBroker embedded, Process process, Process watchdog, String bootstrapServers,
            Path logDirectory) {
        this.embedded = embedded;
        this.process = process;
        this.watchdog = watchdog;
        this.bootstrapServers = bootstrapServers;
        this.logDirectory = logDirectory;
    }

    /** Broker settings shared by both modes (besides listeners and storage). */
    static Map<String, String> commonSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("auto.create.topics.enable", "true");
        settings.put("num.partitions", "3");
        settings.put("default.replication.factor", "1");
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("offsets.topic.num.partitions", "10");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("transaction.state.log.num.partitions", "4");
        settings.put("min.insync.replicas", "1");
        settings.put("group.initial.rebalance.delay.ms", "0");
        return settings;
    }

    /**
     * Starts a broker inside this JVM with temporary storage (deleted on close).
     *
     * @return the running broker
     */
    public static KafkaBroker inProcess() {
        long t0 = System.nanoTime();
        QuietLogging.apply();
        Map<String, String> props = commonSettings();
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperties(props);
        // keep spring-kafka-test's global system property out of the way of other embedded brokers
        broker.brokerListProperty("doanket.testing.kafka.in-process.brokers");
        try {
            broker.afterPropertiesSet();
        } catch (RuntimeException e) {
            try {
                broker.destroy();
            } catch (RuntimeException ignored) {
                // nothing started
            }
            throw new IllegalStateException("Cannot start the in-process Kafka broker", e);
        }
        KafkaBroker result = new KafkaBroker(broker, null, null, broker.getBrokersAsString(), null);
        result.startMillis = (System.nanoTime() - t0) / 1_000_000;
        LOG.log(Level.INFO, "Kafka (in-process, KRaft) ready on {0} in {1,number,#} ms", result.bootstrapServers,
                result.startMillis);
        return result;
    }

    /**
     * Starts {@code kafka.Kafka} in a child JVM using this JVM's class path.
     *
     * @param logDirectory where the storage ({@code data/}), cluster id, configuration and
     *     {@code kafka.log} live; reused on the next start
     * @return the running broker
     */
    public static KafkaBroker childProcess(Path logDirectory) {
        return childProcess(logDirectory, System.getProperty("java.class.path"));
    }

    /**
     * Starts {@code kafka.Kafka} in a child JVM ({@code -Xmx256m}): formats the storage once
     * (cluster id kept in {@code cluster.id}), then waits until the port answers and the log says
     * "Kafka Server started".
     *
     * @param logDirectory where the storage ({@code data/}), cluster id, configuration and
     *     {@code kafka.log} live; reused on the next start
     * @param classpath a class path holding the Kafka 3.9 server jars and an SLF4J binding
     * @return the running broker
     */
    public static KafkaBroker childProcess(Path logDirectory, String classpath) {
        long t0 = System.nanoTime();
        Path dir = logDirectory.toAbsolutePath().normalize();
        Path data = dir.resolve("data");
        try {
            Files.createDirectories(data);
            stopLeftover(dir);
            String clusterId = clusterId(dir, data);
            int port = ProcessSupport.freePort();
            int controllerPort = ProcessSupport.freePort();
            while (controllerPort == port) {
                controllerPort = ProcessSupport.freePort();
            }
            Path config = writeServerProperties(dir, data, port, controllerPort);
            Path logback = dir.resolve("logback.xml");
            Files.writeString(logback, LOGBACK_XML, StandardCharsets.UTF_8);
            Path log4j = dir.resolve("log4j.properties");
            Files.writeString(log4j, LOG4J_PROPERTIES, StandardCharsets.UTF_8);
            Path argFile = dir.resolve("java.args");
            Files.writeString(argFile, "-cp \"" + classpath.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n",
                    StandardCharsets.UTF_8);

            if (!Files.exists(data.resolve("meta.properties"))) {
                List<String> format = javaCommand(argFile, logback, log4j, dir, "-Xmx128m");
                format.addAll(List.of("kafka.tools.StorageTool", "format", "--cluster-id=" + clusterId, "-c", config.toString(),
                        "--ignore-formatted"));
                ProcessSupport.runOrFail(format, 120, dir, "Formatting Kafka storage in " + data);
            }

            List<String> command = javaCommand(argFile, logback, log4j, dir, "-Xmx256m");
            command.addAll(List.of("kafka.Kafka", config.toString()));
            Path log = dir.resolve("kafka.log");
            Process process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            long pid = process.pid();
            Files.writeString(dir.resolve("kafka.pid"), pid + "\n", StandardCharsets.UTF_8);
            Process watchdog = ProcessSupport.startWatchdog("kill -TERM " + pid + " 2>/dev/null; i=0; "
                    + "while kill -0 " + pid + " 2>/dev/null && [ $i -lt 15 ]; do sleep 1; i=$((i+1)); done; "
                    + "kill -KILL " + pid + " 2>/dev/null");
            KafkaBroker broker = new KafkaBroker(null, process, watchdog, "127.0.0.1:" + port, dir);
            try {
                broker.awaitStarted(port, log);
            } catch (RuntimeException e) {
                broker.close();
                throw e;
            }
            broker.startMillis = (System.nanoTime() - t0) / 1_000_000;
            LOG.log(Level.INFO, "Kafka (child process {0,number,#}, KRaft) ready on {1} in {2,number,#} ms, log {3}", pid,
                    broker.bootstrapServers, broker.startMillis, log);
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Kafka in " + dir, e);
        }
    }

    /** Stops a broker left running on this directory by a JVM that died (its watchdog may lag). */
    private static void stopLeftover(Path dir) throws IOException {
        Path pidFile = dir.resolve("kafka.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim());
            java.util.Optional<ProcessHandle> leftover = ProcessHandle.of(pid)
                    .filter(p -> ProcessSupport.isRunning(p.pid()))
                    .filter(p -> p.info().arguments().map(a -> java.util.Arrays.asList(a).contains("kafka.Kafka"))
                            .orElse(false));
            if (leftover.isPresent()) {
                LOG.log(Level.INFO, "Stopping Kafka left running on {0} (pid {1,number,#})", dir, pid);
                leftover.get().destroy();
                long deadline = System.currentTimeMillis() + 15_000;
                while (ProcessSupport.isRunning(pid) && System.currentTimeMillis() < deadline) {
                    ProcessSupport.sleep(100);
                }
                if (ProcessSupport.isRunning(pid)) {
                    leftover.get().destroyForcibly();
                    ProcessSupport.sleep(500);
                }
            }
        } catch (NumberFormatException e) {
            // unreadable: ignore
        }
        Files.deleteIfExists(pidFile);
    }

    private static List<String> javaCommand(Path argFile, Path logback, Path log4j, Path dir, String heap) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(heap);
        command.add("-Xss1m");
        command.add("-Djava.awt.headless=true");
        command.add("-Dlogback.configurationFile=" + logback);
        command.add("-Dlog4j.configuration=" + log4j.toUri());
        command.add("-Dkafka.logs.dir=" + dir);
        command.add("@" + argFile);
        return command;
    }

    private void awaitStarted(int port, Path log) {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited with code " + process.exitValue()
                        + " before it was ready; last lines of " + log + ":\n" + ProcessSupport.tail(log, 40));
            }
            if (ProcessSupport.read(log).contains(STARTED) && ProcessSupport.isListening(port)) {
                return;
            }
            ProcessSupport.sleep(100);
        }
        throw new IllegalStateException("Kafka was not ready within " + START_TIMEOUT_MILLIS / 1000
                + " s; last lines of " + log + ":\n" + ProcessSupport.tail(log, 40));
    }

    private static String clusterId(Path dir, Path data) throws IOException {
        Path meta = data.resolve("meta.properties");
        if (Files.exists(meta)) {
            Properties props = new Properties();
            try (InputStream in = Files.newInputStream(meta)) {
                props.load(in);
            }
            String id = props.getProperty("cluster.id");
            if (id != null && !id.isBlank()) {
                Files.writeString(dir.resolve("cluster.id"), id + "\n", StandardCharsets.UTF_8);
                return id;
            }
        }
        Path file = dir.resolve("cluster.id");
        if (Files.exists(file)) {
            String id = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (!id.isEmpty()) {
                return id;
            }
        }
        // Kafka's own generator: 16 random bytes, base64url, never starting with '-' (which the
        // storage tool's argument parser would take for an option)
        String id = org.apache.kafka.common.Uuid.randomUuid().toString();
        Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
        return id;
    }

    private static Path writeServerProperties(Path dir, Path data, int port, int controllerPort) throws IOException {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        props.put("log.dirs", data.toString());
        props.putAll(commonSettings());
        StringBuilder text = new StringBuilder("# written by vn.doanket.testing.KafkaBroker on each start\n");
        props.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Path file = dir.resolve("server.properties");
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        return file;
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** @return milliseconds from the start call until the broker was ready */
    public long startMillis() {
        return startMillis;
    }

    /** @return whether the broker runs in a child process */
    public boolean isChildProcess() {
        return process != null;
    }

    /** @return the child process, if {@link #isChildProcess()} */
    public java.util.Optional<ProcessHandle> processHandle() {
        return process == null ? java.util.Optional.empty() : java.util.Optional.of(process.toHandle());
    }

    /** @return the log directory of a child-process broker, or {@code null} in process */
    public Path logDirectory() {
        return logDirectory;
    }

    /**
     * Stops the broker: in process, shuts the embedded cluster down and deletes its storage; a child
     * process gets SIGTERM, up to 15 s to finish, then SIGKILL.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (embedded != null) {
            embedded.destroy();
            return;
        }
        try {
            process.destroy();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            ProcessSupport.stopWatchdog(watchdog);
            try {
                Files.deleteIfExists(logDirectory.resolve("kafka.pid"));
            } catch (IOException ignored) {
                // next start checks the pid anyway
            }
        }
    }

    @Override
    public String toString() {
        return "KafkaBroker[" + bootstrapServers + (process != null ? ", pid " + process.pid() : ", in-process") + "]";
    }

    private static final String LOGBACK_XML = """
            <configuration>
              <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n</pattern></encoder>
              </appender>
              <logger name="kafka" level="INFO"/>
              <logger name="org.apache.kafka" level="INFO"/>
              <logger name="state.change.logger" level="WARN"/>
              <logger name="kafka.request.logger" level="WARN"/>
              <root level="INFO"><appender-ref ref="OUT"/></root>
            </configuration>
            """;

    private static final String LOG4J_PROPERTIES = """
            log4j.rootLogger=INFO, stdout
            log4j.appender.stdout=org.apache.log4j.ConsoleAppender
            log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
            log4j.appender.stdout.layout.ConversionPattern=%d{HH:mm:ss,SSS} %-5p %c - %m%n
            log4j.logger.state.change.logger=WARN
            log4j.logger.kafka.request.logger=WARN
            """;
}
