package vn.doanket.audit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import vn.doanket.events.error.DomainException;
import vn.doanket.testing.InfrastructureProperties;
import vn.doanket.testing.PostgresEndpoint;
import vn.doanket.testing.SharedInfrastructure;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Acceptance "tamper test": a real event store on the real PostgreSQL server, written through
 * Axon by a small service with the audit chain on, checkpointed and signed; then, each on its own
 * copy of the database ({@code CREATE DATABASE … TEMPLATE}): one payload edited, one event
 * deleted, two events swapped (payloads, and sequence numbers), the tail cut (with and without
 * the chain's tail), an event inserted by hand, metadata altered, a checkpoint line edited. Each
 * is detected and named by kind, sequence number and event id; the untouched store and an
 * untouched copy verify clean. The command line gives the same verdict with exit codes 0/1.
 */
class TamperTest {

    static final String A = "ledger-a";
    static final String B = "ledger-b";

    @TempDir
    static Path auditDir;

    static PostgresEndpoint pg;
    static String original;
    static final Map<String, List<String>> eventIds = new java.util.HashMap<>();
    static final List<String> copies = new ArrayList<>();

    @BeforeAll
    static void writeARealEventStore() throws Exception {
        pg = SharedInfrastructure.get().postgres();
        original = InfrastructureProperties.uniqueName("audit");
        pg.createDatabase(original);
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + pg.jdbcUrl(original),
                "--spring.datasource.username=" + pg.username(),
                "--spring.datasource.password=" + pg.password(),
                "--doanket.audit.enabled=true",
                "--doanket.audit.directory=" + auditDir,
                "--doanket.audit.aggregate-types=Ledger",
                "--doanket.audit.checkpoint-interval=0"));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LedgerTestApplication.class)
                .web(WebApplicationType.NONE).run(args.toArray(String[]::new))) {
            CommandSender commands = app.getBean(CommandSender.class);
            Checkpointer checkpointer = app.getBean(Checkpointer.class);
            commands.send(new OpenLedgerCommand(A, "26560"), Actor.SYSTEM);
            for (int i = 1; i <= 5; i++) {
                commands.send(new RecordEntryCommand(A, i * 10L, "khoản " + i), Actor.SYSTEM);
            }
            commands.send(new OpenLedgerCommand(B, "79"), Actor.SYSTEM);
            commands.send(new RecordEntryCommand(B, 7, "Kiến nghị"), Actor.SYSTEM);
            // a rejected command stores neither an event nor a link
            assertThatThrownBy(() -> commands.send(new RecordEntryCommand(B, -1, "x"), Actor.SYSTEM))
                    .isInstanceOf(DomainException.class);
            assertThat(checkpointer.checkpoint()).isPresent();
            assertThat(checkpointer.checkpoint()).as("nothing changed since").isEmpty();
            commands.send(new RecordEntryCommand(B, 8, "sau điểm kiểm"), Actor.SYSTEM);

            // the untouched store, verified through the service's own verifier bean
            VerificationReport live = app.getBean(AuditVerifier.class)
                    .verify(app.getBean(javax.sql.DataSource.class), List.of(A, B));
            assertThat(live.clean()).as(live.findings().toString()).isTrue();
        }
        try (Connection c = connect(original)) {
            for (String id : List.of(A, B)) {
                eventIds.put(id, AuditChainStore.events(c, id, -1).stream().map(StoredEvent::eventId).toList());
                assertThat(AuditChainStore.chain(c, id)).extracting(ChainEntry::eventId).isEqualTo(eventIds.get(id));
            }
        }
        assertThat(eventIds.get(A)).hasSize(6);
        assertThat(eventIds.get(B)).hasSize(3);
    }

    @AfterAll
    static void dropCopies() throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            for (String copy : copies) {
                s.execute("drop database if exists " + copy);
            }
        }
    }

    @Test
    void keysAndCheckpointsLiveInFilesOutsideTheDatabase() throws Exception {
        Path key = auditDir.resolve("chain.key");
        Path signing = auditDir.resolve("checkpoint-signing.key");
        assertThat(key).exists();
        assertThat(signing).exists();
        assertThat(auditDir.resolve("checkpoint-signing.pub")).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(signing))).isEqualTo("rw-------");
        List<String> lines = Files.readAllLines(auditDir.resolve("checkpoints").resolve(CheckpointLog.FILE_NAME));
        assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(l).contains("\"signature\""));
        assertThat(lines.get(1)).as("the stop checkpoint carries only the head that changed").contains(B)
                .doesNotContain(A);
        String keyText = Files.readString(key).strip();
        try (Connection c = connect(original); Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from information_schema.columns where table_schema = current_schema() "
                     + "and table_name = 'audit_chain'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(6);
        }
        try (Connection c = connect(original); Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from audit_chain where encode(mac, 'base64') = '" + keyText
                     + "' or encode(payload_mac, 'base64') = '" + keyText + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void anUntouchedCopyVerifiesClean() throws Exception {
        String copy = copy();
        VerificationReport report = verifyAll(copy);
        assertThat(report.clean()).as(report.findings().toString()).isTrue();
        assertThat(report.checkpoints()).isEqualTo(2);
        assertThat(report.aggregates()).extracting(AggregateReport::aggregateId).containsExactly(A, B);
        assertThat(report.aggregates().get(0).lastCheckpointedSeq()).isEqualTo(5);
        assertThat(report.aggregates().get(1).lastCheckpointedSeq()).isEqualTo(2);
        assertThat(cli(copy, "--aggregate", A, "--aggregate", B).exit).isZero();
    }

    @Test
    void anEditedPayloadIsNamedBySequenceAndEvent() throws Exception {
        String copy = copy();
        sql(copy, "update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                + "'\"amount\":30', '\"amount\":3000'), 'UTF8') where aggregate_identifier = '" + A + "' and sequence_number = 3");
        VerificationReport report = verifyAll(copy);
        assertThat(report.complete()).isTrue();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(Finding.Category.INTEGRITY);
            assertThat(f.kind()).isEqualTo(Finding.Kind.PAYLOAD_EDITED);
            assertThat(f.aggregateId()).isEqualTo(A);
            assertThat(f.seq()).isEqualTo(3L);
            assertThat(f.eventId()).isEqualTo(eventIds.get(A).get(3));
        });
        assertThat(report.aggregates().get(1).clean()).isTrue();
        CliResult cli = cli(copy, "--aggregate", A);
        assertThat(cli.exit).isEqualTo(1);
        assertThat(cli.out).contains("PAYLOAD_EDITED").contains("seq 3");
    }

    @Test
    void aDeletedEventInTheMiddleIsNamed() throws Exception {
        String copy = copy();
        sql(copy, "delete from domain_event_entry where aggregate_identifier = '" + A + "' and sequence_number = 2");
        VerificationReport report = verifyAll(copy);
        assertThat(report.complete()).isTrue();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.DELETED);
            assertThat(f.category()).isEqualTo(Finding.Category.INTEGRITY);
            assertThat(f.seq()).isEqualTo(2L);
            assertThat(f.eventId()).isEqualTo(eventIds.get(A).get(2));
        });
    }

    @Test
    void aDeletedEventTogetherWithItsLinkIsStillNamed() throws Exception {
        String copy = copy();
        sql(copy, "delete from domain_event_entry where aggregate_identifier = '" + A + "' and sequence_number = 2");
        sql(copy, "delete from audit_chain where aggregate_id = '" + A + "' and seq = 2");
        VerificationReport report = verifyAll(copy);
        assertThat(report.findings()).extracting(Finding::kind, Finding::seq)
                .contains(org.assertj.core.groups.Tuple.tuple(Finding.Kind.DELETED, 2L));
        assertThat(report.intact()).isFalse();
    }

    @Test
    void twoSwappedPayloadsAreNamedAsMoved() throws Exception {
        String copy = copy();
        sql(copy, "update domain_event_entry e set payload = o.payload from domain_event_entry o "
                + "where e.aggregate_identifier = '" + A + "' and o.aggregate_identifier = '" + A + "' "
                + "and ((e.sequence_number = 2 and o.sequence_number = 4) or (e.sequence_number = 4 and o.sequence_number = 2))");
        VerificationReport report = verifyAll(copy);
        assertThat(report.complete()).isTrue();
        assertThat(report.findings()).extracting(Finding::kind, Finding::seq, Finding::eventId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Finding.Kind.PAYLOAD_MOVED, 2L, eventIds.get(A).get(2)),
                org.assertj.core.groups.Tuple.tuple(Finding.Kind.PAYLOAD_MOVED, 4L, eventIds.get(A).get(4)));
        assertThat(report.findings().get(0).detail()).contains("chained for event 4");
    }

    @Test
    void twoSwappedEventsAreNamedAsReordered() throws Exception {
        String copy = copy();
        sql(copy, "update domain_event_entry set sequence_number = -1 where aggregate_identifier = '" + A + "' and sequence_number = 1");
        sql(copy, "update domain_event_entry set sequence_number = 1 where aggregate_identifier = '" + A + "' and sequence_number = 3");
        sql(copy, "update domain_event_entry set sequence_number = 3 where aggregate_identifier = '" + A + "' and sequence_number = -1");
        VerificationReport report = verifyAll(copy);
        assertThat(report.complete()).isTrue();
        assertThat(report.findings()).extracting(Finding::kind, Finding::seq, Finding::eventId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Finding.Kind.REORDERED, 1L, eventIds.get(A).get(3)),
                org.assertj.core.groups.Tuple.tuple(Finding.Kind.REORDERED, 3L, eventIds.get(A).get(1)));
    }

    @Test
    void aCutTailIsACompletenessFindingWithExpectedAndFoundSequence() throws Exception {
        String copy = copy();
        sql(copy, "delete from domain_event_entry where aggregate_identifier = '" + A + "' and sequence_number >= 4");
        VerificationReport report = verifyAll(copy);
        assertThat(report.intact()).as("the events left are intact").isTrue();
        assertThat(report.complete()).isFalse();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(Finding.Category.COMPLETENESS);
            assertThat(f.kind()).isEqualTo(Finding.Kind.TRUNCATED);
            assertThat(f.expected()).isEqualTo(5L);
            assertThat(f.seq()).isEqualTo(3L);
            assertThat(f.eventId()).isEqualTo(eventIds.get(A).get(4));
        });
        CliResult cli = cli(copy);
        assertThat(cli.exit).isEqualTo(1);
        assertThat(cli.out).contains("expected seq 5, found 3");
    }

    @Test
    void aTailCutFromStoreAndChainIsCaughtByTheSignedCheckpoint() throws Exception {
        String copy = copy();
        sql(copy, "delete from domain_event_entry where aggregate_identifier = '" + A + "' and sequence_number >= 4");
        sql(copy, "delete from audit_chain where aggregate_id = '" + A + "' and seq >= 4");
        VerificationReport report = verifyAll(copy);
        assertThat(report.intact()).isTrue();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.TRUNCATED);
            assertThat(f.expected()).isEqualTo(5L);
            assertThat(f.seq()).isEqualTo(3L);
            assertThat(f.detail()).contains("signed checkpoint");
        });
        // without the checkpoints this cut would be invisible: that is what they are for
        VerificationReport chainOnly = verifyWith(new AuditVerifier(codec(), null, null, Clock.systemUTC()), copy, List.of(A));
        assertThat(chainOnly.clean()).isTrue();
    }

    @Test
    void aWholeAggregateDeletedIsReportedThroughTheChainAndCheckpoint() throws Exception {
        String copy = copy();
        sql(copy, "delete from domain_event_entry where aggregate_identifier = '" + B + "'");
        sql(copy, "delete from audit_chain where aggregate_id = '" + B + "'");
        VerificationReport report = verifyAll(copy);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.aggregateId()).isEqualTo(B);
            assertThat(f.kind()).isEqualTo(Finding.Kind.TRUNCATED);
            assertThat(f.expected()).isEqualTo(2L);
            assertThat(f.seq()).isEqualTo(-1L);
        });
    }

    @Test
    void anEventInsertedByHandIsUnchained() throws Exception {
        String copy = copy();
        sql(copy, "insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type, "
                + "time_stamp, payload_type, payload_revision, payload, meta_data) select global_index + 1000, 'forged-1', "
                + "aggregate_identifier, 6, type, time_stamp, payload_type, payload_revision, payload, meta_data "
                + "from domain_event_entry where aggregate_identifier = '" + A + "' and sequence_number = 5");
        VerificationReport report = verifyAll(copy);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.UNCHAINED);
            assertThat(f.seq()).isEqualTo(6L);
            assertThat(f.eventId()).isEqualTo("forged-1");
        });
    }

    @Test
    void alteredMetadataIsNamed() throws Exception {
        String copy = copy();
        sql(copy, "update domain_event_entry set time_stamp = '2020-01-01T00:00:00Z' where aggregate_identifier = '" + B
                + "' and sequence_number = 1");
        VerificationReport report = verifyAll(copy);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.EVENT_ALTERED);
            assertThat(f.aggregateId()).isEqualTo(B);
            assertThat(f.seq()).isEqualTo(1L);
        });
    }

    @Test
    void aForgedChainLinkCannotHideAnEdit() throws Exception {
        String copy = copy();
        // the attacker edits a payload and "repairs" the link with a hash of their own (no key)
        sql(copy, "update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                + "'\"amount\":20', '\"amount\":2'), 'UTF8') where aggregate_identifier = '" + A + "' and sequence_number = 2");
        sql(copy, "update audit_chain set mac = sha256(mac), payload_mac = sha256(payload_mac) where aggregate_id = '" + A
                + "' and seq = 2");
        VerificationReport report = verifyAll(copy);
        assertThat(report.findings()).extracting(Finding::kind, Finding::seq).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Finding.Kind.PAYLOAD_EDITED, 2L),
                org.assertj.core.groups.Tuple.tuple(Finding.Kind.EVENT_ALTERED, 3L));
    }

    @Test
    void anEditedCheckpointLineIsAnInvalidSignature() throws Exception {
        Path dir = Files.createTempDirectory(auditDir, "edited-checkpoints");
        Path file = dir.resolve(CheckpointLog.FILE_NAME);
        Files.copy(auditDir.resolve("checkpoints").resolve(CheckpointLog.FILE_NAME), file, StandardCopyOption.REPLACE_EXISTING);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(0, lines.get(0).replaceFirst("\"seq\":5", "\"seq\":3"));
        Files.write(file, lines);
        VerificationReport report = verifyWith(
                new AuditVerifier(codec(), new CheckpointLog(dir), publicKey(), Clock.systemUTC()), copy(), null);
        assertThat(report.checkpointsValid()).isFalse();
        assertThat(report.checkpointFindings()).extracting(Finding::kind).containsExactly(
                Finding.Kind.SIGNATURE_INVALID, Finding.Kind.CHECKPOINT_LINK_BROKEN);
        assertThat(report.intact()).isTrue();

        Files.write(file, List.of(lines.get(1)));
        VerificationReport missingFirst = verifyWith(
                new AuditVerifier(codec(), new CheckpointLog(dir), publicKey(), Clock.systemUTC()), copy(), null);
        assertThat(missingFirst.checkpointFindings()).extracting(Finding::kind)
                .containsExactly(Finding.Kind.CHECKPOINT_LINK_BROKEN);
    }

    @Test
    void theWrongKeyFindsEveryLinkBroken() throws Exception {
        byte[] other = new byte[32];
        VerificationReport report = verifyWith(new AuditVerifier(new ChainCodec(other), null, null, Clock.systemUTC()),
                copy(), List.of(B));
        assertThat(report.intact()).isFalse();
        assertThat(report.findings()).extracting(Finding::kind).containsOnly(Finding.Kind.PAYLOAD_EDITED).hasSize(3);
        assertThat(report.keyFingerprint()).isNotEqualTo(codec().keyFingerprint());
    }

    // ---------------------------------------------------------------------------------------------

    static VerificationReport verifyAll(String database) throws SQLException {
        try (Connection c = connect(database)) {
            return new AuditVerifier(codec(), new CheckpointLog(auditDir.resolve("checkpoints")), publicKey(),
                    Clock.systemUTC()).verifyAll(c, List.of("Ledger"));
        }
    }

    /** Verifies the given aggregates, or all of them when {@code ids} is null. */
    static VerificationReport verifyWith(AuditVerifier verifier, String database, List<String> ids) throws SQLException {
        try (Connection c = connect(database)) {
            return ids == null ? verifier.verifyAll(c, List.of()) : verifier.verify(c, ids);
        }
    }

    static ChainCodec codec() {
        return new ChainCodec(AuditKeys.readChainKey(auditDir.resolve("chain.key")));
    }

    static java.security.PublicKey publicKey() {
        return AuditKeys.readPublicKey(auditDir.resolve("checkpoint-signing.pub"));
    }

    record CliResult(int exit, String out) {
    }

    static CliResult cli(String database, String... more) {
        List<String> args = new ArrayList<>(List.of("--jdbc-url", pg.jdbcUrl(database), "--user", pg.username(),
                "--password", pg.password(), "--key-file", auditDir.resolve("chain.key").toString(),
                "--checkpoints", auditDir.resolve("checkpoints").toString()));
        args.addAll(List.of(more));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = VerifyCli.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        return new CliResult(exit, out.toString(StandardCharsets.UTF_8));
    }

    static synchronized String copy() throws SQLException {
        String copy = InfrastructureProperties.uniqueName("auditcopy");
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("create database " + copy + " template " + original);
        }
        copies.add(copy);
        return copy;
    }

    static void sql(String database, String statement) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate(statement)).as(statement).isPositive();
        }
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(pg.jdbcUrl(database), pg.username(), pg.password());
    }
}
