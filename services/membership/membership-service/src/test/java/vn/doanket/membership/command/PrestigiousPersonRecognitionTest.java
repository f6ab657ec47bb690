package vn.doanket.membership.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.doanket.events.error.DomainException;
import vn.doanket.membership.api.EndPrestigiousPersonRecognitionCommand;
import vn.doanket.membership.api.PrestigiousPersonRecognisedEvent;
import vn.doanket.membership.api.PrestigiousPersonRecognitionEndedEvent;
import vn.doanket.membership.api.RecognisePrestigiousPersonCommand;
import vn.doanket.territory.Territory;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The prestigious-person registry: recognition periods per unit that never overlap, ended early with a reason. */
class PrestigiousPersonRecognitionTest {

    /** Phường Bà Rịa (Hồ Chí Minh City). */
    static final String UNIT = "26560";
    static final String ID = UNIT + "/p-7f3a";
    static final LocalDate FROM = LocalDate.of(2025, 8, 1);
    static final LocalDate UNTIL = LocalDate.of(2029, 7, 31);
    static Territory territory;
    FixtureConfiguration<PrestigiousPersonRecognition> fixture;

    @BeforeAll
    static void load() {
        territory = Territory.loadOfficial();
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PrestigiousPersonRecognition.class);
        fixture.registerInjectableResource(territory);
    }

    static PrestigiousPersonRecognisedEvent recognised() {
        return new PrestigiousPersonRecognisedEvent(ID, "p-7f3a", UNIT, FROM, UNTIL, "15/QĐ-UBND");
    }

    @Test
    void recognisesForAPeriodAndAgainAfterIt() {
        fixture.givenNoPriorActivity()
                .when(new RecognisePrestigiousPersonCommand(ID, UNIT, "p-7f3a", FROM, UNTIL, "15/QĐ-UBND"))
                .expectEvents(recognised());
        fixture.given(recognised())
                .when(new RecognisePrestigiousPersonCommand(ID, UNIT, "p-7f3a", UNTIL.plusDays(1), UNTIL.plusYears(4), "90/QĐ"))
                .expectSuccessfulHandlerExecution()
                .expectState(r -> assertThat(r.periods()).hasSize(2));
    }

    @Test
    void rejectsOverlapsBadPeriodsUnknownUnitsAndBadIds() {
        fixture.given(recognised())
                .when(new RecognisePrestigiousPersonCommand(ID, UNIT, "p-7f3a", UNTIL.minusYears(1), UNTIL.plusYears(1), "90/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("overlapping-recognition"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecognisePrestigiousPersonCommand(ID, UNIT, "p-7f3a", FROM, FROM.plusYears(6), "15/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("invalid-period"));
        setUp(); // a fixture follows one aggregate id
        fixture.givenNoPriorActivity()
                .when(new RecognisePrestigiousPersonCommand("99999/p-7f3a", "99999", "p-7f3a", FROM, UNTIL, "15/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("unknown-unit"));
        setUp();
        fixture.givenNoPriorActivity()
                .when(new RecognisePrestigiousPersonCommand("26560/p-x", UNIT, "p-7f3a", FROM, UNTIL, "15/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("invalid-recognition-id"));
    }

    @Test
    void endsTheRunningPeriodWithAReason() {
        LocalDate ended = LocalDate.of(2026, 6, 1);
        fixture.given(recognised())
                .when(new EndPrestigiousPersonRecognitionCommand(ID, ended, "Chuyển nơi cư trú", "61/QĐ-UBND"))
                .expectEvents(new PrestigiousPersonRecognitionEndedEvent(ID, "p-7f3a", UNIT, FROM, ended,
                        "Chuyển nơi cư trú", "61/QĐ-UBND"))
                .expectState(r -> assertThat(r.periods()).singleElement()
                        .satisfies(p -> assertThat(p.until()).isEqualTo(ended.minusDays(1))));
        fixture.given(recognised())
                .when(new EndPrestigiousPersonRecognitionCommand(ID, UNTIL.plusDays(10), "x", "61/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("no-recognition-to-end"));
        fixture.given(recognised())
                .when(new EndPrestigiousPersonRecognitionCommand(ID, ended, " ", "61/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("missing-reason"));
    }
}
