package vn.doanket.feedback.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.doanket.calendar.WorkingCalendar;
import vn.doanket.events.error.DomainException;
import vn.doanket.feedback.api.*;
import vn.doanket.feedback.command.FeedbackProperties;
import vn.doanket.territory.Territory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doanket.feedback.command.PetitionTest.problem;

/**
 * Given-when-then for petitions recorded with their real past dates: the deadline counted from the real day of
 * forwarding on that year's calendar, future days and days before the unit existed refused, "recorded late", and
 * a late forwarding that is already overdue escalated exactly once.
 */
class PetitionPastDatesTest {

    static final String ID = "PA-26560-PAST0001";
    static final String UNIT = "26560"; // Phường Phước Trung (Bà Rịa–Vũng Tàu) in 2023, Phường Bà Rịa (HCMC) today
    static final LocalDate RECEIVED = LocalDate.of(2023, 1, 16);  // Monday before Tết Quý Mão
    static final LocalDate FORWARDED = LocalDate.of(2023, 1, 17); // Tuesday
    static final LocalDate DEADLINE = LocalDate.of(2023, 2, 7);   // 10 working days: Tết Quý Mão and weekends skipped
    static final LocalDate ENTERED_LATE = LocalDate.of(2026, 12, 7);
    static final ResponsibleBody BODY = new ResponsibleBody("26560:PEOPLES_COMMITTEE",
            ResponsibleBodyKind.PEOPLES_COMMITTEE, "Ủy ban nhân dân phường", "26560");
    static final WorkingCalendar CALENDAR = WorkingCalendar.official();
    static final int PROVINCE_DAYS = 30; // INFRASTRUCTURE at province level (defaults)

    static FixtureConfiguration<Petition> lateFixture;

    @BeforeAll
    static void load() {
        lateFixture = fixtureOn(ENTERED_LATE);
    }

    static FixtureConfiguration<Petition> fixtureOn(LocalDate today) {
        Territory territory = Territory.loadOfficial(Clock.fixed(today.atTime(9, 0).atZone(Territory.ZONE).toInstant(),
                Territory.ZONE));
        FixtureConfiguration<Petition> fixture = new AggregateTestFixture<>(Petition.class);
        fixture.registerInjectableResource(new FeedbackRules(new FeedbackProperties(), territory, CALENDAR));
        return fixture;
    }

    static ReceivePetitionCommand receive(String unit, LocalDate on) {
        return new ReceivePetitionCommand(ID, unit, Channel.DIRECT_VISIT, "INFRASTRUCTURE", "Ngập nước",
                "Đường ngập sau mưa", true, null, "u-can-bo-ba-ria", on, List.of(), null, null, "26560");
    }

    static PetitionReceivedEvent received(LocalDate recordedOn, boolean late) {
        return new PetitionReceivedEvent(ID, UNIT, Channel.DIRECT_VISIT, "INFRASTRUCTURE", "Ngập nước",
                "Đường ngập sau mưa", true, false, "u-can-bo-ba-ria", RECEIVED, List.of(), null, null, "26560",
                recordedOn, late, HandlingLevel.COMMUNE, "26560");
    }

    static PetitionClassifiedEvent classified() {
        return new PetitionClassifiedEvent(ID, UNIT, "INFRASTRUCTURE", "INFRASTRUCTURE", HandlingLevel.COMMUNE, null,
                null, "26560", "26560");
    }

    static PetitionForwardedEvent forwarded(LocalDate recordedOn, boolean late) {
        return new PetitionForwardedEvent(ID, UNIT, BODY, FORWARDED, 10, DEADLINE, HandlingLevel.COMMUNE, "26560",
                null, "26560", recordedOn, late);
    }

    @Test
    void theDeadlineOfTheAcceptanceCaseSkipsTet2023AndWeekends() {
        assertThat(CALENDAR.addWorkingDays(FORWARDED, 10)).isEqualTo(DEADLINE);
    }

    @Test
    void aPetitionReceivedOnTimeInThePastIsNotRecordedLate() {
        fixtureOn(RECEIVED).givenNoPriorActivity().when(receive(UNIT, RECEIVED))
                .expectEvents(received(RECEIVED, false));
        fixtureOn(RECEIVED.plusDays(7)).givenNoPriorActivity().when(receive(UNIT, RECEIVED))
                .expectEvents(received(RECEIVED.plusDays(7), false));
    }

    @Test
    void theSamePetitionEnteredYearsLaterIsRecordedLate() {
        lateFixture.givenNoPriorActivity().when(receive(UNIT, RECEIVED))
                .expectEvents(received(ENTERED_LATE, true));
        fixtureOn(RECEIVED.plusDays(8)).givenNoPriorActivity().when(receive(UNIT, RECEIVED))
                .expectEvents(received(RECEIVED.plusDays(8), true));
    }

    @Test
    void aDayOfReceiptInTheFutureIsRefused() {
        lateFixture.givenNoPriorActivity().when(receive(UNIT, ENTERED_LATE.plusDays(1)))
                .expectNoEvents().expectException(problem(DomainException.Kind.RULE_VIOLATION, "date-in-future"));
    }

