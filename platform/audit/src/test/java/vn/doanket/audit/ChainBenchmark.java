package vn.doanket.audit;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.doanket.audit.testapp.LedgerTestApplication;
import vn.doanket.audit.testapp.OpenLedgerCommand;
import vn.doanket.audit.testapp.RecordEntryCommand;
import vn.doanket.axon.CommandSender;
import vn.doanket.events.Actor;
import vn.doanket.testing.InfrastructureProperties;
import vn.doanket.testing.PostgresEndpoint;
import vn.doanket.testing.SharedInfrastructure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.List;

/**
 * Benchmark (not a test): commands per second through Axon into the real PostgreSQL event store
 * with and without the audit chain, one client thread, and the speed of {@code verify}.
 *
 * <pre>
 * ./mvnw -q -o -pl platform/audit dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/audit-test.cp
 * java -cp platform/audit/target/test-classes:platform/audit/target/classes:$(cat /tmp/audit-test.cp) \
 *      vn.doanket.audit.ChainBenchmark [commands]
 * </pre>
 */
public final class ChainBenchmark {

    private ChainBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int commands = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        PostgresEndpoint pg = SharedInfrastructure.get().postgres();
        Path dir = Files.createTempDirectory("chain-benchmark");
        for (int round = 0; round < Integer.getInteger("rounds", 2); round++) {
            for (boolean audit : List.of(false, true)) {
                String db = InfrastructureProperties.uniqueName("bench");
                pg.createDatabase(db);
                try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LedgerTestApplication.class)
                        .web(WebApplicationType.NONE).logStartupInfo(false)
                        .run("--spring.datasource.url=" + pg.jdbcUrl(db), "--spring.datasource.username=" + pg.username(),
                                "--spring.datasource.password=" + pg.password(), "--doanket.audit.enabled=" + audit,
                                "--doanket.audit.directory=" + dir, "--doanket.audit.checkpoint-interval=0",
                                "--logging.level.root=WARN")) {
                    CommandSender sender = app.getBean(CommandSender.class);
                    int ledgers = 100;
                    for (int i = 0; i < ledgers; i++) {
                        sender.send(new OpenLedgerCommand("warm-" + i, "26560"), Actor.SYSTEM);
                    }
                    long start = System.nanoTime();
                    for (int i = 0; i < commands; i++) {
                        sender.send(new RecordEntryCommand("warm-" + (i % ledgers), 1 + i, "khoản " + i), Actor.SYSTEM);
                    }
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf("round %d, chain %-5s: %d commands in %.2f s = %.0f commands/s%n", round, audit,
                            commands, seconds, commands / seconds);
                    if (audit) {
                        app.getBean(Checkpointer.class).checkpointNow();
                        AuditVerifier verifier = new AuditVerifier(
                                new ChainCodec(AuditKeys.readChainKey(dir.resolve("chain.key"))),
                                new CheckpointLog(dir.resolve("checkpoints")),
                                AuditKeys.readPublicKey(dir.resolve("checkpoint-signing.pub")), Clock.systemUTC());
                        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(db), pg.username(), pg.password())) {
                            long v = System.nanoTime();
                            VerificationReport report = verifier.verifyAll(c, List.of());
                            double vs = (System.nanoTime() - v) / 1e9;
                            int events = report.aggregates().stream().mapToInt(AggregateReport::events).sum();
                            System.out.printf("          verify: %d aggregates, %d events in %.2f s = %.0f events/s, clean %s%n",
                                    report.aggregates().size(), events, vs, events / vs, report.clean());
                        }
                    }
                }
            }
        }
        System.exit(0);
    }
}
