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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
        return new IssueCertificateCommand(id, number, "26560", CertificateKind.TRAINING_COMPLETION,
                "p-000123", " Lớp tập huấn Trưởng Ban Công tác Mặt trận 2026 ", "TraineeCompleted", "class-1:p-000123", ISSUED);
    }

    static CertificateIssuedEvent issued(String id, String number) {
        return new CertificateIssuedEvent(id, number, "26560", CertificateKind.TRAINING_COMPLETION,
                "p-000123", "Lớp tập huấn Trưởng Ban Công tác Mặt trận 2026", "TraineeCompleted", "class-1:p-000123", ISSUED);
    }

    static IssueCertificateCommand prize(String issuer, String number, String basisId, String title) {
        return new IssueCertificateCommand("c-1", number, issuer, CertificateKind.PRIZE, null, title,
                "PrizeAwarded", basisId, ISSUED);
    }

    static CertificateRequest prizeRequest(String holder) {
        return new CertificateRequest("c-1", "26560", CertificateKind.PRIZE, holder, null, "Giải nhất", "PrizeAwarded",
                "a-1", ISSUED);
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
                        null, "Lớp khác", "TraineeCompleted", "class-2:x", ISSUED))
                .expectNoEvents()
                .expectException(problem(CONFLICT, "certificate-id-conflict"));
        // another number (another issuer) for the same id is a conflict too, not a second certificate
        fixture.given(issued("c-1", NUMBER))
                .when(new IssueCertificateCommand("c-1", "79-2026-000001", "79", CertificateKind.TRAINING_COMPLETION,
                        "p-000123", "Lớp tập huấn Trưởng Ban Công tác Mặt trận 2026", "TraineeCompleted",
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
        // the holder's name never reaches the aggregate: Certificates.issue checks it on the request, before anything
        expectInvalidRequest(prizeRequest("  "), "invalid-holder-name");
        expectInvalidRequest(prizeRequest(null), "invalid-holder-name");
        expectInvalidRequest(prizeRequest("Nguyễn\u0000An"), "invalid-holder-name");
        expectInvalidRequest(prizeRequest("x".repeat(201)), "invalid-holder-name");
        Certificate.requireValid(prizeRequest(" Nguyễn Văn An "));
        expectInvalid(prize("x", "x-2026-000001", "a-1", "Giải nhất"), "invalid-issuer");
        expectInvalid(prize("26560", NUMBER, " ", "Giải nhất"), "invalid-basis");
        expectInvalid(prize("26560", NUMBER, "a-1", "x".repeat(301)), "invalid-title");
        expectInvalid(new IssueCertificateCommand("c-1", NUMBER, "26560", null, null, "Giải nhất",
                "PrizeAwarded", "a-1", ISSUED), "missing-kind");
        expectInvalid(new IssueCertificateCommand("c 1", NUMBER, "26560", CertificateKind.PRIZE, null,
                "Giải nhất", "PrizeAwarded", "a-1", ISSUED), "invalid-certificate-id");
        expectInvalid(new IssueCertificateCommand("c-1", NUMBER, "26560", CertificateKind.PRIZE, null,
                "Giải nhất", "Prize Awarded", "a-1", ISSUED), "invalid-basis");
        expectInvalid(new IssueCertificateCommand("c-1", NUMBER, "26560", CertificateKind.PRIZE,
                "p 1", "Giải nhất", "PrizeAwarded", "a-1", ISSUED), "invalid-holder-person-id");
        expectInvalid(new IssueCertificateCommand("c-1", NUMBER, "26560", CertificateKind.PRIZE, null,
                "Giải nhất", "PrizeAwarded", "a-1", null), "missing-date");
        // the request is checked for everything the command carries too
        expectInvalidRequest(new CertificateRequest("c 1", "26560", CertificateKind.PRIZE, "Nguyễn Văn An", null,
                "Giải nhất", "PrizeAwarded", "a-1", ISSUED), "invalid-certificate-id");
        expectInvalidRequest(new CertificateRequest("c-1", "26560", CertificateKind.PRIZE, "Nguyễn Văn An", null,
                "Giải nhất", "PrizeAwarded", "a-1", null), "missing-date");
    }

    private static void expectInvalidRequest(CertificateRequest request, String code) {
        assertThatThrownBy(() -> Certificate.requireValid(request)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind() + " " + e.code()).isEqualTo(INVALID_INPUT + " " + code));
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
                        CertificateKind.COMMENDATION, " ", "Khen thưởng", "CommendationDecided", "QD-12",
                        LocalDate.of(2027, 1, 5)))
                .expectEvents(new CertificateIssuedEvent("c-9", "26560-KP01-2027-000003", "26560-KP01",
                        CertificateKind.COMMENDATION, null, "Khen thưởng", "CommendationDecided", "QD-12",
                        LocalDate.of(2027, 1, 5)));
        // a collective's name is a valid holder's name
        Certificate.requireValid(new CertificateRequest("c-9", "26560-KP01", CertificateKind.COMMENDATION,
                "Ban Công tác Mặt trận khu phố Phước Trung", " ", "Khen thưởng", "CommendationDecided", "QD-12",
                LocalDate.of(2027, 1, 5)));
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

    // ------------------------------------------------------------------ personal data

    @Test
    void theIssuedEventNamesTheHolderOnlyByPersonIdInSchema2() {
        assertThat(java.util.Arrays.stream(CertificateIssuedEvent.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName))
                .contains("holderPersonId").doesNotContain("holderName");
        assertThat(java.util.Arrays.stream(IssueCertificateCommand.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName)).doesNotContain("holderName");
        assertThat(vn.doanket.events.EventTypes.schemaVersionOf(CertificateIssuedEvent.class)).isEqualTo(2);
        // requests and views do not put the name in a log
        CertificateRequest request = prizeRequest("Nguyễn Văn An");
        assertThat(request.toString()).contains("c-1").doesNotContain("Nguyễn").doesNotContain("Văn An");
        CertificateView view = new CertificateView("c-1", NUMBER, "26560", CertificateKind.PRIZE, "Nguyễn Văn An", null,
                "Giải nhất", "PrizeAwarded", "a-1", ISSUED, null, null);
        assertThat(view.toString()).contains(NUMBER).doesNotContain("Nguyễn").doesNotContain("Văn An");
    }

    @Test
    void anIssuedEventStoredWithTheHoldersNameIsReadWithoutIt() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = vn.doanket.events.EnvelopeCodec.mapper();
        com.fasterxml.jackson.databind.JsonNode v1 = json.readTree("{\"certificateId\":\"c-1\",\"number\":\"" + NUMBER
                + "\",\"issuerUnitCode\":\"26560\",\"kind\":\"TRAINING_COMPLETION\",\"holderName\":\"Nguyễn Văn An\","
                + "\"holderPersonId\":\"p-000123\",\"title\":\"Lớp tập huấn Trưởng Ban Công tác Mặt trận 2026\","
                + "\"basisType\":\"TraineeCompleted\",\"basisId\":\"class-1:p-000123\",\"issuedOn\":\"2026-11-20\"}");
        com.fasterxml.jackson.databind.JsonNode upcast = CertificateEventUpcasters.IssuedV2.dropHolderName(v1.deepCopy());
        assertThat(upcast.has("holderName")).isFalse();
        assertThat(upcast.toString()).doesNotContain("Nguyễn");
        assertThat(json.treeToValue(upcast, CertificateIssuedEvent.class)).isEqualTo(issued("c-1", NUMBER));
        // a reader that refuses unknown fields reads the upcast form, not the stored one
        com.fasterxml.jackson.databind.ObjectMapper strict = json.copy()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        assertThat(strict.treeToValue(upcast, CertificateIssuedEvent.class)).isEqualTo(issued("c-1", NUMBER));
        assertThatThrownBy(() -> strict.treeToValue(v1, CertificateIssuedEvent.class))
                .hasMessageContaining("holderName");
        // an event of schema 2 passes unchanged
        com.fasterxml.jackson.databind.JsonNode v2 = json.valueToTree(issued("c-1", NUMBER));
        assertThat(CertificateEventUpcasters.IssuedV2.dropHolderName(v2.deepCopy())).isEqualTo(v2);
        // and the aggregate, given that event, takes the same issue as a no-op (the name is compared elsewhere)
        fixture.given(json.treeToValue(upcast, CertificateIssuedEvent.class))
                .when(issue("c-1", NUMBER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theNumberFormat() {
        assertThat(Certificate.number("26560", 2026, 1)).isEqualTo("26560-2026-000001");
        assertThat(Certificate.number("79", 2027, 123456)).isEqualTo("79-2027-123456");
        assertThat(Certificate.number("VN", 2027, 1234567)).isEqualTo("VN-2027-1234567");
    }
}