    @Test
    void aDayOfForwardingInTheFutureIsRefused() {
        lateFixture.given(received(ENTERED_LATE, true), classified())
                .when(new ForwardPetitionCommand(ID, BODY, 10, ENTERED_LATE.plusDays(1), null, "26560"))
                .expectNoEvents().expectException(problem(DomainException.Kind.RULE_VIOLATION, "date-in-future"));
    }

    @Test
    void aDayOfReceiptBeforeTheUnitExistedIsRefused() {
        // Đặc khu Bạch Long Vĩ (11948) exists from 1 July 2025 only (before, the district of the same name)
        lateFixture.givenNoPriorActivity().when(receive("11948", RECEIVED))
                .expectNoEvents().expectException(problem(DomainException.Kind.RULE_VIOLATION, "date-before-unit"));
        // a pre-2025 commune after the reform: refused, naming what it became
        lateFixture.givenNoPriorActivity().when(receive("26548", LocalDate.of(2025, 8, 1)))
                .expectNoEvents().expectException(problem(DomainException.Kind.RULE_VIOLATION, "unit-closed"));
        // and the same pre-2025 commune in 2023 is accepted
        lateFixture.givenNoPriorActivity().when(receive("26548", RECEIVED)).expectSuccessfulHandlerExecution();
    }

    @Test
    void forwardingOnTimeIn2023GetsTheRealDeadlineAndTheScanEscalatesOnceToTheProvinceOf2023() {
        fixtureOn(FORWARDED).given(received(RECEIVED, false), classified())
                .when(new ForwardPetitionCommand(ID, BODY, 10, FORWARDED, null, "26560"))
                .expectEvents(forwarded(FORWARDED, false));
        LocalDate scan = DEADLINE.plusDays(1);
        // on the map of 2023 the level above Phường Phước Trung is Bà Rịa–Vũng Tàu (77)
        PetitionEscalatedEvent escalated = new PetitionEscalatedEvent(ID, UNIT, HandlingLevel.COMMUNE, "26560",
                HandlingLevel.PROVINCE, "77", EscalationReason.OVERDUE, DEADLINE, scan, PROVINCE_DAYS,
                CALENDAR.addWorkingDays(scan, PROVINCE_DAYS), "VN");
        FixtureConfiguration<Petition> onScanDay = fixtureOn(scan);
        onScanDay.given(received(RECEIVED, false), classified(), forwarded(FORWARDED, false))
                .when(new EscalatePetitionCommand(ID, DEADLINE, scan, "VN"))
                .expectEvents(escalated);
        onScanDay.given(received(RECEIVED, false), classified(), forwarded(FORWARDED, false), escalated)
                .when(new EscalatePetitionCommand(ID, DEADLINE, scan, "VN"))
                .expectNoEvents().expectException(problem(DomainException.Kind.CONFLICT, "already-escalated"));
    }

    @Test
    void aForwardingEnteredAfterItsDeadlineIsRecordedLateAndEscalatedOnceByTheNextScan() {
        lateFixture.given(received(ENTERED_LATE, true), classified())
                .when(new ForwardPetitionCommand(ID, BODY, 10, FORWARDED, null, "26560"))
                .expectEvents(forwarded(ENTERED_LATE, true));
        // the scan of the day it was entered: one level up, the reason says the deadline had passed when recorded
        PetitionEscalatedEvent escalated = new PetitionEscalatedEvent(ID, UNIT, HandlingLevel.COMMUNE, "26560",
                HandlingLevel.PROVINCE, "79", EscalationReason.OVERDUE_WHEN_RECORDED, DEADLINE, ENTERED_LATE,
                PROVINCE_DAYS, CALENDAR.addWorkingDays(ENTERED_LATE, PROVINCE_DAYS), "VN");
        lateFixture.given(received(ENTERED_LATE, true), classified(), forwarded(ENTERED_LATE, true))
                .when(new EscalatePetitionCommand(ID, DEADLINE, ENTERED_LATE, "VN"))
                .expectEvents(escalated);
        // a second scan finds the missed deadline again (a stale row): refused, nothing more
        lateFixture.given(received(ENTERED_LATE, true), classified(), forwarded(ENTERED_LATE, true), escalated)
                .when(new EscalatePetitionCommand(ID, DEADLINE, ENTERED_LATE, "VN"))
                .expectNoEvents().expectException(problem(DomainException.Kind.CONFLICT, "already-escalated"));
        // ... and the new deadline, counted from the day of recording, is not overdue
        lateFixture.given(received(ENTERED_LATE, true), classified(), forwarded(ENTERED_LATE, true), escalated)
                .when(new EscalatePetitionCommand(ID, escalated.newDeadline(), ENTERED_LATE, "VN"))
                .expectNoEvents().expectException(problem(DomainException.Kind.RULE_VIOLATION, "not-overdue"));
    }

    @Test
    void aLateForwardingStillWithinItsDeadlineIsRecordedLateButNotEscalated() {
        LocalDate forwarded = ENTERED_LATE.minusDays(10);
        lateFixture.given(received(ENTERED_LATE, true), classified())
                .when(new ForwardPetitionCommand(ID, BODY, 30, forwarded, null, "26560"))
                .expectEvents(new PetitionForwardedEvent(ID, UNIT, BODY, forwarded, 30,
                        CALENDAR.addWorkingDays(forwarded, 30), HandlingLevel.COMMUNE, "26560", null, "26560",
                        ENTERED_LATE, true));
    }
}
