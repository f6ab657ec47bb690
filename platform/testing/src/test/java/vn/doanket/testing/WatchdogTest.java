package vn.doanket.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM killed with SIGKILL runs no shutdown hooks; its servers must stop anyway. */
class WatchdogTest {

    @Test
    void serversStopWhenTheirJvmIsKilled(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process jvm = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                HoldServers.class.getName(), dir.resolve("kafka").toString())
                .redirectError(dir.resolve("holder.err").toFile())
                .start();
        Map<String, String[]> lines = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                String[] parts = line.split(" ");
                lines.put(parts[0], parts);
            }
            assertThat(lines).as("holder output; stderr in %s", dir.resolve("holder.err"))
                    .containsKeys("POSTGRES", "KAFKA");
            long postmaster = Long.parseLong(lines.get("POSTGRES")[1]);
            int pgPort = Integer.parseInt(lines.get("POSTGRES")[2]);
            Path pgData = Path.of(lines.get("POSTGRES")[3]);
            long kafka = Long.parseLong(lines.get("KAFKA")[1]);
            assertThat(ProcessSupport.isRunning(postmaster)).isTrue();
            assertThat(ProcessSupport.isRunning(kafka)).isTrue();

            jvm.destroyForcibly(); // SIGKILL
            jvm.waitFor(10, TimeUnit.SECONDS);

            awaitGone(postmaster);
            awaitGone(kafka);
            assertThat(ProcessSupport.isListening(pgPort)).isFalse();
            awaitGone(pgData);
        } finally {
            jvm.destroyForcibly();
        }
    }

    private static void awaitGone(long pid) {
        await("process " + pid + " gone").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> !ProcessSupport.isRunning(pid));
    }

    private static void awaitGone(Path path) {
        await(path + " deleted").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(path).doesNotExist());
    }
}
