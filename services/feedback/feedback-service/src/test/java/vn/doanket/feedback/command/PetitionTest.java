package vn.doanket.feedback.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.doanket.calendar.WorkingCalendar;
import vn.doanket.events.error.DomainException;
import vn.doanket.feedback.api.*;
import vn.doanket.feedback.command.FeedbackProperties;
import vn.doanket.territory.Territory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Given-when-then for every command, transition and rejection of the petition aggregate. */
class PetitionTest {

    static final String ID = "PA-26560-TEST0001";
    static final String AREA = "26560-KP01";
    static final LocalDate DAY = LocalDate.of(2027, 1, 29); // a Friday, the week before Tết Đinh Mùi (6 Feb 2027)
    static final ResponsibleBody BODY = new ResponsibleBody("26560:PEOPLES_COMMITTEE",
            ResponsibleBodyKind.PEOPLES_COMMITTEE, "Ủy ban nhân dân Phường Bà Rịa", "26560");
    static final WorkingCalendar CALENDAR = WorkingCalendar.official();

    static Territory territory;
    static FeedbackRules rules;

    FixtureConfiguration<Petition> fixture;

    @BeforeAll
    static void loadTerritory() {
        // the service's clock stands at 09:00 on DAY: facts of DAY are recorded on time
        territory = Territory.loadOfficial(Clock.fixed(DAY.atTime(9, 0).atZone(Territory.ZONE).toInstant(), Territory.ZONE));
        rules = new FeedbackRules(new FeedbackProperties(), territory, CALENDAR);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Petition.class);
        fixture.registerInjectableResource(rules);
    }

    // ------------------------------------------------------------------ fixtures

    /** A fixture whose service clock stands at 09:00 on {@code today}. */
    FixtureConfiguration<Petition> fixtureOn(LocalDate today) {
        Territory moved = Territory.loadOfficial(Clock.fixed(today.atTime(9, 0).atZone(Territory.ZONE).toInstant(),
                Territory.ZONE));
        FixtureConfiguration<Petition> other = new AggregateTestFixture<>(Petition.class);
        other.registerInjectableResource(new FeedbackRules(new FeedbackProperties(), moved, CALENDAR));
        return other;
    }

    static ReceivePetitionCommand receive(boolean anonymous, PetitionerIdentity petitioner) {
        return new ReceivePetitionCommand(ID, AREA, Channel.DIRECT_VISIT, "LAND", "Lấn chiếm lối đi",
                "Đề nghị xử lý lấn chiếm lối đi chung", anonymous, petitioner, "u-can-bo-ba-ria", DAY, List.of(), null,
                null, "26560");
    }

    static PetitionReceivedEvent received() {
        return new PetitionReceivedEvent(ID, AREA, Channel.DIRECT_VISIT, "LAND", "Lấn chiếm lối đi",
                "Đề nghị xử lý lấn chiếm lối đi chung", false, true, "u-can-bo-ba-ria", DAY, List.of(), null, null, "26560",
                DAY, false, HandlingLevel.COMMUNE, "26560");
    }

    static PetitionClassifiedEvent classified() {
        return new PetitionClassifiedEvent(ID, AREA, "LAND", "LAND", HandlingLevel.COMMUNE, "u-xu-ly-don-ba-ria", null, "26560",
                "26560");
    }

    static final int LAND_COMMUNE_DAYS = 30;
    static final LocalDate DEADLINE = CALENDAR.addWorkingDays(DAY, LAND_COMMUNE_DAYS);

    static PetitionForwardedEvent forwarded() {
        return new PetitionForwardedEvent(ID, AREA, BODY, DAY, LAND_COMMUNE_DAYS, DEADLINE, HandlingLevel.COMMUNE,
                "26560", null, "26560", DAY, false);
    }

    static PetitionAnsweredEvent answered() {
        return new PetitionAnsweredEvent(ID, AREA, BODY.bodyId(), DAY.plusDays(10), "Đã xử lý", "45/UBND", "26560");
    }

    static AnswerCommunicatedEvent communicated() {
        return new AnswerCommunicatedEvent(ID, AREA, CommunicationMethod.LETTER, DAY.plusDays(11), "26560");
    }

    static PetitionClosedEvent closed(boolean satisfied) {
        return new PetitionClosedEvent(ID, AREA, satisfied, DAY.plusDays(12), satisfied ? null : "Chưa thỏa đáng", "26560");
    }

    static org.hamcrest.Matcher<DomainException> problem(DomainException.Kind kind, String code) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainException e) {
                return e.kind() == kind && e.code().equals(code);
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("DomainException " + kind + " " + code);
            }
        };
    }

    // ------------------------------------------------------------------ intake

    @Test
    void receivingRecordsThePetitionWithoutIdentityInTheEventAndKeepsTheIdentityApart() {
        PetitionerIdentity petitioner = new PetitionerIdentity("Nguyễn Văn An", "0912345678", null, null, null);
        fixture.givenNoPriorActivity().when(receive(false, petitioner)).expectSuccessfulHandlerExecution()
                .expectEvents(received());
        // the identity stays in the command: the aggregate writes no database (PetitionService registers it)
        assertThat(received().hasPetitioner()).isTrue();
    }

    @Test
    void anAnonymousPetitionHasNoPetitioner() {
        fixture.givenNoPriorActivity().when(receive(true, null)).expectEvents(new PetitionReceivedEvent(ID, AREA,
                Channel.DIRECT_VISIT, "LAND", "Lấn chiếm lối đi", "Đề nghị xử lý lấn chiếm lối đi chung", true, false,
                "u-can-bo-ba-ria", DAY, List.of(), null, null, "26560", DAY, false, HandlingLevel.COMMUNE, "26560"));
    }

    @Test
    void aConferenceOpinionKeepsItsProvenance() {
        ConferenceProvenance conference = new ConferenceProvenance("HN-1", "Tiếp xúc cử tri", DAY.minusDays(1), "26560", "YK-1");
        fixture.givenNoPriorActivity().when(new ReceivePetitionCommand(ID, "26560", Channel.CONFERENCE_OPINION, null,
                        "Đèn đường", "Lắp đèn đường", false, null, "u-can-bo-ba-ria", DAY, null, conference, null, "26560"))
                .expectEvents(new PetitionReceivedEvent(ID, "26560", Channel.CONFERENCE_OPINION, "OTHER", "Đèn đường",
                        "Lắp đèn đường", false, false, "u-can-bo-ba-ria", DAY, List.of(), conference, null, "26560", DAY, false,
                        HandlingLevel.COMMUNE, "26560"));
    }

    static final PetitionProvenance OPINION = PetitionProvenance.conference("HN-26560-2027-01", "YK-07", "DB-03");

    static ReceivePetitionCommand fromConference(PetitionProvenance provenance, Channel channel) {
        return new ReceivePetitionCommand(ID, AREA, channel, "INFRASTRUCTURE", "Đèn đường hỏng",
                "Đề nghị sửa đèn đường ở hẻm 12", false, null, "u-can-bo-ba-ria", DAY, List.of(), null, null, "26560",
                provenance);
    }

    @Test
    void anOpinionFromADialogueConferenceIsReceivedWithItsProvenance() {
        fixture.givenNoPriorActivity().when(fromConference(OPINION, Channel.CONFERENCE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PetitionReceivedEvent(ID, AREA, Channel.CONFERENCE, "INFRASTRUCTURE", "Đèn đường hỏng",
                        "Đề nghị sửa đèn đường ở hẻm 12", false, false, "u-can-bo-ba-ria", DAY, List.of(), null, null,
                        "26560", DAY, false, HandlingLevel.COMMUNE, "26560", OPINION));
    }

    @Test
    void theConferenceChannelAndAProvenanceGoTogether() {
        expectRejected(fromConference(null, Channel.CONFERENCE), DomainException.Kind.RULE_VIOLATION,
                "provenance-required");
        expectRejected(fromConference(OPINION, Channel.DIRECT_VISIT), DomainException.Kind.RULE_VIOLATION,
                "provenance-required");
        expectRejected(fromConference(new PetitionProvenance("email", "HN-1", "YK-1", "DB-1"), Channel.CONFERENCE),
                DomainException.Kind.INVALID_INPUT, "invalid-provenance");
        expectRejected(fromConference(PetitionProvenance.conference("HN-1", " ", "DB-1"), Channel.CONFERENCE),
                DomainException.Kind.INVALID_INPUT, "invalid-provenance");
        expectRejected(fromConference(PetitionProvenance.conference("HN-1", "YK-1", null), Channel.CONFERENCE),
                DomainException.Kind.INVALID_INPUT, "invalid-provenance");
        expectRejected(fromConference(PetitionProvenance.conference("x".repeat(129), "YK-1", "DB-1"), Channel.CONFERENCE),
                DomainException.Kind.INVALID_INPUT, "invalid-provenance");
    }

    @Test
    void aConferencePetitionReceivedTwiceIsRefusedByItsOwnStream() {
        // the consumer's deterministic id: a second receipt of the same opinion cannot create a second petition
        fixture.given(new PetitionReceivedEvent(ID, AREA, Channel.CONFERENCE, "INFRASTRUCTURE", "Đèn đường hỏng",
                        "Đề nghị sửa đèn đường ở hẻm 12", false, false, "u-can-bo-ba-ria", DAY, List.of(), null, null,
                        "26560", DAY, false, HandlingLevel.COMMUNE, "26560", OPINION))
                .when(fromConference(OPINION, Channel.CONFERENCE))
                .expectNoEvents()
                .expectException(org.axonframework.eventsourcing.eventstore.EventStoreException.class);
    }

    @Test
    void thePartsOfASplitConferencePetitionKeepItsProvenance() {
        fixture.given(new PetitionReceivedEvent(ID, AREA, Channel.CONFERENCE, "INFRASTRUCTURE", "Đèn đường hỏng",
                        "Đề nghị sửa đèn đường ở hẻm 12", false, false, "u-can-bo-ba-ria", DAY, List.of(), null, null,
                        "26560", DAY, false, HandlingLevel.COMMUNE, "26560", OPINION))
                .when(new SplitPetitionCommand(ID, List.of("PA-A", "PA-B"), DAY, "Hai nội dung", "26560"))
                .expectResultMessagePayload(new Petition.SplitOriginal(Channel.CONFERENCE, "INFRASTRUCTURE", false, null,
                        OPINION));
    }

    @Test
    void intakeRejections() {
        PetitionerIdentity someone = new PetitionerIdentity("Trần Thị B", null, null, null, null);
        fixture.givenNoPriorActivity().when(receive(true, someone))
                .expectNoEvents().expectException(problem(DomainException.Kind.RULE_VIOLATION, "anonymous-with-identity"));
        expectRejected(new ReceivePetitionCommand(ID, "99999", Channel.PHONE, null, "a", "b", true, null, null, DAY,
                null, null, null, "VN"), DomainException.Kind.RULE_VIOLATION, "unknown-unit");
        // a commune the 2025 reform merged: refused with what it became
        expectRejected(new ReceivePetitionCommand(ID, "26548", Channel.PHONE, null, "a", "b", true, null, null, DAY,
                null, null, null, "VN"), DomainException.Kind.RULE_VIOLATION, "unit-closed");
        assertThatThrownBy(() -> rules.requireUnit("26548", DAY)).hasMessageContaining("26560 (Phường Bà Rịa)");
        assertThat(rules.requireUnit("26548", java.time.LocalDate.of(2025, 6, 30))).as("received before the reform")
                .isEqualTo("26548");
        expectRejected(new ReceivePetitionCommand(ID, AREA, Channel.PHONE, "WEATHER", "a", "b", true, null, null, DAY,
                null, null, null, "VN"), DomainException.Kind.RULE_VIOLATION, "unknown-topic");
        expectRejected(new ReceivePetitionCommand(ID, AREA, null, null, "a", "b", true, null, null, DAY,
                null, null, null, "VN"), DomainException.Kind.INVALID_INPUT, "missing-channel");
        expectRejected(new ReceivePetitionCommand(ID, AREA, Channel.PHONE, null, " ", "b", true, null, null, DAY,
                null, null, null, "VN"), DomainException.Kind.INVALID_INPUT, "invalid-subject");
        expectRejected(new ReceivePetitionCommand(ID, AREA, Channel.PHONE, null, "a", "", true, null, null, DAY,
                null, null, null, "VN"), DomainException.Kind.INVALID_INPUT, "invalid-content");
        expectRejected(new ReceivePetitionCommand(ID, AREA, Channel.CONFERENCE_OPINION, null, "a", "b", true, null,
                null, DAY, null, null, null, "VN"), DomainException.Kind.RULE_VIOLATION, "conference-provenance");
        expectRejected(new ReceivePetitionCommand(ID, AREA, Channel.PHONE, null, "a", "b", false,
                new PetitionerIdentity(" ", null, null, null, null), null, DAY, null, null, null, "VN"),
                DomainException.Kind.INVALID_INPUT, "invalid-petitioner");
        expectRejected(new ReceivePetitionCommand(ID, AREA, Channel.PHONE, null, "a", "b", true, null, null, DAY,
                List.of(new Attachment("", "x", -1, null)), null, null, "VN"), DomainException.Kind.INVALID_INPUT,
                "invalid-attachments");
        expectRejected(new ReceivePetitionCommand("bad id!", AREA, Channel.PHONE, null, "a", "b", true, null, null, DAY,
                null, null, null, "VN"), DomainException.Kind.INVALID_INPUT, "invalid-petition-id");
    }

    private void expectRejected(Object command, DomainException.Kind kind, String code) {
        fixture.givenNoPriorActivity().when(command).expectNoEvents()
                .expectException(problem(kind, code));
    }

    // ------------------------------------------------------------------ lifecycle

    @Test
    void classifySetsTopicLevelAndHandlerAndMayBeCorrected() {
        fixture.given(received()).when(new ClassifyPetitionCommand(ID, "LAND", null, "u-xu-ly-don-ba-ria", null, "26560"))
                .expectEvents(classified());
        fixture.given(received(), classified())
                .when(new ClassifyPetitionCommand(ID, "ENVIRONMENT", HandlingLevel.PROVINCE, null, "Cấp tỉnh", "79"))
                .expectEvents(new PetitionClassifiedEvent(ID, AREA, "ENVIRONMENT", "LAND", HandlingLevel.PROVINCE, null,
                        "Cấp tỉnh", "79", "79"));
    }

    @Test
    void classifyRejections() {
        fixture.given(received()).when(new ClassifyPetitionCommand(ID, "NOPE", null, null, null, "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.RULE_VIOLATION, "unknown-topic"));
        fixture.given(received(), classified(), forwarded())
                .when(new ClassifyPetitionCommand(ID, "LAND", null, null, null, "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.CONFLICT, "invalid-transition"));
    }

    @Test
    void forwardComputesTheDeadlineInWorkingDaysOverTet() {
        fixture.given(received(), classified()).when(new ForwardPetitionCommand(ID, BODY, null, DAY, null, "26560"))
                .expectEvents(forwarded());
        // 30 working days from 29 Jan 2027 cross Tết (about a week off): well beyond 30 weekdays
        assertThat(DEADLINE).isAfter(DAY.plusWeeks(6));
        fixture.given(received(), classified()).when(new ForwardPetitionCommand(ID, BODY, 5, DAY, "gấp", "26560"))
                .expectEvents(new PetitionForwardedEvent(ID, AREA, BODY, DAY, 5, CALENDAR.addWorkingDays(DAY, 5),
                        HandlingLevel.COMMUNE, "26560", "gấp", "26560", DAY, false));
    }

    @Test
    void forwardRejections() {
        fixture.given(received()).when(new ForwardPetitionCommand(ID, BODY, null, DAY, null, "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.CONFLICT, "invalid-transition"));
        fixture.given(received(), classified()).when(new ForwardPetitionCommand(ID, BODY, 0, DAY, null, "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.RULE_VIOLATION, "invalid-working-days"));
        fixture.given(received(), classified()).when(new ForwardPetitionCommand(ID, BODY, null, DAY.minusDays(1), null, "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.RULE_VIOLATION, "before-receipt"));
        fixture.given(received(), classified()).when(new ForwardPetitionCommand(ID, null, null, DAY, null, "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.INVALID_INPUT, "invalid-body"));
    }

    @Test
    void answerCommunicateClose() {
        fixtureOn(DAY.plusDays(10)).given(received(), classified(), forwarded())
                .when(new AnswerPetitionCommand(ID, DAY.plusDays(10), "Đã xử lý", "45/UBND", "26560"))
                .expectEvents(answered());
        // an answer dated after today is refused by the aggregate (no longer by the controller)
        fixture.given(received(), classified(), forwarded())
                .when(new AnswerPetitionCommand(ID, DAY.plusDays(1), "Đã xử lý", "45/UBND", "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.RULE_VIOLATION, "date-in-future"));
        fixture.given(received(), classified(), forwarded(), answered())
                .when(new CommunicateAnswerCommand(ID, CommunicationMethod.LETTER, DAY.plusDays(11), "26560"))
                .expectEvents(communicated());
        fixture.given(received(), classified(), forwarded(), answered(), communicated())
                .when(new ClosePetitionCommand(ID, true, DAY.plusDays(12), null, "26560"))
                .expectEvents(closed(true));
        fixture.given(received(), classified(), forwarded(), answered(), communicated())
                .when(new ClosePetitionCommand(ID, false, DAY.plusDays(12), "Chưa thỏa đáng", "26560"))
                .expectEvents(closed(false));
    }

    @Test
    void answerCommunicateCloseRejections() {
        fixture.given(received(), classified())
                .when(new AnswerPetitionCommand(ID, DAY, "x", null, "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.CONFLICT, "invalid-transition"));
        fixture.given(received(), classified(), forwarded())
                .when(new AnswerPetitionCommand(ID, DAY, " ", null, "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.INVALID_INPUT, "invalid-answer"));
        fixture.given(received(), classified(), forwarded())
                .when(new CommunicateAnswerCommand(ID, CommunicationMethod.PHONE, DAY, "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.CONFLICT, "invalid-transition"));
        fixture.given(received(), classified(), forwarded(), answered())
                .when(new CommunicateAnswerCommand(ID, null, DAY, "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.INVALID_INPUT, "missing-method"));
        fixture.given(received(), classified(), forwarded(), answered())
                .when(new ClosePetitionCommand(ID, true, DAY, null, "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.CONFLICT, "invalid-transition"));
        fixture.given(received(), classified(), forwarded(), answered(), communicated())
                .when(new ClosePetitionCommand(ID, false, DAY, " ", "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.RULE_VIOLATION, "reason-required"));
    }

    @Test
    void reopenAClosedPetitionAndForwardItAgain() {
        PetitionReopenedEvent reopened = new PetitionReopenedEvent(ID, AREA, DAY.plusDays(20), "Chưa thực hiện", "26560");
        fixture.given(received(), classified(), forwarded(), answered(), communicated(), closed(false))
                .when(new ReopenPetitionCommand(ID, DAY.plusDays(20), "Chưa thực hiện", "26560"))
                .expectEvents(reopened);
        fixtureOn(DAY.plusDays(20)).given(received(), classified(), forwarded(), answered(), communicated(), closed(false), reopened)
                .when(new ForwardPetitionCommand(ID, BODY, 10, DAY.plusDays(20), null, "26560"))
                .expectSuccessfulHandlerExecution();
        fixture.given(received(), classified()).when(new ReopenPetitionCommand(ID, DAY, "x", "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.CONFLICT, "invalid-transition"));
        fixture.given(received(), classified(), forwarded(), answered(), communicated(), closed(true))
                .when(new ReopenPetitionCommand(ID, DAY, "", "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.RULE_VIOLATION, "reason-required"));
    }

    @Test
    void withdrawAnOpenPetitionButNotAFinishedOne() {
        PetitionWithdrawnEvent withdrawn = new PetitionWithdrawnEvent(ID, AREA, DAY, "Tự hòa giải", "26560");
        fixture.given(received(), classified(), forwarded()).when(new WithdrawPetitionCommand(ID, DAY, "Tự hòa giải", "26560"))
                .expectEvents(withdrawn);
        fixture.given(received(), withdrawn).when(new WithdrawPetitionCommand(ID, DAY, "lần nữa", "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.CONFLICT, "invalid-transition"));
        fixture.given(received(), classified(), forwarded(), answered(), communicated(), closed(true))
                .when(new WithdrawPetitionCommand(ID, DAY, "muộn", "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.CONFLICT, "invalid-transition"));
        fixture.given(received()).when(new WithdrawPetitionCommand(ID, DAY, null, "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.RULE_VIOLATION, "reason-required"));
    }

    @Test
    void mergeDuplicatesIntoASurvivor() {
        fixture.given(received()).when(new MergePetitionsCommand(ID, List.of("PA-2", "PA-3"), DAY, "Trùng", "26560"))
                .expectEvents(new PetitionsMergedEvent(ID, AREA, List.of("PA-2", "PA-3"), DAY, "Trùng", "26560"));
        fixture.given(received()).when(new MergePetitionIntoCommand(ID, "PA-9", DAY, "Trùng", "26560"))
                .expectEvents(new PetitionMergedIntoEvent(ID, AREA, "PA-9", DAY, "Trùng", "26560"));
        // a merged duplicate is finished: it cannot be merged, forwarded or withdrawn again
        PetitionMergedIntoEvent merged = new PetitionMergedIntoEvent(ID, AREA, "PA-9", DAY, "Trùng", "26560");
        fixture.given(received(), merged).when(new MergePetitionIntoCommand(ID, "PA-8", DAY, "Trùng", "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.CONFLICT, "invalid-transition"));
        fixture.given(received(), merged).when(new MergePetitionsCommand(ID, List.of("PA-2"), DAY, "Trùng", "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.CONFLICT, "invalid-transition"));
    }

    @Test
    void mergeRejections() {
        fixture.given(received()).when(new MergePetitionsCommand(ID, List.of(ID), DAY, "Trùng", "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.RULE_VIOLATION, "merge-into-itself"));
        fixture.given(received()).when(new MergePetitionsCommand(ID, List.of(), DAY, "Trùng", "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.INVALID_INPUT, "invalid-duplicates"));
        fixture.given(received()).when(new MergePetitionIntoCommand(ID, ID, DAY, "Trùng", "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.RULE_VIOLATION, "merge-into-itself"));
        fixture.given(received(), classified(), forwarded(), answered())
                .when(new MergePetitionIntoCommand(ID, "PA-9", DAY, "Trùng", "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.CONFLICT, "invalid-transition"));
    }

    @Test
    void splitIntoParts() {
        fixture.given(received(), classified()).when(new SplitPetitionCommand(ID, List.of("PA-A", "PA-B"), DAY, "Hai nội dung", "26560"))
                .expectEvents(new PetitionSplitEvent(ID, AREA, List.of("PA-A", "PA-B"), DAY, "Hai nội dung", "26560"));
        fixture.given(received()).when(new SplitPetitionCommand(ID, List.of("PA-A"), DAY, "x", "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.RULE_VIOLATION, "too-few-parts"));
        fixture.given(received()).when(new SplitPetitionCommand(ID, List.of("PA-A", ID), DAY, "x", "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.RULE_VIOLATION, "split-into-itself"));
        fixture.given(received(), classified(), forwarded())
                .when(new SplitPetitionCommand(ID, List.of("PA-A", "PA-B"), DAY, "x", "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.CONFLICT, "invalid-transition"));
        // a part names its original
        fixture.givenNoPriorActivity().when(new ReceivePetitionCommand("PA-A", AREA, Channel.DIRECT_VISIT, "LAND", "a", "b",
                        false, null, null, DAY, null, null, ID, "26560"))
                .expectEvents(new PetitionReceivedEvent("PA-A", AREA, Channel.DIRECT_VISIT, "LAND", "a", "b", false, false,
                        null, DAY, List.of(), null, ID, "26560", DAY, false, HandlingLevel.COMMUNE, "26560"));
    }

    @Test
    void anOverduePetitionEscalatesFromCommuneToProvinceOnceForItsDeadline() {
        LocalDate today = DEADLINE.plusDays(1);
        int provinceDays = 45;
        PetitionEscalatedEvent escalated = new PetitionEscalatedEvent(ID, AREA, HandlingLevel.COMMUNE, "26560",
                HandlingLevel.PROVINCE, "79", EscalationReason.OVERDUE, DEADLINE, today, provinceDays,
                CALENDAR.addWorkingDays(today, provinceDays), "VN");
        fixture.given(received(), classified(), forwarded()).when(new EscalatePetitionCommand(ID, DEADLINE, today, "VN"))
                .expectEvents(escalated);
        fixture.given(received(), classified(), forwarded(), escalated)
                .when(new EscalatePetitionCommand(ID, DEADLINE, today.plusDays(1), "VN"))
                .expectNoEvents().expectException(problem(DomainException.Kind.CONFLICT, "already-escalated"));
        // the province's own deadline passes too: national level
        LocalDate later = escalated.newDeadline().plusDays(1);
        fixture.given(received(), classified(), forwarded(), escalated)
                .when(new EscalatePetitionCommand(ID, escalated.newDeadline(), later, "VN"))
                .expectEvents(new PetitionEscalatedEvent(ID, AREA, HandlingLevel.PROVINCE, "79", HandlingLevel.NATIONAL,
                        "VN", EscalationReason.OVERDUE, escalated.newDeadline(), later, 60,
                        CALENDAR.addWorkingDays(later, 60), "VN"));
    }

    // ------------------------------------------------------------------ replay after a reorganisation

    /** Effective 1 March 2027 (illustrative): Phường Bà Rịa (26560) becomes a new ward of Đồng Nai (75). */
    static final LocalDate REORGANISED = LocalDate.of(2027, 3, 1);
    static final vn.doanket.territory.Reorganisation INTO_DONG_NAI = new vn.doanket.territory.Reorganisation(
            REORGANISED, "Nghị quyết thử nghiệm", List.of(new vn.doanket.territory.Reorganisation.UnitSpec("26999",
            vn.doanket.territory.Level.COMMUNE, "Phường Thử Nghiệm", "Thử Nghiệm", "Thu Nghiem", "Phường", "ward", "75")),
            List.of(new vn.doanket.territory.Reorganisation.Transfer("26560", "26999", false)));

    @Test
    void aPetitionReplayedAfterAReorganisationKeepsItsLevelAndHandlingUnit() {
        // recorded before the reorganisation: classified at province level, handled by Hồ Chí Minh City (79)
        MutableClock clock = new MutableClock(DAY.atTime(9, 0).atZone(Territory.ZONE).toInstant(), Territory.ZONE);
        Territory map = Territory.loadOfficial(clock);
        FeedbackRules rulesOfTheDay = new FeedbackRules(new FeedbackProperties(), map, CALENDAR);
        FixtureConfiguration<Petition> before = new AggregateTestFixture<>(Petition.class);
        before.registerInjectableResource(rulesOfTheDay);
        PetitionClassifiedEvent toProvince = new PetitionClassifiedEvent(ID, AREA, "LAND", "LAND", HandlingLevel.PROVINCE,
                null, null, "26560", "79");
        before.given(received()).when(new ClassifyPetitionCommand(ID, "LAND", HandlingLevel.PROVINCE, null, null, "26560"))
                .expectEvents(toProvince);

        // the reorganisation is recorded afterwards, and takes effect: today's map now puts the ward under 75
        map.addReorganisation(INTO_DONG_NAI);
        clock.setDay(REORGANISED.plusDays(1));
        assertThat(rulesOfTheDay.handlingUnit(AREA, HandlingLevel.PROVINCE, DAY)).as("today's map changed").isEqualTo("75");

        // replayed now, the petition has the level and unit it was given, and a reclassification keeps them
        FixtureConfiguration<Petition> after = new AggregateTestFixture<>(Petition.class);
        after.registerInjectableResource(rulesOfTheDay);
        after.given(received(), toProvince)
                .when(new ClassifyPetitionCommand(ID, "ENVIRONMENT", null, null, "Đổi lĩnh vực", "26560"))
                .expectEvents(new PetitionClassifiedEvent(ID, AREA, "ENVIRONMENT", "LAND", HandlingLevel.PROVINCE, null,
                        "Đổi lĩnh vực", "26560", "79"))
                .expectState(petition -> {
                    assertThat(petition.level()).isEqualTo(HandlingLevel.PROVINCE);
                    assertThat(petition.handlingUnit()).isEqualTo("79");
                });
        // and the upcast of that classification stored without its unit gives the same: the map of its own day
        com.fasterxml.jackson.databind.node.ObjectNode stored = vn.doanket.events.EnvelopeCodec.mapper()
                .valueToTree(new PetitionClassifiedEvent(ID, AREA, "LAND", "LAND", HandlingLevel.PROVINCE, null, null,
                        "26560"));
        stored.remove("handlingUnit");
        assertThat(new PetitionEventUpcasters.ClassifiedV2(rulesOfTheDay).fill(stored, DAY).get("handlingUnit").asText())
                .isEqualTo("79");
        assertThat(new PetitionEventUpcasters.ClassifiedV2(rulesOfTheDay).fill(stored.deepCopy().without("handlingUnit"),
                REORGANISED.plusDays(1)).get("handlingUnit").asText()).as("one stored after it").isEqualTo("75");
    }

    @Test
    void escalationRejections() {
        fixture.given(received(), classified(), forwarded()).when(new EscalatePetitionCommand(ID, DEADLINE, DEADLINE, "VN"))
                .expectNoEvents().expectException(problem(DomainException.Kind.RULE_VIOLATION, "not-overdue"));
        fixture.given(received(), classified(), forwarded()).when(new EscalatePetitionCommand(ID, DAY, DEADLINE.plusDays(1), "VN"))
                .expectNoEvents().expectException(problem(DomainException.Kind.CONFLICT, "deadline-changed"));
        fixture.given(received(), classified(), forwarded(), answered())
                .when(new EscalatePetitionCommand(ID, DEADLINE, DEADLINE.plusDays(1), "VN"))
                .expectNoEvents().expectException(problem(DomainException.Kind.CONFLICT, "invalid-transition"));
        PetitionClassifiedEvent national = new PetitionClassifiedEvent(ID, AREA, "LAND", "LAND", HandlingLevel.NATIONAL, null, null, "VN", "VN");
        PetitionForwardedEvent nationalForward = new PetitionForwardedEvent(ID, AREA, BODY, DAY, 60, DEADLINE,
                HandlingLevel.NATIONAL, "VN", null, "VN");
        fixture.given(received(), national, nationalForward)
                .when(new EscalatePetitionCommand(ID, DEADLINE, DEADLINE.plusDays(1), "VN"))
                .expectNoEvents().expectException(problem(DomainException.Kind.RULE_VIOLATION, "no-level-above"));
    }
}
