package vn.doanket.membership.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.doanket.events.error.DomainException;
import vn.doanket.membership.api.Gender;
import vn.doanket.membership.api.PersonRegisteredEvent;
import vn.doanket.membership.api.PersonUpdatedEvent;
import vn.doanket.membership.api.RegisterPersonCommand;
import vn.doanket.membership.api.UpdatePersonCommand;
import vn.doanket.territory.Territory;
import vn.doanket.testing.TestPersonalData;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** People: registration and updates; name and phone only in the internal (unpublished) event. */
class PersonTest {

    static final LocalDate DAY = LocalDate.of(2025, 9, 1);
    static final String NAME = TestPersonalData.PETITIONER_NAME;
    static Territory territory;
    FixtureConfiguration<Person> fixture;

    @BeforeAll
    static void load() {
        territory = Territory.loadOfficial();
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Person.class);
        fixture.registerInjectableResource(territory);
    }

    static RegisterPersonCommand register(String name, int birthYear, String phone) {
        return new RegisterPersonCommand("p-7f3a", "26560", name, Gender.FEMALE, birthYear, "Kinh", "Phật giáo",
                true, phone, DAY);
    }

    static PersonRegisteredEvent registered() {
        return new PersonRegisteredEvent("p-7f3a", "26560", Gender.FEMALE, 1985, "Kinh", "Phật giáo", true, DAY);
    }

    @Test
    void registersWithPublishedAttributesAndAnInternalIdentity() {
        fixture.givenNoPriorActivity()
                .when(register("  " + NAME + " ", 1985, TestPersonalData.PHONE))
                .expectEvents(registered(),
                        new PersonIdentityRecordedEvent("p-7f3a", NAME, TestPersonalData.PHONE_DIGITS, DAY))
                .expectState(p -> assertThat(p.fullName()).isEqualTo(NAME));
    }

    @Test
    void rejectsBadDetails() {
        fixture.givenNoPriorActivity().when(register("X", 1985, null))
                .expectException(DomainException.class).expectExceptionMessage(containsString("invalid-name")).expectNoEvents();
        fixture.givenNoPriorActivity().when(register("Nguyễn Văn 3", 1985, null))
                .expectException(DomainException.class).expectExceptionMessage(containsString("invalid-name"));
        fixture.givenNoPriorActivity().when(register(NAME, 2020, null))
                .expectException(DomainException.class).expectExceptionMessage(containsString("invalid-birth-year"));
        fixture.givenNoPriorActivity().when(register(NAME, 1985, "12345"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("invalid-phone"));
        fixture.givenNoPriorActivity()
                .when(new RegisterPersonCommand("p-1", "99999", NAME, Gender.MALE, 1980, "Kinh", null, false, null, DAY))
                .expectException(DomainException.class).expectExceptionMessage(containsString("unknown-unit"));
        fixture.givenNoPriorActivity()
                .when(new RegisterPersonCommand("P 1", "26560", NAME, Gender.MALE, 1980, "Kinh", null, false, null, DAY))
                .expectException(DomainException.class).expectExceptionMessage(containsString("invalid-person-id"));
        fixture.givenNoPriorActivity()
                .when(new RegisterPersonCommand("p-1", "26560", NAME, Gender.MALE, 1980, " ", null, false, null, DAY))
                .expectException(DomainException.class).expectExceptionMessage(containsString("invalid-ethnicity"));
    }

    @Test
    void updatesPublishOnlyNonPersonalChanges() {
        LocalDate later = DAY.plusMonths(2);
        PersonIdentityRecordedEvent identity = new PersonIdentityRecordedEvent("p-7f3a", NAME, null, DAY);
        // a new phone only: nothing published
        fixture.given(registered(), identity)
                .when(new UpdatePersonCommand("p-7f3a", NAME, Gender.FEMALE, 1985, "Kinh", "Phật giáo", true,
                        TestPersonalData.PHONE_DIGITS, later))
                .expectEvents(new PersonIdentityRecordedEvent("p-7f3a", NAME, TestPersonalData.PHONE_DIGITS, later));
        // a change of religion: published without name or phone
        fixture.given(registered(), identity)
                .when(new UpdatePersonCommand("p-7f3a", NAME, Gender.FEMALE, 1985, "Kinh", null, true, null, later))
                .expectEvents(new PersonUpdatedEvent("p-7f3a", "26560", Gender.FEMALE, 1985, "Kinh", null, true, later));
        fixture.given(registered(), identity)
                .when(new UpdatePersonCommand("p-7f3a", NAME, Gender.FEMALE, 1985, "Kinh", "Phật giáo", true, null, later))
                .expectException(DomainException.class).expectExceptionMessage(containsString("no-change"));
    }

    @Test
    void theInternalEventNeverPrintsPersonalData() {
        assertThat(new PersonIdentityRecordedEvent("p-1", NAME, TestPersonalData.PHONE_DIGITS, DAY).toString())
                .doesNotContain(NAME, TestPersonalData.PHONE_DIGITS);
        assertThat(register(NAME, 1985, TestPersonalData.PHONE).toString()).doesNotContain(NAME, TestPersonalData.PHONE);
        assertThat(vn.doanket.events.DomainEvent.class.isAssignableFrom(PersonIdentityRecordedEvent.class)).isFalse();
    }
}
