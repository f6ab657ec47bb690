package vn.doanket.audit;

import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain over a service's life on the real PostgreSQL: a store written before the chain was
 * switched on is adopted at start; two instances of the service appending to the same aggregates
 * at the same time lose appends only as 409 conflicts, never leave a link without its event (the
 * link is written in the event's transaction), and the result verifies clean; the keys generated
 * on first start are reused on the next.
 */
class ChainLifecycleTest {

    @TempDir
    Path auditDir;

    PostgresEndpoint pg = SharedInfrastructure.get().postgres();

    ConfigurableApplicationContext start(String database, boolean audit) {
        return new SpringApplicationBuilder(LedgerTestApplication.class).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + pg.jdbcUrl(database), "--spring.datasource.username=" + pg.username(),
                        "--spring.datasource.password=" + pg.password(), "--doanket.audit.enabled=" + audit,
                        "--doanket.audit.directory=" + auditDir, "--doanket.audit.checkpoint-interval=0");
    }

    @Test
    void aStoreOlderThanTheChainIsAdoptedAtStartAndKeysAreKept() throws Exception {
        String db = InfrastructureProperties.uniqueName("adopt");
        pg.createDatabase(db);
        try (ConfigurableApplicationContext before = start(db, false)) {
            CommandSender commands = before.getBean(CommandSender.class);
            commands.send(new OpenLedgerCommand("old-1", "26560"), Actor.SYSTEM);
            commands.send(new RecordEntryCommand("old-1", 5, "trước khi bật chuỗi"), Actor.SYSTEM);
            assertThat(before.getBeanNamesForType(ChainRecorder.class)).isEmpty();
        }
        byte[] key;
        try (ConfigurableApplicationContext after = start(db, true)) {
            key = AuditKeys.readChainKey(auditDir.resolve("chain.key"));
            after.getBean(CommandSender.class).send(new RecordEntryCommand("old-1", 6, "sau khi bật"), Actor.SYSTEM);
            VerificationReport report = after.getBean(AuditVerifier.class)
                    .verify(after.getBean(DataSource.class), List.of("old-1"));
            assertThat(report.clean()).as(report.findings().toString()).isTrue();
            assertThat(report.aggregates().get(0).lastChainedSeq()).isEqualTo(2);
        }
        try (ConfigurableApplicationContext again = start(db, true)) {
            assertThat(AuditKeys.readChainKey(auditDir.resolve("chain.key"))).isEqualTo(key);
            VerificationReport report = again.getBean(AuditVerifier.class)
                    .verify(again.getBean(DataSource.class), List.of("old-1"));
            assertThat(report.clean()).isTrue();
            assertThat(report.checkpoints()).as("one checkpoint at each stop").isEqualTo(1);
        }
    }

    @Test
    void twoInstancesAppendingConcurrentlyKeepEveryEventChainedAndConflictsAre409s() throws Exception {
        String db = InfrastructureProperties.uniqueName("concurrent");
        pg.createDatabase(db);
        try (ConfigurableApplicationContext first = start(db, true); ConfigurableApplicationContext second = start(db, true)) {
            List<CommandSender> senders = List.of(first.getBean(CommandSender.class), second.getBean(CommandSender.class));
            List<String> ledgers = List.of("shared-1", "shared-2");
            for (String ledger : ledgers) {
                senders.get(0).send(new OpenLedgerCommand(ledger, "79"), Actor.SYSTEM);
            }
            AtomicInteger ok = new AtomicInteger();
            AtomicInteger conflicts = new AtomicInteger();
            List<Throwable> other = java.util.Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                CommandSender sender = senders.get(t % 2);
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        try {
                            sender.send(new RecordEntryCommand(ledgers.get(i % 2), 1, "đồng thời"), Actor.SYSTEM);
                            ok.incrementAndGet();
                        } catch (ConcurrencyException e) {
                            conflicts.incrementAndGet();
                        } catch (RuntimeException e) {
                            other.add(e);
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(other).isEmpty();
            assertThat(ok.get() + conflicts.get()).isEqualTo(100);
            assertThat(conflicts.get()).as("two instances do collide").isPositive();
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl(db), pg.username(), pg.password())) {
                assertThat(count(c, "select count(*) from domain_event_entry")).isEqualTo(2 + ok.get());
                assertThat(count(c, "select count(*) from audit_chain")).isEqualTo(2 + ok.get());
                VerificationReport report = first.getBean(AuditVerifier.class).verifyAll(c, List.of());
                assertThat(report.clean()).as(report.findings().toString()).isTrue();
            }
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
