package vn.doanket.conference.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.doanket.events.error.DomainException;

import static org.hamcrest.Matchers.containsString;

/** Given-when-then for the rule "one Great Unity Day per residential area per year". */
class UnityDaySlotTest {

    static final String SLOT = UnityDaySlot.idOf("26560-KP01", 2026);

    FixtureConfiguration<UnityDaySlot> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UnityDaySlot.class);
    }

    @Test
    void theFirstUnityDayOfTheYearClaimsTheArea() {
        fixture.givenNoPriorActivity()
                .when(new ClaimUnityDaySlotCommand(SLOT, "26560-KP01", 2026, "ngay-hoi-1"))
                .expectEvents(new UnityDaySlotClaimedEvent(SLOT, "26560-KP01", 2026, "ngay-hoi-1"));
    }

    @Test
    void aSecondUnityDayInTheSameYearIsRefused() {
        fixture.given(new UnityDaySlotClaimedEvent(SLOT, "26560-KP01", 2026, "ngay-hoi-1"))
                .when(new ClaimUnityDaySlotCommand(SLOT, "26560-KP01", 2026, "ngay-hoi-2"))
                .expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage(containsString("unity-day-already-held"));
    }

    @Test
    void theSameUnityDayClaimingAgainChangesNothing() {
        fixture.given(new UnityDaySlotClaimedEvent(SLOT, "26560-KP01", 2026, "ngay-hoi-1"))
                .when(new ClaimUnityDaySlotCommand(SLOT, "26560-KP01", 2026, "ngay-hoi-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aCancelledUnityDayFreesTheYearForAnother() {
        fixture.given(new UnityDaySlotClaimedEvent(SLOT, "26560-KP01", 2026, "ngay-hoi-1"))
                .when(new ReleaseUnityDaySlotCommand(SLOT, "ngay-hoi-1"))
                .expectEvents(new UnityDaySlotReleasedEvent(SLOT, "ngay-hoi-1"));
        fixture.given(new UnityDaySlotClaimedEvent(SLOT, "26560-KP01", 2026, "ngay-hoi-1"),
                        new UnityDaySlotReleasedEvent(SLOT, "ngay-hoi-1"))
                .when(new ClaimUnityDaySlotCommand(SLOT, "26560-KP01", 2026, "ngay-hoi-2"))
                .expectEvents(new UnityDaySlotClaimedEvent(SLOT, "26560-KP01", 2026, "ngay-hoi-2"));
    }

    @Test
    void onlyTheHolderReleases() {
        fixture.given(new UnityDaySlotClaimedEvent(SLOT, "26560-KP01", 2026, "ngay-hoi-1"))
                .when(new ReleaseUnityDaySlotCommand(SLOT, "ngay-hoi-2"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
