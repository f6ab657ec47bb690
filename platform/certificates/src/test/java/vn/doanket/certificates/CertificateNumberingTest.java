package vn.doanket.certificates;

import org.axonframework.common.transaction.TransactionManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.axon.CommandSender;
import vn.doanket.certificates.testapp.CertificateTestApplication;
import vn.doanket.certificates.testapp.CompleteTrainingCommand;
import vn.doanket.certificates.testapp.TrainingCertificates;
import vn.doanket.events.Actor;
import vn.doanket.events.error.DomainException;
import vn.doanket.testing.InfrastructureProperties;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Numbering, idempotence and revocation on the real PostgreSQL event store of a small service that uses the library
 * (no web): numbers per issuer and year without gaps, consecutive under concurrent issuing from several threads,
 * nothing twice for the same id, nothing taken by a refusal or a rollback.
 */
class CertificateNumberingTest {

    static ConfigurableApplicationContext app;
    static Certificates certificates;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void start() {
        Map<String, String> props = InfrastructureProperties.forNewContext("cert");
        props.put("doanket.axon.publisher.enabled", "false");
        app = new SpringApplicationBuilder(CertificateTestApplication.class).web(WebApplicationType.NONE)
                .run(InfrastructureProperties.asCommandLineArguments(props));
        certificates = app.getBean(Certificates.class);
        jdbc = app.getBean(JdbcTemplate.class);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    static CertificateRequest request(String id, String issuer, LocalDate on) {
        return new CertificateRequest(id, issuer, CertificateKind.PRIZE, "Nguyễn Văn An", null,
                "Giải Nhất hội thi Trưởng Ban Công tác Mặt trận giỏi", "PrizeAwarded", "award-" + id, on);
    }

    static long events(String aggregateId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class,
                aggregateId);
    }

    @Test
    void numbersRunPerIssuerAndYearFromOne() {
        LocalDate y2026 = LocalDate.of(2026, 3, 2);
        LocalDate y2027 = LocalDate.of(2027, 1, 1);
        List<String> numbers = new ArrayList<>();
        numbers.add(certificates.issue(request("n-a1", "26561", y2026)));
        numbers.add(certificates.issue(request("n-b1", "77", y2026)));
        numbers.add(certificates.issue(request("n-a2", "26561", y2026.plusMonths(9))));
        numbers.add(certificates.issue(request("n-a3", "26561", y2027)));
        numbers.add(certificates.issue(request("n-b2", "77", y2026.withDayOfYear(365))));
        numbers.add(certificates.issue(request("n-a4", "26561", y2026)));
        numbers.add(certificates.issue(request("n-c1", "26561-KP02", y2027)));
        assertThat(numbers).containsExactly("26561-2026-000001", "77-2026-000001", "26561-2026-000002",
                "26561-2027-000001", "77-2026-000002", "26561-2026-000003", "26561-KP02-2027-000001");
        assertThat(certificates.numberOf("n-a3")).contains("26561-2027-000001");
        assertThat(certificates.issuerOf("n-c1")).isEqualTo("26561-KP02");
        assertThat(events("n-a1")).isEqualTo(1);
        // a link made outside a request, without a configured public base: the service's own address
        assertThat(certificates.verificationUrl("26561-2026-000001")).isEqualTo("http://127.0.0.1:8080/verify/certificates/"
                + "26561-2026-000001?s=" + certificates.signature("26561-2026-000001"));
        assertThat(certificates.verifies("26561-2026-000001", certificates.signature("26561-2026-000001"))).isTrue();
    }

    @Test
    void theSameCertificateIsIssuedOnceAndKeepsItsNumber() {
        LocalDate day = LocalDate.of(2026, 5, 1);
        String first = certificates.issue(request("i-1", "26562", day));
        String again = certificates.issue(request("i-1", "26562", day));
        assertThat(again).isEqualTo(first).isEqualTo("26562-2026-000001");
        assertThat(events("i-1")).isEqualTo(1);
        // the same id with other content is refused and takes no number
        CertificateRequest other = new CertificateRequest("i-1", "26562", CertificateKind.PRIZE, "Trần Thị Bích", null,
                "Giải Nhì", "PrizeAwarded", "award-x", day);
        assertThatThrownBy(() -> certificates.issue(other)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("certificate-id-conflict"));
        // the same content for another holder — the name compared with the one recorded — is refused too
        CertificateRequest otherHolder = new CertificateRequest("i-1", "26562", CertificateKind.PRIZE, "Nguyễn Văn Ân",
                null, "Giải Nhất hội thi Trưởng Ban Công tác Mặt trận giỏi", "PrizeAwarded", "award-i-1", day);
        assertThatThrownBy(() -> certificates.issue(otherHolder)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("certificate-id-conflict"));
        // the name is compared as recorded: surrounding blanks are not another name
        CertificateRequest padded = new CertificateRequest("i-1", "26562", CertificateKind.PRIZE, "  Nguyễn Văn An ",
                null, "Giải Nhất hội thi Trưởng Ban Công tác Mặt trận giỏi", "PrizeAwarded", "award-i-1", day);
        assertThat(certificates.issue(padded)).isEqualTo(first);
        assertThat(holderOf("i-1")).isEqualTo("Nguyễn Văn An");
        assertThat(certificates.issue(request("i-2", "26562", day))).isEqualTo("26562-2026-000002");
        assertThat(events("i-1")).isEqualTo(1);
        // the name is in the holder table, never in the stored event
        assertThat(storedPayload("i-1")).doesNotContain("holderName").doesNotContain("Nguyễn");
    }

    static String holderOf(String certificateId) {
        return jdbc.queryForObject("select holder_name from certificate_holders where certificate_id = ?", String.class,
                certificateId);
    }

