package vn.doanket.certificates;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.doanket.events.error.DomainException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doanket.events.error.DomainException.Kind.CONFLICT;
import static vn.doanket.events.error.DomainException.Kind.INVALID_INPUT;
import static vn.doanket.events.error.DomainException.Kind.RULE_VIOLATION;

/** The certificate's rules, given-when-then. */
class CertificateTest {

    static final LocalDate ISSUED = LocalDate.of(2026, 11, 20);
    static final String NUMBER = "26560-2026-000001";

    AggregateTestFixture<Certificate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Certificate.class);
    }

    static IssueCertificateCommand issue(String id, String number) {
        return new IssueCertificateCommand(id, number, "26560", CertificateKind.TRAINING_COMPLETION, " Nguyễn Văn An ",
                "p-000123", "Lớp tập huấn Trưởng Ban Công tác Mặt trận 2026", "TraineeCompleted", "class-1:p-000123", ISSUED);
    }

    static CertificateIssuedEvent issued(String id, String number) {
        return new CertificateIssuedEvent(id, number, "26560", CertificateKind.TRAINING_COMPLETION, "Nguyễn Văn An",
                "p-000123", "Lớp tập huấn Trưởng Ban Công tác Mặt trận 2026", "TraineeCompleted", "class-1:p-000123", ISSUED);
    }

    static IssueCertificateCommand prize(String holder, String issuer, String number, String basisId, String title) {
        return new IssueCertificateCommand("c-1", number, issuer, CertificateKind.PRIZE, holder, null, title,
                "PrizeAwarded", basisId, ISSUED);
    }

    static Matcher<DomainException> problem(DomainException.Kind kind, String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainException e) {
                return e.kind() == kind && e.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("DomainException " + kind + " " + code);
            }
        };
    }

    // ------------------------------------------------------------------ issue

    @Test
    void aCertificateIsIssuedUnderItsNumberWithTextsTrimmed() {
        fixture.givenNoPriorActivity()
                .when(issue("c-1", NUMBER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(issued("c-1", NUMBER));
    }

    @Test
    void issuingTheSameCertificateAgainIsANoOp() {
        fixture.given(issued("c-1", NUMBER))
                .when(issue("c-1", NUMBER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theSameIdWithOtherContentIsAConflict() {
        fixture.given(issued("c-1", NUMBER))
                .when(new IssueCertificateCommand("c-1", NUMBER, "26560", CertificateKind.TRAINING_COMPLETION,
                        "Trần Thị Bích", null, "Lớp khác", "TraineeCompleted", "class-2:x", ISSUED))
                .expectNoEvents()
                .expectException(problem(CONFLICT, "certificate-id-conflict"));
        // another number (another issuer) for the same id is a conflict too, not a second certificate
        fixture.given(issued("c-1", NUMBER))
                .when(new IssueCertificateCommand("c-1", "79-2026-000001", "79", CertificateKind.TRAINING_COMPLETION,
                        "Nguyễn Văn An", "p-000123", "Lớp tập huấn Trưởng Ban Công tác Mặt trận 2026", "TraineeCompleted",
                        "class-1:p-000123", ISSUED))
                .expectNoEvents()
                .expectException(problem(CONFLICT, "certificate-id-conflict"));
    }

    @Test
    void aNumberThatIsNotTheIssuersOfTheYearOfIssueIsRefused() {
        for (String wrong : new String[]{"79-2026-000001", "26560-2025-000001", "26560-2026-1", "26560-2026-00000A",
                "26560-2026-", null}) {
            new AggregateTestFixture<>(Certificate.class).givenNoPriorActivity()
                    .when(issue("c-1", wrong))
                    .expectNoEvents()
                    .expectException(problem(INVALID_INPUT, "invalid-certificate-number"));
        }
    }

    @Test
    void anIncompleteRequestIsRefused() {
        expectInvalid(prize("  ", "26560", NUMBER, "a-1", "Giải nhất"), "invalid-holder-name");
        expectInvalid(prize("Nguyễn\u0000An", "26560", NUMBER, "a-1", "Giải nhất"), "invalid-holder-name");
        expectInvalid(prize("x".repeat(201), "26560", NUMBER, "a-1", "Giải nhất"), "invalid-holder-name");
        expectInvalid(prize("Nguyễn Văn An", "x", "x-2026-000001", "a-1", "Giải nhất"), "invalid-issuer");
        expectInvalid(prize("Nguyễn Văn An", "26560", NUMBER, " ", "Giải nhất"), "invalid-basis");
        expectInvalid(prize("Nguyễn Văn An", "26560", NUMBER, "a-1", "x".repeat(301)), "invalid-title");
        expectInvalid(new IssueCertificateCommand("c-1", NUMBER, "26560", null, "Nguyễn Văn An", null, "Giải nhất",
                "PrizeAwarded", "a-1", ISSUED), "missing-kind");
        expectInvalid(new IssueCertificateCommand("c 1", NUMBER, "26560", CertificateKind.PRIZE, "Nguyễn Văn An", null,
                "Giải nhất", "PrizeAwarded", "a-1", ISSUED), "invalid-certificate-id");
        expectInvalid(new IssueCertificateCommand("c-1", NUMBER, "26560", CertificateKind.PRIZE, "Nguyễn Văn An", null,
                "Giải nhất", "Prize Awarded", "a-1", ISSUED), "invalid-basis");
        expectInvalid(new IssueCertificateCommand("c-1", NUMBER, "26560", CertificateKind.PRIZE, "Nguyễn Văn An",
                "p 1", "Giải nhất", "PrizeAwarded", "a-1", ISSUED), "invalid-holder-person-id");
        expectInvalid(new IssueCertificateCommand("c-1", NUMBER, "26560", CertificateKind.PRIZE, "Nguyễn Văn An", null,
                "Giải nhất", "PrizeAwarded", "a-1", null), "missing-date");
    }

    private void expectInvalid(IssueCertificateCommand command, String code) {
        new AggregateTestFixture<>(Certificate.class).givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectException(problem(INVALID_INPUT, code));
    }

    @Test
    void aResidentialAreaMayIssueAndACollectiveMayHoldOne() {
        fixture.givenNoPriorActivity()
                .when(new IssueCertificateCommand("c-9", "26560-KP01-2027-000003", "26560-KP01",
                        CertificateKind.COMMENDATION, "Ban Công tác Mặt trận khu phố Phước Trung", " ", "Khen thưởng",
                        "CommendationDecided", "QD-12", LocalDate.of(2027, 1, 5)))
                .expectEvents(new CertificateIssuedEvent("c-9", "26560-KP01-2027-000003", "26560-KP01",
                        CertificateKind.COMMENDATION, "Ban Công tác Mặt trận khu phố Phước Trung", null, "Khen thưởng",
                        "CommendationDecided", "QD-12", LocalDate.of(2027, 1, 5)));
    }

    // ------------------------------------------------------------------ revoke

    @Test
    void revocationIsAnEventNamingTheNumberAndIssuer() {
        fixture.given(issued("c-1", NUMBER))
                .when(new RevokeCertificateCommand("c-1", " Cấp nhầm người ", LocalDate.of(2026, 12, 1)))
                .expectEvents(new CertificateRevokedEvent("c-1", NUMBER, "26560", "Cấp nhầm người",
                        LocalDate.of(2026, 12, 1)));
    }

    @Test
    void revokingTwiceIsRefused() {
        fixture.given(issued("c-1", NUMBER),
                        new CertificateRevokedEvent("c-1", NUMBER, "26560", "Cấp nhầm", LocalDate.of(2026, 12, 1)))
                .when(new RevokeCertificateCommand("c-1", "Lần nữa", LocalDate.of(2026, 12, 2)))
                .expectNoEvents()
                .expectException(problem(CONFLICT, "already-revoked"));
    }

    @Test
    void aRevokedCertificateIssuedAgainStaysRevoked() {
        fixture.given(issued("c-1", NUMBER),
                        new CertificateRevokedEvent("c-1", NUMBER, "26560", "Cấp nhầm", LocalDate.of(2026, 12, 1)))
                .when(issue("c-1", NUMBER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aRevocationNeedsAReason() {
        fixture.given(issued("c-1", NUMBER))
                .when(new RevokeCertificateCommand("c-1", "  ", LocalDate.of(2026, 12, 1)))
                .expectNoEvents().expectException(problem(RULE_VIOLATION, "reason-required"));
        new AggregateTestFixture<>(Certificate.class).given(issued("c-1", NUMBER))
                .when(new RevokeCertificateCommand("c-1", "x".repeat(2001), LocalDate.of(2026, 12, 1)))
                .expectNoEvents().expectException(problem(RULE_VIOLATION, "reason-required"));
    }

    @Test
    void aRevocationNeedsADayNotBeforeTheIssue() {
        fixture.given(issued("c-1", NUMBER))
                .when(new RevokeCertificateCommand("c-1", "Sai", ISSUED.minusDays(1)))
                .expectNoEvents().expectException(problem(RULE_VIOLATION, "before-issue"));
        new AggregateTestFixture<>(Certificate.class).given(issued("c-1", NUMBER))
                .when(new RevokeCertificateCommand("c-1", "Sai", null))
                .expectNoEvents().expectException(problem(INVALID_INPUT, "missing-date"));
        new AggregateTestFixture<>(Certificate.class).given(issued("c-1", NUMBER))
                .when(new RevokeCertificateCommand("c-1", "Sai", ISSUED))
                .expectEvents(new CertificateRevokedEvent("c-1", NUMBER, "26560", "Sai", ISSUED));
    }

    @Test
    void anUnknownCertificateCannotBeRevoked() {
        fixture.givenNoPriorActivity()
                .when(new RevokeCertificateCommand("c-404", "Sai", ISSUED))
                .expectNoEvents()
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void theNumberFormat() {
        assertThat(Certificate.number("26560", 2026, 1)).isEqualTo("26560-2026-000001");
        assertThat(Certificate.number("79", 2027, 123456)).isEqualTo("79-2027-123456");
        assertThat(Certificate.number("VN", 2027, 1234567)).isEqualTo("VN-2027-1234567");
    }
}
