package vn.doanket.devstack;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.doanket.dashboard.DashboardApplication;
import vn.doanket.dashboard.query.MembershipProjector;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.membership.MembershipApplication;
import vn.doanket.testing.InfrastructureProperties;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.testing.TopicRecords;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doanket.devstack.E2e.await;
import static vn.doanket.devstack.E2e.probe;

/**
 * Kills the membership service (its publisher included) with SIGKILL in the middle of a stream
 * of commands, restarts it on the same event store, and proves that every stored event reached
 * Kafka (at-least-once: duplicates allowed, nothing missing) and that the dashboard's counts are
 * exact (no loss, no double count).
 */
class PublisherCrashRecoveryTest {

    private static final Logger log = LoggerFactory.getLogger(PublisherCrashRecoveryTest.class);
    static final Duration PATIENCE = Duration.ofSeconds(120);

    final List<Process> children = new ArrayList<>();

    @AfterEach
    void killChildren() {
        children.forEach(Process::destroyForcibly);
    }

    @Test
    void everyStoredEventReachesKafkaAndTheCountsAreExactAfterAKill() throws Exception {
        String ns = InfrastructureProperties.uniqueName("crash");
        String topic = ns + ".doanket.membership.events";
        String group = ns + "-dashboard";
        String bootstrap = SharedInfrastructure.get().kafka().bootstrapServers();
        Map<String, String> membershipProps = InfrastructureProperties.forNewContext("membership");
        membershipProps.put("doanket.axon.publisher.topic", topic);
        membershipProps.putAll(SharedInfrastructure.get().identity().resourceServerProperties());
        // small batches so the kill lands between batches as well as inside one
        membershipProps.put("doanket.axon.publisher.batch-size", "5");

        try (ServiceApps.RunningService dashboard = ServiceApps.start("dashboard", DashboardApplication.class,
                Pipeline.dashboardProps(topic, ns + ".doanket.feedback.events", group))) {

            // first life: commands stream in, and the service is killed while they do
            int port = freePort();
            Process first = startMembership(membershipProps, port, "first");
            String url = "http://127.0.0.1:" + port;
            awaitHealthy(url);
            AtomicInteger accepted = new AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean();
            Thread load = new Thread(() -> {
                int i = 0;
                while (!stop.get()) {
                    try {
                        E2e.register(url, i % 2 == 0 ? "26560" : "00004", "Khu dân cư " + i++);
                        accepted.incrementAndGet();
                    } catch (Throwable e) {
                        return; // the service is gone
                    }
                }
            }, "load");
            load.start();
            await("commands accepted before the kill", PATIENCE, () -> accepted.get() >= 80);
            first.destroyForcibly().waitFor();
            stop.set(true);
            load.join();
            int acceptedBeforeKill = accepted.get();

            // second life on the same event store and token store
            int port2 = freePort();
            startMembership(membershipProps, port2, "second");
            String url2 = "http://127.0.0.1:" + port2;
            awaitHealthy(url2);
            for (int i = 0; i < 20; i++) {
                E2e.register(url2, "01294", "Bản " + i);
            }

            JdbcTemplate eventStore = new JdbcTemplate(new DriverManagerDataSource(
                    membershipProps.get("spring.datasource.url"), membershipProps.get("spring.datasource.username"),
                    membershipProps.get("spring.datasource.password")));
            Set<String> stored = new HashSet<>(eventStore.queryForList(
                    "select event_identifier from domain_event_entry", String.class));
            assertThat(stored.size()).isGreaterThanOrEqualTo(acceptedBeforeKill + 20);

            await("every stored event on Kafka", PATIENCE, probe(() -> publishedIds(bootstrap, topic).containsAll(stored)));
            List<ConsumerRecord<String, byte[]>> records = TopicRecords.readAll(bootstrap, topic);
            Set<String> published = publishedIds(bootstrap, topic);
            assertThat(published).isEqualTo(stored);
            log.info("Stored {} events, accepted {} before the kill; Kafka holds {} records ({} duplicates)",
                    stored.size(), acceptedBeforeKill, records.size(), records.size() - published.size());

            await("dashboard caught up", PATIENCE, probe(() -> E2e.caughtUp(bootstrap, group, topic)));
            long storedAreas = stored.size();
            assertThat(E2e.total(dashboard.url(), "VN")).isEqualTo(storedAreas);
            assertThat(E2e.total(dashboard.url(), "04")).isEqualTo(20);
            assertThat(E2e.total(dashboard.url(), "79") + E2e.total(dashboard.url(), "01"))
                    .isEqualTo(storedAreas - 20);
            MongoTemplate mongo = dashboard.context().getBean(MongoTemplate.class);
            assertThat(mongo.getCollection(MembershipProjector.AREAS).countDocuments()).isEqualTo(storedAreas);
        }
    }

    private static Set<String> publishedIds(String bootstrap, String topic) throws Exception {
        Set<String> ids = new HashSet<>();
        for (ConsumerRecord<String, byte[]> r : TopicRecords.readAll(bootstrap, topic)) {
            ids.add(EnvelopeCodec.decode(r.value()).eventId().toString());
        }
        return ids;
    }

    private Process startMembership(Map<String, String> props, int port, String life) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path argFile = Files.createTempFile("membership-cp", ".args");
        Files.writeString(argFile, "-cp\n\"" + classpath.replace("\\", "\\\\") + "\"\n");
        argFile.toFile().deleteOnExit();
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "@" + argFile,
                MembershipApplication.class.getName()));
        command.add("--spring.config.name=membership");
        command.add("--server.port=" + port);
        command.add("--spring.main.banner-mode=off");
        props.forEach((k, v) -> command.add("--" + k + "=" + v));
        Path logFile = Paths.get("target", "membership-" + life + ".log");
        Files.createDirectories(logFile.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logFile.toFile()).start();
        children.add(process);
        return process;
    }

    private static void awaitHealthy(String url) throws InterruptedException {
        await("membership healthy at " + url, PATIENCE,
                probe(() -> E2e.get(url + "/actuator/health").statusCode() == 200));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