    static String storedPayload(String certificateId) {
        return jdbc.queryForObject("select convert_from(payload, 'UTF8') from domain_event_entry "
                + "where aggregate_identifier = ? and sequence_number = 0", String.class, certificateId);
    }

    @Test
    void aRefusalOrARollbackTakesNoNumber() {
        LocalDate day = LocalDate.of(2026, 6, 1);
        assertThat(certificates.issue(request("r-1", "26563", day))).isEqualTo("26563-2026-000001");
        CertificateRequest invalid = new CertificateRequest("r-2", "26563", CertificateKind.PRIZE, " ", null, "Giải",
                "PrizeAwarded", "x", day);
        assertThatThrownBy(() -> certificates.issue(invalid)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT));
        // issued inside a use case that then fails: the whole transaction, number included, is undone
        TransactionManager transactions = app.getBean(TransactionManager.class);
        assertThatThrownBy(() -> transactions.executeInTransaction(() -> {
            certificates.issue(request("r-3", "26563", day));
            throw new IllegalStateException("the use case fails after issuing");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(certificates.numberOf("r-3")).isEmpty();
        assertThat(events("r-3")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from certificate_holders where certificate_id in ('r-2', 'r-3')",
                Long.class)).isZero();
        assertThat(certificates.issue(request("r-4", "26563", day))).isEqualTo("26563-2026-000002");
    }

    @Test
    void concurrentIssuingFromSeveralThreadsGivesDistinctConsecutiveNumbers() throws Exception {
        LocalDate day = LocalDate.of(2026, 9, 2);
        int threads = 6;
        int each = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        Map<String, String> numberOf = new ConcurrentHashMap<>();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < each; i++) {
                    // every certificate is asked for by two threads at once: the same id must get one number
                    int k = (thread / 2) * each + i;
                    String id = "k-" + k;
                    String number = certificates.issue(request(id, "26564", day));
                    String previous = numberOf.putIfAbsent(id, number);
                    assertThat(previous == null || previous.equals(number)).as(id).isTrue();
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : futures) {
            f.get(180, TimeUnit.SECONDS);
        }
        pool.shutdown();
        int distinct = threads / 2 * each;
        assertThat(numberOf).hasSize(distinct);
        Set<String> expected = IntStream.rangeClosed(1, distinct).mapToObj(i -> Certificate.number("26564", 2026, i))
                .collect(Collectors.toSet());
        assertThat(new HashSet<>(numberOf.values())).isEqualTo(expected);
        for (String id : numberOf.keySet()) {
            assertThat(events(id)).as(id).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("select last_serial from certificate_counter where issuer_unit_code = '26564' "
                + "and year = 2026", Long.class)).isEqualTo(distinct);
    }

    @Test
    void aVerifiedFactHandledTwiceIssuesOneCertificateFromItsProcessor() throws Exception {
        CommandSender commands = app.getBean(CommandSender.class);
        LocalDate day = LocalDate.of(2026, 10, 15);
        commands.send(new CompleteTrainingCommand("tr-1", "26565", "Lê Thị Hoa", "p-000777", day),
                new Actor("u-can-bo", "OFFICER"));
        String id = TrainingCertificates.certificateIdOf("tr-1");
        CertificateView view = await(() -> certificates.find(id).orElse(null));
        assertThat(view.number()).isEqualTo("26565-2026-000001");
        assertThat(view.holderName()).isEqualTo("Lê Thị Hoa");
        assertThat(view.basisId()).isEqualTo("tr-1");
        // the issue event carries the actor of the fact it came from
        String actor = jdbc.queryForObject("select convert_from(meta_data, 'UTF8') from domain_event_entry "
                + "where aggregate_identifier = ?", String.class, id);
        assertThat(actor).contains("u-can-bo").contains("OFFICER");
        // the processor sees the fact again (a replay): nothing new
        app.getBean(org.axonframework.config.EventProcessingConfiguration.class)
                .eventProcessor("test-training-certificates",
                        org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor.class)
                .ifPresent(p -> {
                    p.shutDown();
                    p.resetTokens();
                    p.start();
                });
        // nothing new for a while after the replay (a steady state, not a single look)
        org.awaitility.Awaitility.await("one certificate, steady after the replay").during(Duration.ofMillis(1_500))
                .atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> events(id) == 1);
        assertThat(jdbc.queryForObject("select count(*) from certificate_registry where issuer_unit_code = '26565'",
                Long.class)).isEqualTo(1);
    }

    @Test
    void aRevocationIsReadBackAndCannotBeRepeated() throws Exception {
        LocalDate day = LocalDate.of(2026, 4, 1);
        String number = certificates.issue(request("v-1", "26566", day));
        await(() -> certificates.findByNumber(number).orElse(null));
        certificates.revoke("v-1", "Cấp nhầm người", day.plusDays(3));
        CertificateView revoked = await(() -> certificates.find("v-1").filter(CertificateView::revoked).orElse(null));
        assertThat(revoked.revokedOn()).isEqualTo(day.plusDays(3));
        assertThat(revoked.revocationReason()).isEqualTo("Cấp nhầm người");
        assertThatThrownBy(() -> certificates.revoke("v-1", "Lần nữa", day.plusDays(4)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("already-revoked"));
        assertThatThrownBy(() -> certificates.revoke("v-404", "Không có", day))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> certificates.revoke("v-1", "Tương lai", certificates.today().plusDays(1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("date-in-future"));
        assertThat(events("v-1")).isEqualTo(2);
    }

    static <T> T await(java.util.function.Supplier<T> probe) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(probe::get, java.util.Objects::nonNull);
    }
}
