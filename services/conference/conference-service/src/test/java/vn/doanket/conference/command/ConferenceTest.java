package vn.doanket.conference.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.doanket.conference.api.*;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.error.DomainException;
import vn.doanket.territory.Territory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Given-when-then for the conference aggregate: every command, transition and rejection. */
class ConferenceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final String ID = "doi-thoai-1";
    static final LocalDateTime STARTS = LocalDateTime.of(2026, 11, 18, 8, 0);
    static final LocalDate HELD = STARTS.toLocalDate();

    static ConferenceRules rules;

    FixtureConfiguration<Conference> fixture;

    @BeforeAll
    static void loadTerritory() {
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(Territory.ZONE).toInstant(), Territory.ZONE);
        rules = new ConferenceRules(Territory.loadOfficial(clock), clock);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Conference.class);
        fixture.registerInjectableResource(rules);
    }

    // ------------------------------------------------------------------ fixtures

    static PlanConferenceCommand plan(ConferenceKind kind, String unit) {
        return new PlanConferenceCommand(ID, kind, unit, "Hội nghị đối thoại quý IV", STARTS, STARTS.plusHours(3),
                "Hội trường phường", List.of("Khai mạc", "Đối thoại", "Kết luận"));
    }

    static ConferencePlannedEvent planned(ConferenceKind kind, String unit) {
        return new ConferencePlannedEvent(ID, kind, unit, "Hội nghị đối thoại quý IV", STARTS, STARTS.plusHours(3),
                "Hội trường phường", List.of("Khai mạc", "Đối thoại", "Kết luận"), TODAY);
    }

    static ConferencePlannedEvent dialogue() {
        return planned(ConferenceKind.DIALOGUE, "26560");
    }

    static InvitationsSentEvent invited() {
        return new InvitationsSentEvent(ID, "26560", 2, 2, TODAY.minusDays(10));
    }

    static ConferenceOpenedEvent opened(ConferenceKind kind) {
        return new ConferenceOpenedEvent(ID, "26560", kind, HELD);
    }

    static DelegateRegisteredEvent delegate(String id, List<String> committees, int delegates, int committeesTotal) {
        return new DelegateRegisteredEvent(ID, "26560", id, null, committees, delegates, committeesTotal, 1, HELD);
    }

    static ConferenceClosedEvent closed(ConferenceKind kind) {
        return new ConferenceClosedEvent(ID, "26560", kind, "Kết luận", HELD, 0, 0, 0, 0, 0, 0, 0);
    }

    static RaiseOpinionCommand opinion(String opinionId, String text) {
        return new RaiseOpinionCommand(ID, opinionId, "d-1", "26560-KP01", "INFRASTRUCTURE", text, null);
    }

    static DomainException refusal(Throwable t) {
        assertThat(t).isInstanceOf(DomainException.class);
        return (DomainException) t;
    }

    // ------------------------------------------------------------------ planning and idempotent creation

    @Test
    void aConferenceIsPlanned() {
        fixture.givenNoPriorActivity()
                .when(plan(ConferenceKind.DIALOGUE, "26560"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(dialogue())
                .expectResultMessagePayload(Outcome.CREATED);
    }

    @Test
    void theSameIdWithTheSameContentCreatesNothing() {
        fixture.given(dialogue())
                .when(plan(ConferenceKind.DIALOGUE, "26560"))
                .expectNoEvents()
                .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void theSameIdWithOtherContentIsAConflict() {
        fixture.given(dialogue())
                .when(new PlanConferenceCommand(ID, ConferenceKind.DIALOGUE, "26560", "Một hội nghị khác", STARTS, null,
                        "Hội trường phường", List.of()))
                .expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("id-conflict"));
    }

    @Test
    void aRetriedPlanAfterThePostponementIsStillTheSame() {
        fixture.given(dialogue(), new ConferencePostponedEvent(ID, "26560", "Mưa bão", STARTS.plusDays(7), null, TODAY))
                .when(plan(ConferenceKind.DIALOGUE, "26560"))
                .expectNoEvents()
                .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void trainingClassesAreNotPlannedAsConferences() {
        fixture.givenNoPriorActivity()
                .when(plan(ConferenceKind.TRAINING_CLASS, "26560"))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("use-training-classes"));
    }

    @Test
    void aUnityDayIsHeldByAResidentialArea() {
        fixture.givenNoPriorActivity()
                .when(plan(ConferenceKind.UNITY_DAY, "26560"))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("unity-day-area"));
        fixture.givenNoPriorActivity()
                .when(plan(ConferenceKind.UNITY_DAY, "26560-KP01"))
                .expectEvents(planned(ConferenceKind.UNITY_DAY, "26560-KP01"));
    }

    @Test
    void anUnknownOrMergedAwayUnitIsRefused() {
        fixture.givenNoPriorActivity()
                .when(plan(ConferenceKind.DIALOGUE, "99999"))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("unknown-unit"));
        // Phường Phước Hưng (26548) was merged into Phường Bà Rịa on 1 July 2025
        fixture.givenNoPriorActivity()
                .when(plan(ConferenceKind.DIALOGUE, "26548"))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("unit-closed"));
    }

    @Test
    void aConferenceOfThePastIsRecordedUnderTheUnitOfItsDay() {
        LocalDateTime past = LocalDateTime.of(2023, 11, 10, 8, 0);
        fixture.givenNoPriorActivity()
                .when(new PlanConferenceCommand(ID, ConferenceKind.THEMATIC, "26548", "Chuyên đề 2023", past, null,
                        "Hội trường", List.of()))
                .expectEvents(new ConferencePlannedEvent(ID, ConferenceKind.THEMATIC, "26548", "Chuyên đề 2023", past,
                        null, "Hội trường", List.of(), TODAY));
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new PlanConferenceCommand(ID, ConferenceKind.DIALOGUE, "26560", "Hội nghị", STARTS,
                        STARTS.minusHours(1), "Hội trường", List.of()))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("invalid-schedule"));
    }

    // ------------------------------------------------------------------ postponement and cancellation

    @Test
    void aPostponementWithoutANewDateWaitsForTheRescheduling() {
        fixture.given(dialogue(), invited())
                .when(new PostponeConferenceCommand(ID, "Trùng lịch họp của phường", null, null))
                .expectEvents(new ConferencePostponedEvent(ID, "26560", "Trùng lịch họp của phường", null, null, TODAY));
        fixture.given(dialogue(), invited(), new ConferencePostponedEvent(ID, "26560", "Trùng lịch", null, null, TODAY))
                .when(new RescheduleConferenceCommand(ID, STARTS.plusDays(14), null))
                .expectEvents(new ConferenceRescheduledEvent(ID, "26560", STARTS.plusDays(14), null,
                        ConferenceStatus.INVITING, TODAY));
    }

    @Test
    void aPostponedConferenceDoesNotOpenUntilRescheduled() {
        fixture.given(dialogue(), new ConferencePostponedEvent(ID, "26560", "Mưa bão", null, null, TODAY))
                .when(new OpenConferenceCommand(ID, HELD))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("conference-postponed"));
    }

    @Test
    void aUnityDayMovesWithinItsYearOnly() {
        fixture.given(planned(ConferenceKind.UNITY_DAY, "26560-KP01"))
                .when(new PostponeConferenceCommand(ID, "Mưa bão", LocalDateTime.of(2027, 1, 10, 8, 0), null))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("unity-day-other-year"));
    }

    @Test
    void aCancelledConferenceAnswersWhatItWas() {
        fixture.given(planned(ConferenceKind.UNITY_DAY, "26560-KP01"))
                .when(new CancelConferenceCommand(ID, "Thiên tai"))
                .expectEvents(new ConferenceCancelledEvent(ID, "26560-KP01", ConferenceKind.UNITY_DAY, "Thiên tai", TODAY))
                .expectResultMessagePayload(new Conference.Cancelled(ConferenceKind.UNITY_DAY, "26560-KP01", 2026));
    }

    @Test
    void anOpenedConferenceCannotBeCancelled() {
        fixture.given(dialogue(), opened(ConferenceKind.DIALOGUE))
                .when(new CancelConferenceCommand(ID, "Thiên tai"))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("invalid-transition"));
    }

    // ------------------------------------------------------------------ invitations, registration, opening

    @Test
    void invitationsAreCountedAndTheConferenceIsInviting() {
        fixture.given(dialogue())
                .when(new RecordInvitationsSentCommand(ID, 2, TODAY.minusDays(10)))
                .expectEvents(invited());
    }

    @Test
    void massEventsSendNoInvitations() {
        fixture.given(planned(ConferenceKind.PROPAGANDA_SESSION, "26560-KP01"))
                .when(new RecordInvitationsSentCommand(ID, 1, TODAY))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("headcount-only"));
    }

    @Test
    void registrationsAreCountedAndAChangedAnswerMovesTheCount() {
        fixture.given(dialogue(), invited())
                .when(new RecordRegistrationCommand(ID, "moi-1", RegistrationResponse.ACCEPTED, null, TODAY))
                .expectEvents(new RegistrationRecordedEvent(ID, "26560", "moi-1", RegistrationResponse.ACCEPTED, 1, 0, TODAY));
        fixture.given(dialogue(), invited(),
                        new RegistrationRecordedEvent(ID, "26560", "moi-1", RegistrationResponse.ACCEPTED, 1, 0, TODAY))
                .when(new RecordRegistrationCommand(ID, "moi-1", RegistrationResponse.DECLINED,
                        RegistrationResponse.ACCEPTED, TODAY))
                .expectEvents(new RegistrationRecordedEvent(ID, "26560", "moi-1", RegistrationResponse.DECLINED, 0, 1, TODAY));
    }

    @Test
    void registrationClosesWhenTheConferenceOpens() {
        fixture.given(dialogue(), invited(), opened(ConferenceKind.DIALOGUE))
                .when(new RecordRegistrationCommand(ID, "moi-1", RegistrationResponse.ACCEPTED, null, TODAY))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("registration-closed"));
    }

    @Test
    void aConferenceOpensOnADayNotInTheFuture() {
        fixture.given(dialogue(), invited())
                .when(new OpenConferenceCommand(ID, HELD))
                .expectEvents(opened(ConferenceKind.DIALOGUE));
        fixture.given(dialogue(), invited())
                .when(new OpenConferenceCommand(ID, TODAY.plusDays(1)))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("date-in-future"));
    }

    // ------------------------------------------------------------------ verified attendance

    @Test
    void checkInBeforeInvitationsIsRefused() {
        fixture.given(dialogue())
                .when(new RecordAttendanceCommand(ID, "moi-1", InviteeKind.COMMITTEE, "26560-KP01", CheckInMethod.CODE,
                        HELD))
                .expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("invitations-not-sent"));
    }

    @Test
    void checkInAfterTheCloseIsRefused() {
        fixture.given(dialogue(), invited(), opened(ConferenceKind.DIALOGUE), closed(ConferenceKind.DIALOGUE))
                .when(new RecordAttendanceCommand(ID, "moi-1", InviteeKind.COMMITTEE, "26560-KP01", CheckInMethod.CODE,
                        HELD))
                .expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("conference-closed"));
    }

    @Test
    void checkInOfACancelledConferenceIsRefused() {
        fixture.given(dialogue(), invited(), new ConferenceCancelledEvent(ID, "26560", ConferenceKind.DIALOGUE, "Bão",
                        TODAY))
                .when(new RecordAttendanceCommand(ID, "moi-1", InviteeKind.COMMITTEE, "26560-KP01", CheckInMethod.CODE,
                        HELD))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("conference-cancelled"));
    }

    @Test
    void attendeesAndCommunesRepresentedAreCountedFromCheckIns() {
        fixture.given(dialogue(), invited(), opened(ConferenceKind.DIALOGUE),
                        new AttendeeCheckedInEvent(ID, "26560", "moi-1", InviteeKind.COMMITTEE, "26560-KP01",
                                CheckInMethod.SCAN, HELD, 1, 1))
                .when(new RecordAttendanceCommand(ID, "moi-2", InviteeKind.COMMUNE, "26506", CheckInMethod.CODE, HELD))
                .expectEvents(new AttendeeCheckedInEvent(ID, "26560", "moi-2", InviteeKind.COMMUNE, "26506",
                        CheckInMethod.CODE, HELD, 2, 2))
                .expectResultMessagePayload(2);
    }

    @Test
    void aWalkInNeedsTheConferenceInSession() {
        fixture.given(dialogue(), invited())
                .when(new RecordAttendanceCommand(ID, "khach-1", InviteeKind.PERSON, null, CheckInMethod.WALK_IN, HELD))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("conference-not-open"));
    }

    @Test
    void massEventsTakeAHeadcountNotCheckIns() {
        fixture.given(planned(ConferenceKind.PROPAGANDA_SESSION, "26560-KP01"), opened(ConferenceKind.PROPAGANDA_SESSION))
                .when(new RecordAttendanceCommand(ID, "khach-1", InviteeKind.PERSON, null, CheckInMethod.WALK_IN, HELD))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("headcount-only"));
        fixture.given(planned(ConferenceKind.PROPAGANDA_SESSION, "26560-KP01"), opened(ConferenceKind.PROPAGANDA_SESSION))
                .when(new RecordHeadcountCommand(ID, 85, HELD))
                .expectEvents(new HeadcountRecordedEvent(ID, "26560-KP01", 85, HELD));
        fixture.given(dialogue(), opened(ConferenceKind.DIALOGUE))
                .when(new RecordHeadcountCommand(ID, 85, HELD))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("named-attendance"));
    }

    // ------------------------------------------------------------------ delegates and opinions

    @Test
    void delegatesSpeakForSeveralCommitteesCountedOnce() {
        fixture.given(dialogue(), opened(ConferenceKind.DIALOGUE),
                        delegate("d-1", List.of("26560-KP01/2024", "26560-KP02/2024"), 1, 2))
                .when(new RegisterDelegateCommand(ID, "d-2", "p-demo-1", List.of("26560-KP02/2024", "26560-KP03/2024"),
                        HELD))
                .expectEvents(new DelegateRegisteredEvent(ID, "26560", "d-2", "p-demo-1",
                        List.of("26560-KP02/2024", "26560-KP03/2024"), 2, 3, 1, HELD))
                .expectResultMessagePayload(Outcome.CREATED);
    }

    @Test
    void aDialogueDelegateSpeaksForACommitteeWithinTheOrganiserUnit() {
        fixture.given(dialogue(), opened(ConferenceKind.DIALOGUE))
                .when(new RegisterDelegateCommand(ID, "d-1", null, List.of(), HELD))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("committees-required"));
        fixture.given(dialogue(), opened(ConferenceKind.DIALOGUE))
                .when(new RegisterDelegateCommand(ID, "d-1", null, List.of("26506-KP01/2024"), HELD))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("committee-outside-unit"));
    }

    @Test
    void aDelegateRegisteredAgainWithTheSameCommitteesIsUnchangedAndWithOthersAConflict() {
        fixture.given(dialogue(), opened(ConferenceKind.DIALOGUE), delegate("d-1", List.of("26560-KP01/2024"), 1, 1))
                .when(new RegisterDelegateCommand(ID, "d-1", null, List.of("26560-KP01/2024"), HELD))
                .expectNoEvents()
                .expectResultMessagePayload(Outcome.UNCHANGED);
        fixture.given(dialogue(), opened(ConferenceKind.DIALOGUE), delegate("d-1", List.of("26560-KP01/2024"), 1, 1))
                .when(new RegisterDelegateCommand(ID, "d-1", null, List.of("26560-KP02/2024"), HELD))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("id-conflict"));
    }

    @Test
    void anOpinionIsPublishedWithTheDelegatesCommitteesAndTheDayOfTheConference() {
        fixture.given(dialogue(), opened(ConferenceKind.DIALOGUE),
                        delegate("d-1", List.of("26560-KP01/2024", "26560-KP02/2024"), 1, 2))
                .when(opinion("y-1", "  Đề nghị sửa đường  "))
                .expectEvents(new OpinionRaisedEvent(ID, "y-1", "d-1", null, List.of("26560-KP01/2024", "26560-KP02/2024"),
                        "26560-KP01", "INFRASTRUCTURE", "Đề nghị sửa đường", HELD, "26560"))
                .expectResultMessagePayload(Outcome.CREATED);
    }

    @Test
    void theOpinionEventHasTheContractsFieldsAndTheOrganisersUnitInTheEnvelope() {
        OpinionRaisedEvent event = new OpinionRaisedEvent(ID, "y-1", "d-1", null, List.of("26560-KP01/2024"),
                "26560-KP01", "INFRASTRUCTURE", "Đề nghị sửa đường", HELD, "26560");
        var json = EnvelopeCodec.toTree(event);
        assertThat(json.get("unitCode").asText()).isEqualTo("26560-KP01");
        assertThat(json.get("organiserUnitCode").asText()).isEqualTo("26560");
        assertThat(json.has("opinionUnitCode")).isFalse();
        assertThat(event.unitCode()).isEqualTo("26560");
    }

    @Test
    void anOpinionAfterTheCloseIsRefused() {
        fixture.given(dialogue(), opened(ConferenceKind.DIALOGUE), delegate("d-1", List.of("26560-KP01/2024"), 1, 1),
                        closed(ConferenceKind.DIALOGUE))
                .when(opinion("y-1", "Đề nghị sửa đường"))
                .expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("conference-closed"));
    }

    @Test
    void anOpinionRetriedAfterTheCloseIsStillTheSameOpinion() {
        OpinionRaisedEvent raised = new OpinionRaisedEvent(ID, "y-1", "d-1", null, List.of("26560-KP01/2024"),
                "26560-KP01", "INFRASTRUCTURE", "Đề nghị sửa đường", HELD, "26560");
        fixture.given(dialogue(), opened(ConferenceKind.DIALOGUE), delegate("d-1", List.of("26560-KP01/2024"), 1, 1),
                        raised, closed(ConferenceKind.DIALOGUE))
                .when(opinion("y-1", "Đề nghị sửa đường"))
                .expectNoEvents()
                .expectResultMessagePayload(Outcome.UNCHANGED);
        fixture.given(dialogue(), opened(ConferenceKind.DIALOGUE), delegate("d-1", List.of("26560-KP01/2024"), 1, 1),
                        raised)
                .when(opinion("y-1", "Một nội dung khác"))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("id-conflict"));
    }

    @Test
    void anOpinionBeforeTheOpeningOrOfAnUnknownDelegateOrAboutAnotherUnitIsRefused() {
        fixture.given(dialogue(), invited(), delegate("d-1", List.of("26560-KP01/2024"), 1, 1))
                .when(opinion("y-1", "Đề nghị sửa đường"))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("conference-not-open"));
        fixture.given(dialogue(), opened(ConferenceKind.DIALOGUE))
                .when(opinion("y-1", "Đề nghị sửa đường"))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("unknown-delegate"));
        fixture.given(dialogue(), opened(ConferenceKind.DIALOGUE), delegate("d-1", List.of("26560-KP01/2024"), 1, 1))
                .when(new RaiseOpinionCommand(ID, "y-1", "d-1", "26506-KP01", "LAND", "Đề nghị", null))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("unit-outside-conference"));
        fixture.given(dialogue(), opened(ConferenceKind.DIALOGUE), delegate("d-1", List.of("26560-KP01/2024"), 1, 1))
                .when(new RaiseOpinionCommand(ID, "y-1", "d-1", "26560", "WEATHER", "Đề nghị", null))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("unknown-topic"));
    }

    @Test
    void onlyDialoguesAndVoterContactsTakeOpinions() {
        fixture.given(planned(ConferenceKind.BRIEFING, "26560"), opened(ConferenceKind.BRIEFING))
                .when(opinion("y-1", "Đề nghị"))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("no-opinions"));
    }

    @Test
    void aPetitionIsLinkedToAnOpinionOnceEvenAfterTheClose() {
        OpinionRaisedEvent raised = new OpinionRaisedEvent(ID, "y-1", "d-1", null, List.of("26560-KP01/2024"),
                "26560-KP01", "INFRASTRUCTURE", "Đề nghị sửa đường", HELD, "26560");
        OpinionPetitionLinkedEvent linked = new OpinionPetitionLinkedEvent(ID, "26560", "y-1", "PA-1", 1, TODAY);
        fixture.given(dialogue(), opened(ConferenceKind.DIALOGUE), delegate("d-1", List.of("26560-KP01/2024"), 1, 1),
                        raised, closed(ConferenceKind.DIALOGUE))
                .when(new LinkOpinionPetitionCommand(ID, "y-1", "PA-1", TODAY))
                .expectEvents(linked);
        fixture.given(dialogue(), opened(ConferenceKind.DIALOGUE), delegate("d-1", List.of("26560-KP01/2024"), 1, 1),
                        raised, linked)
                .when(new LinkOpinionPetitionCommand(ID, "y-1", "PA-1", TODAY))
                .expectNoEvents()
                .expectResultMessagePayload(Outcome.UNCHANGED);
        fixture.given(dialogue(), opened(ConferenceKind.DIALOGUE), delegate("d-1", List.of("26560-KP01/2024"), 1, 1),
                        raised, linked)
                .when(new LinkOpinionPetitionCommand(ID, "y-1", "PA-2", TODAY))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("opinion-already-linked"));
        fixture.given(dialogue(), opened(ConferenceKind.DIALOGUE))
                .when(new LinkOpinionPetitionCommand(ID, "y-9", "PA-1", TODAY))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("unknown-opinion"));
    }

    // ------------------------------------------------------------------ outputs and closing

    @Test
    void aConferenceClosesWithItsConclusionsAndFinalCounts() {
        fixture.given(dialogue(), invited(), opened(ConferenceKind.DIALOGUE),
                        new AttendeeCheckedInEvent(ID, "26560", "moi-1", InviteeKind.COMMITTEE, "26560-KP01",
                                CheckInMethod.SCAN, HELD, 1, 1),
                        delegate("d-1", List.of("26560-KP01/2024", "26560-KP02/2024"), 1, 2),
                        new OpinionRaisedEvent(ID, "y-1", "d-1", null, List.of("26560-KP01/2024"), "26560-KP01",
                                "LAND", "Đề nghị", HELD, "26560"))
                .when(new CloseConferenceCommand(ID, " Giao các bộ phận trả lời. ", HELD))
                .expectEvents(new ConferenceClosedEvent(ID, "26560", ConferenceKind.DIALOGUE, "Giao các bộ phận trả lời.",
                        HELD, 1, 0, 1, 2, 1, 1, 0));
    }

    @Test
    void closingNeedsWhatTheKindRequires() {
        fixture.given(dialogue(), opened(ConferenceKind.DIALOGUE))
                .when(new CloseConferenceCommand(ID, null, HELD))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("conclusions-required"));
        fixture.given(planned(ConferenceKind.THEMATIC, "26560"), opened(ConferenceKind.THEMATIC))
                .when(new CloseConferenceCommand(ID, "Kết luận", HELD))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("presentations-required"));
        fixture.given(planned(ConferenceKind.PROPAGANDA_SESSION, "26560-KP01"), opened(ConferenceKind.PROPAGANDA_SESSION))
                .when(new CloseConferenceCommand(ID, null, HELD))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("topics-required"));
        fixture.given(planned(ConferenceKind.UNITY_DAY, "26560-KP01"), opened(ConferenceKind.UNITY_DAY),
                        new UnityDayActivitiesRecordedEvent(ID, "26560-KP01", List.of("Văn nghệ"), HELD))
                .when(new CloseConferenceCommand(ID, null, HELD))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("headcount-required"));
    }

    @Test
    void aUnityDayClosesWithItsActivitiesAndParticipants() {
        fixture.given(planned(ConferenceKind.UNITY_DAY, "26560-KP01"), opened(ConferenceKind.UNITY_DAY),
                        new UnityDayActivitiesRecordedEvent(ID, "26560-KP01", List.of("Văn nghệ"), HELD),
                        new HeadcountRecordedEvent(ID, "26560-KP01", 240, HELD))
                .when(new CloseConferenceCommand(ID, null, HELD))
                .expectEvents(new ConferenceClosedEvent(ID, "26560-KP01", ConferenceKind.UNITY_DAY, null, HELD, 0, 240,
                        0, 0, 0, 0, 0));
    }

    @Test
    void presentationsAreIdempotentAndOnlyAtThematicConferences() {
        PresentationRecordedEvent first = new PresentationRecordedEvent(ID, "26560", "tl-1", "Kinh nghiệm",
                "Ban Công tác Mặt trận khu phố 1", 1, HELD);
        fixture.given(planned(ConferenceKind.THEMATIC, "26560"), opened(ConferenceKind.THEMATIC))
                .when(new RecordPresentationCommand(ID, "tl-1", "Kinh nghiệm", "Ban Công tác Mặt trận khu phố 1", HELD))
                .expectEvents(first);
        fixture.given(planned(ConferenceKind.THEMATIC, "26560"), opened(ConferenceKind.THEMATIC), first)
                .when(new RecordPresentationCommand(ID, "tl-1", "Kinh nghiệm", "Ban Công tác Mặt trận khu phố 1", HELD))
                .expectNoEvents()
                .expectResultMessagePayload(Outcome.UNCHANGED);
        fixture.given(dialogue(), opened(ConferenceKind.DIALOGUE))
                .when(new RecordPresentationCommand(ID, "tl-1", "Kinh nghiệm", "Ban", HELD))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("no-presentations"));
    }

    @Test
    void aClosedConferenceRecordsNothingMore() {
        fixture.given(dialogue(), opened(ConferenceKind.DIALOGUE), closed(ConferenceKind.DIALOGUE))
                .when(new CloseConferenceCommand(ID, "Lại", HELD))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("conference-closed"));
        fixture.given(dialogue(), opened(ConferenceKind.DIALOGUE), closed(ConferenceKind.DIALOGUE))
                .when(new RegisterDelegateCommand(ID, "d-9", null, List.of("26560-KP01/2024"), HELD))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("conference-closed"));
    }
}
