package vn.doanket.conference.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.doanket.conference.api.*;
import vn.doanket.territory.Territory;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** Given-when-then for invitations: sending, answers, and the single-use signed check-in code. */
class InvitationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final String CONFERENCE = "doi-thoai-1";
    static final String INVITATION = "moi-kp01";
    static final CheckInCodes CODES = new CheckInCodes("test-only-check-in-key-of-at-least-32-bytes");

    static ConferenceRules rules;

    FixtureConfiguration<Invitation> fixture;

    @BeforeAll
    static void loadTerritory() {
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(Territory.ZONE).toInstant(), Territory.ZONE);
        rules = new ConferenceRules(Territory.loadOfficial(clock), clock);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Invitation.class);
        fixture.registerInjectableResource(rules);
        fixture.registerInjectableResource(CODES);
    }

    static SendInvitationCommand send(String displayName) {
        return new SendInvitationCommand(CONFERENCE, INVITATION, "26560", InviteeKind.COMMITTEE, "26560-KP01/2024",
                null, displayName, false, TODAY);
    }

    static InvitationSentEvent sent() {
        return new InvitationSentEvent(CONFERENCE, INVITATION, "26560", InviteeKind.COMMITTEE, "26560-KP01/2024",
                "26560-KP01", false, TODAY);
    }

    /** A refusal whose texts say this, in Vietnamese and in English. */
    static org.hamcrest.Matcher<vn.doanket.events.error.DomainException> says(String vi, String en) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(vn.doanket.events.error.DomainException e) {
                return e.text().vi().contains(vi) && e.text().en().contains(en);
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("a refusal saying \"" + vi + "\" / \"" + en + "\"");
            }
        };
    }

    static CheckInInvitationCommand checkIn(String code) {
        return new CheckInInvitationCommand(CONFERENCE, INVITATION, code, CheckInMethod.CODE, TODAY);
    }

    @Test
    void anInvitationIsSentWithTheCommitteesAreaAsItsUnitAndTheNameInAnInternalEvent() {
        fixture.givenNoPriorActivity()
                .when(send("Ban Công tác Mặt trận khu phố Phước Trung"))
                .expectEvents(sent(), new InviteeNameRecordedEvent(CONFERENCE, INVITATION,
                        "Ban Công tác Mặt trận khu phố Phước Trung"))
                .expectResultMessagePayload(Outcome.CREATED);
        assertThat(vn.doanket.events.DomainEvent.class.isAssignableFrom(InviteeNameRecordedEvent.class))
                .as("the name is never published").isFalse();
    }

    @Test
    void theSameInvitationAgainIsUnchangedAndOtherContentAConflict() {
        fixture.given(sent())
                .when(send(null))
                .expectNoEvents()
                .expectResultMessagePayload(Outcome.UNCHANGED);
        fixture.given(sent())
                .when(new SendInvitationCommand(CONFERENCE, INVITATION, "26560", InviteeKind.COMMITTEE,
                        "26560-KP02/2024", null, null, false, TODAY))
                .expectNoEvents()
                .expectExceptionMessage(containsString("id-conflict"));
        fixture.given(sent())
                .when(send("Một tên khác"))
                .expectNoEvents()
                .expectExceptionMessage(containsString("id-conflict"));
    }

    @Test
    void anInviteeOfTheWrongFormIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new SendInvitationCommand(CONFERENCE, INVITATION, "26560", InviteeKind.PERSON, "Nguyễn Văn A",
                        null, null, false, TODAY))
                .expectNoEvents()
                .expectExceptionMessage(containsString("invalid-invitee"));
        fixture.givenNoPriorActivity()
                .when(new SendInvitationCommand(CONFERENCE, INVITATION, "26560", InviteeKind.MEMBER_ORGANISATION,
                        "WOMENS_UNION", null, null, false, TODAY))
                .expectNoEvents()
                .expectExceptionMessage(containsString("missing-unit"));
    }

    @Test
    void theCodeWorksOnce() {
        String code = CODES.codeFor(CONFERENCE, INVITATION);
        fixture.given(sent())
                .when(checkIn(code))
                .expectEvents(new InvitationCheckedInEvent(CONFERENCE, INVITATION, "26560", CheckInMethod.CODE, TODAY))
                .expectResultMessagePayload(new Invitation.CheckedIn(InviteeKind.COMMITTEE, "26560-KP01"));
    }

    @Test
    void aCodeUsedTwiceIsRefusedAsAlreadyUsed() {
        String code = CODES.codeFor(CONFERENCE, INVITATION);
        fixture.given(sent(), new InvitationCheckedInEvent(CONFERENCE, INVITATION, "26560", CheckInMethod.SCAN, TODAY))
                .when(checkIn(code))
                .expectNoEvents()
                .expectExceptionMessage(containsString("check-in-code-used"))
                .expectException(says("đã sử dụng", "already been used"));
    }

    @Test
    void aForgedCodeIsRefusedAsInvalid() {
        String genuine = CODES.codeFor(CONFERENCE, INVITATION);
        String forged = genuine.substring(0, genuine.length() - 3) + (genuine.endsWith("AAA") ? "BBB" : "AAA");
        fixture.given(sent())
                .when(checkIn(forged))
                .expectNoEvents()
                .expectExceptionMessage(containsString("invalid-check-in-code"))
                .expectException(says("không hợp lệ", "invalid"));
        // a code signed with another key
        String otherKey = new CheckInCodes("another-key-that-is-also-32-bytes-long").codeFor(CONFERENCE, INVITATION);
        fixture.given(sent())
                .when(checkIn(otherKey))
                .expectNoEvents()
                .expectExceptionMessage(containsString("invalid-check-in-code"));
        // (the genuine code presented at another conference names an invitation that conference does not have:
        // ConferenceApiTest shows it refused the same way)
        // the code of another invitation
        fixture.given(sent())
                .when(checkIn(CODES.codeFor(CONFERENCE, "moi-khac")))
                .expectNoEvents()
                .expectExceptionMessage(containsString("invalid-check-in-code"));
    }

    @Test
    void aForgedCodeIsRefusedEvenAfterTheGenuineOneWasUsed() {
        fixture.given(sent(), new InvitationCheckedInEvent(CONFERENCE, INVITATION, "26560", CheckInMethod.SCAN, TODAY))
                .when(checkIn(INVITATION + ".AAAAAAAAAAAAAAAAAAAAAA"))
                .expectNoEvents()
                .expectExceptionMessage(containsString("invalid-check-in-code"));
    }

    @Test
    void aWalkInIsCheckedInAtTheDoorWithoutACodeAndAnInvitationNeverIs() {
        InvitationSentEvent walkIn = new InvitationSentEvent(CONFERENCE, "khach-1", "26560", InviteeKind.PERSON, null,
                null, true, TODAY);
        fixture.given(walkIn)
                .when(new CheckInInvitationCommand(CONFERENCE, "khach-1", null, CheckInMethod.WALK_IN, TODAY))
                .expectEvents(new InvitationCheckedInEvent(CONFERENCE, "khach-1", "26560", CheckInMethod.WALK_IN, TODAY));
        setUp();
        fixture.given(sent())
                .when(new CheckInInvitationCommand(CONFERENCE, INVITATION, null, CheckInMethod.WALK_IN, TODAY))
                .expectNoEvents()
                .expectExceptionMessage(containsString("invalid-check-in-code"));
    }

    @Test
    void answersAreRecordedUntilTheCheckIn() {
        fixture.given(sent())
                .when(new RespondToInvitationCommand(CONFERENCE, INVITATION, RegistrationResponse.ACCEPTED, TODAY))
                .expectEvents(new InvitationRespondedEvent(CONFERENCE, INVITATION, "26560", RegistrationResponse.ACCEPTED,
                        TODAY));
        fixture.given(sent(), new InvitationRespondedEvent(CONFERENCE, INVITATION, "26560",
                        RegistrationResponse.ACCEPTED, TODAY))
                .when(new RespondToInvitationCommand(CONFERENCE, INVITATION, RegistrationResponse.ACCEPTED, TODAY))
                .expectNoEvents()
                .expectResultMessagePayload(RegistrationResponse.ACCEPTED);
        fixture.given(sent(), new InvitationCheckedInEvent(CONFERENCE, INVITATION, "26560", CheckInMethod.CODE, TODAY))
                .when(new RespondToInvitationCommand(CONFERENCE, INVITATION, RegistrationResponse.DECLINED, TODAY))
                .expectNoEvents()
                .expectExceptionMessage(containsString("already-checked-in"));
    }

    @Test
    void codesAreUnguessableAndBoundToTheirInvitation() {
        String code = CODES.codeFor(CONFERENCE, INVITATION);
        assertThat(code).matches(CheckInCodes.CODE_FORM).startsWith(INVITATION + ".");
        assertThat(code.substring(code.lastIndexOf('.') + 1)).hasSize(22); // 128 bits
        assertThat(CODES.verify(CONFERENCE, INVITATION, code)).isTrue();
        assertThat(CODES.verify(CONFERENCE, "moi-khac", code)).isFalse();
        assertThat(CODES.codeFor(CONFERENCE, "moi-khac")).isNotEqualTo(code);
        assertThat(CheckInCodes.invitationOf(code)).contains(INVITATION);
        assertThat(CheckInCodes.invitationOf("not a code")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CheckInCodes("too-short"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
