package vn.doanket.membership.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.doanket.events.error.DomainException;
import vn.doanket.membership.api.AppointMemberCommand;
import vn.doanket.membership.api.ChangeMemberPositionCommand;
import vn.doanket.membership.api.ConsolidateWorkCommitteeCommand;
import vn.doanket.membership.api.DismissMemberCommand;
import vn.doanket.membership.api.DissolveWorkCommitteeCommand;
import vn.doanket.membership.api.EstablishWorkCommitteeCommand;
import vn.doanket.membership.api.MemberAppointedEvent;
import vn.doanket.membership.api.MemberDismissedEvent;
import vn.doanket.membership.api.MemberPositionChangedEvent;
import vn.doanket.membership.api.WorkCommitteeConsolidatedEvent;
import vn.doanket.membership.api.WorkCommitteeDissolvedEvent;
import vn.doanket.membership.api.WorkCommitteeEstablishedEvent;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static vn.doanket.membership.api.MemberOrganisation.ELDERLY_ASSOCIATION;
import static vn.doanket.membership.api.MemberOrganisation.PARTY_CELL_SECRETARY;
import static vn.doanket.membership.api.MemberOrganisation.VILLAGE_HEAD;
import static vn.doanket.membership.api.MemberOrganisation.WOMENS_UNION;
import static vn.doanket.membership.api.MemberOrganisation.YOUTH_UNION;
import static vn.doanket.membership.api.Position.DEPUTY;
import static vn.doanket.membership.api.Position.HEAD;
import static vn.doanket.membership.api.Position.MEMBER;

class WorkCommitteeTest {

    static final String AREA = "26560-KP01";
    static final String ID = AREA + "/2024";
    static final LocalDate START = LocalDate.of(2024, 10, 1);
    static final LocalDate END = LocalDate.of(2029, 9, 30);
    static final LocalDate DAY = LocalDate.of(2025, 3, 15);

    FixtureConfiguration<WorkCommittee> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkCommittee.class);
        fixture.registerInjectableResource(territory);
        fixture.registerInjectableResource(PEOPLE);
    }

    /** Every person these tests appoint is registered in the commune of the areas (26560), but the ones named so. */
    static final PersonRegistry PEOPLE = personId -> personId.startsWith("p-unregistered")
            ? java.util.Optional.empty() : java.util.Optional.of(personId.startsWith("p-elsewhere") ? "00004" : "26560");

    static final String MERGED_AREA = "26560-KPM1";
    static final String MERGED_ID = MERGED_AREA + "/2024";
    static final LocalDate AREA_MERGED_ON = LocalDate.of(2025, 10, 1);
    static vn.doanket.territory.Territory territory;

    @org.junit.jupiter.api.BeforeAll
    static void territoryWithAMergedArea() {
        territory = vn.doanket.territory.Territory.loadOfficial();
        territory.attachResidentialArea(MERGED_AREA, "26560", "Khu phố 7", LocalDate.of(2025, 7, 15));
        territory.attachResidentialArea("26560-KPM2", "26560", "Khu phố 8", LocalDate.of(2025, 7, 15));
        territory.detachResidentialArea(MERGED_AREA, AREA_MERGED_ON);
        territory.linkResidentialAreas(MERGED_AREA, "26560-KPM2", vn.doanket.territory.LineageKind.MERGED_INTO,
                AREA_MERGED_ON, "38/QĐ-UBND");
    }

    // merged-away areas

    @Test
    void aMergedAwayAreaTakesNoAppointmentFromTheMergeOn() {
        WorkCommitteeEstablishedEvent established = new WorkCommitteeEstablishedEvent(MERGED_ID, MERGED_AREA, START,
                END, 1, 5, "12/QĐ-MTTQ", START);
        fixture.given(established)
                .when(new AppointMemberCommand(MERGED_ID, "p-9", MEMBER, YOUTH_UNION, AREA_MERGED_ON, "40/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("area-not-in-force"))
                .expectNoEvents();
        fixture.given(established, new MemberAppointedEvent(MERGED_ID, MERGED_AREA, "p-1", DEPUTY, WOMENS_UNION,
                        START.plusDays(1), "13/QĐ"))
                .when(new ChangeMemberPositionCommand(MERGED_ID, "p-1", DEPUTY, HEAD, AREA_MERGED_ON.plusDays(3), "41/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("area-not-in-force"));
        fixture.given(established)
                .when(new ConsolidateWorkCommitteeCommand(MERGED_ID, AREA_MERGED_ON.plusMonths(1), "42/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("area-not-in-force"));
        // before the merge appointments are fine
        fixture.given(established)
                .when(new AppointMemberCommand(MERGED_ID, "p-9", MEMBER, YOUTH_UNION, AREA_MERGED_ON.minusDays(1), "39/QĐ"))
                .expectEvents(new MemberAppointedEvent(MERGED_ID, MERGED_AREA, "p-9", MEMBER, YOUTH_UNION,
                        AREA_MERGED_ON.minusDays(1), "39/QĐ"));
        // its members can still be dismissed and the committee dissolved, to be re-formed in the receiving area
        fixture.given(established, new MemberAppointedEvent(MERGED_ID, MERGED_AREA, "p-1", HEAD, VILLAGE_HEAD,
                        START.plusDays(1), "13/QĐ"))
                .when(new DismissMemberCommand(MERGED_ID, "p-1", HEAD, AREA_MERGED_ON, "Khu dân cư sáp nhập", "43/QĐ"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void noCommitteeIsEstablishedInAMergedAwayArea() {
        fixture.givenNoPriorActivity()
                .when(new EstablishWorkCommitteeCommand(MERGED_AREA + "/2026", MERGED_AREA, LocalDate.of(2026, 1, 1),
                        LocalDate.of(2030, 12, 31), 1, 5, "50/QĐ", LocalDate.of(2026, 1, 1)))
                .expectException(DomainException.class).expectExceptionMessage(containsString("area-not-in-force"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new EstablishWorkCommitteeCommand("26560-KPM2/2026", "26560-KPM2", LocalDate.of(2026, 1, 1),
                        LocalDate.of(2030, 12, 31), 1, 5, "50/QĐ", LocalDate.of(2026, 1, 1)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void pastDatesAreAcceptedButNotBeforeTheAreaExistedNorInTheFuture() {
        // the area 26560-KPM1 was registered on 15 July 2025
        fixture.givenNoPriorActivity()
                .when(new EstablishWorkCommitteeCommand(MERGED_AREA + "/2025", MERGED_AREA, LocalDate.of(2025, 1, 1),
                        LocalDate.of(2029, 12, 31), 1, 5, "50/QĐ", LocalDate.of(2025, 7, 14)))
                .expectException(DomainException.class).expectExceptionMessage(containsString("date-before-area"))
                .expectNoEvents();
        // a committee of a past term, established with its real date
        FixtureConfiguration<WorkCommittee> past = new AggregateTestFixture<>(WorkCommittee.class);
        past.registerInjectableResource(territory);
        past.registerInjectableResource(PEOPLE);
        past.givenNoPriorActivity()
                .when(new EstablishWorkCommitteeCommand(AREA + "/2019", AREA, LocalDate.of(2019, 10, 1),
                        LocalDate.of(2024, 9, 30), 1, 5, "7/QĐ-MTTQ", LocalDate.of(2019, 10, 1)))
                .expectSuccessfulHandlerExecution();
        FixtureConfiguration<WorkCommittee> current = new AggregateTestFixture<>(WorkCommittee.class);
        current.registerInjectableResource(territory);
        current.registerInjectableResource(PEOPLE);
        current.given(established())
                .when(new AppointMemberCommand(ID, "p-1", MEMBER, WOMENS_UNION, territory.today().plusDays(1), "14/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("date-in-future"))
                .expectNoEvents();
        FixtureConfiguration<WorkCommittee> fresh = new AggregateTestFixture<>(WorkCommittee.class);
        fresh.registerInjectableResource(territory);
        fresh.registerInjectableResource(PEOPLE);
        fresh.givenNoPriorActivity()
                .when(new EstablishWorkCommitteeCommand(AREA + "/2029", AREA, LocalDate.of(2029, 10, 1),
                        LocalDate.of(2034, 9, 30), 1, 5, "7/QĐ-MTTQ", LocalDate.of(2029, 10, 1)))
                .expectException(DomainException.class).expectExceptionMessage(containsString("date-in-future"))
                .expectNoEvents();
    }

    static WorkCommitteeEstablishedEvent established() {
        return new WorkCommitteeEstablishedEvent(ID, AREA, START, END, 2, 5, "12/QĐ-MTTQ", START);
    }

    static MemberAppointedEvent appointed(String person, vn.doanket.membership.api.Position position,
                                          vn.doanket.membership.api.MemberOrganisation org) {
        return new MemberAppointedEvent(ID, AREA, person, position, org, START.plusDays(1), "13/QĐ-MTTQ");
    }

    // establishment

    @Test
    void appointsOnlyARegisteredPersonOfTheAreasCommune() {
        fixture.given(established())
                .when(new AppointMemberCommand(ID, "p-unregistered-1", vn.doanket.membership.api.Position.MEMBER,
                        vn.doanket.membership.api.MemberOrganisation.YOUTH_UNION, START.plusDays(2), "14/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("person-not-registered"))
                .expectNoEvents();
        fixture.given(established())
                .when(new AppointMemberCommand(ID, "p-elsewhere-1", vn.doanket.membership.api.Position.MEMBER,
                        vn.doanket.membership.api.MemberOrganisation.YOUTH_UNION, START.plusDays(2), "14/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("person-out-of-scope"))
                .expectNoEvents();
        fixture.given(established())
                .when(new AppointMemberCommand(ID, "p-7", vn.doanket.membership.api.Position.MEMBER,
                        vn.doanket.membership.api.MemberOrganisation.YOUTH_UNION, START.plusDays(2), "14/QĐ"))
                .expectEvents(new MemberAppointedEvent(ID, AREA, "p-7", vn.doanket.membership.api.Position.MEMBER,
                        vn.doanket.membership.api.MemberOrganisation.YOUTH_UNION, START.plusDays(2), "14/QĐ"));
    }

    @Test
    void establishesACommitteeForAnAreaAndATerm() {
        fixture.givenNoPriorActivity()
                .when(new EstablishWorkCommitteeCommand(ID, AREA, START, END, 2, 5, " 12/QĐ-MTTQ ", START))
                .expectEvents(established())
                .expectState(c -> assertThat(c.composition().vacancies())
                        .containsExactlyInAnyOrder(Composition.Vacancy.NO_HEAD, Composition.Vacancy.MISSING_DEPUTIES,
                                Composition.Vacancy.BELOW_MINIMUM_SIZE));
    }

    @Test
    void rejectsATermLongerThanFiveYearsOrBackwards() {
        fixture.givenNoPriorActivity()
                .when(new EstablishWorkCommitteeCommand(ID, AREA, START, START.plusYears(6), 2, 5, "12/QĐ", START))
                .expectException(DomainException.class).expectExceptionMessage(containsString("invalid-term")).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new EstablishWorkCommitteeCommand(ID, AREA, START, START.minusDays(1), 2, 5, "12/QĐ", START))
                .expectException(DomainException.class).expectExceptionMessage(containsString("invalid-term")).expectNoEvents();
    }

    @Test
    void rejectsAnIdThatIsNotAreaAndTermYear() {
        fixture.givenNoPriorActivity()
                .when(new EstablishWorkCommitteeCommand(AREA + "/2023", AREA, START, END, 2, 5, "12/QĐ", START))
                .expectException(DomainException.class).expectExceptionMessage(containsString("invalid-committee-id"));
    }

    @Test
    void rejectsABadAreaCodeCompositionOrMissingDecision() {
        fixture.givenNoPriorActivity()
                .when(new EstablishWorkCommitteeCommand("26560/2024", "26560", START, END, 2, 5, "12/QĐ", START))
                .expectException(DomainException.class).expectExceptionMessage(containsString("invalid-area-code"));
        fixture.givenNoPriorActivity()
                .when(new EstablishWorkCommitteeCommand(ID, AREA, START, END, -1, 5, "12/QĐ", START))
                .expectException(DomainException.class).expectExceptionMessage(containsString("invalid-composition"));
        fixture.givenNoPriorActivity()
                .when(new EstablishWorkCommitteeCommand(ID, AREA, START, END, 2, 5, " ", START))
                .expectException(DomainException.class).expectExceptionMessage(containsString("missing-decision"));
    }

    // appointments

    @Test
    void appointsMembersAndDerivesVacancies() {
        fixture.given(established(), appointed("p-1", HEAD, VILLAGE_HEAD), appointed("p-2", DEPUTY, WOMENS_UNION))
                .when(new AppointMemberCommand(ID, "p-3", MEMBER, YOUTH_UNION, DAY, "14/QĐ"))
                .expectEvents(new MemberAppointedEvent(ID, AREA, "p-3", MEMBER, YOUTH_UNION, DAY, "14/QĐ"))
                .expectState(c -> {
                    assertThat(c.composition().members()).isEqualTo(3);
                    assertThat(c.composition().missingDeputies()).isEqualTo(1);
                    assertThat(c.composition().missingMembers()).isEqualTo(2);
                    assertThat(c.composition().vacancies()).doesNotContain(Composition.Vacancy.NO_HEAD);
                });
    }

    @Test
    void aPersonMayHoldSeveralPositionsButCountsOnce() {
        fixture.given(established(), appointed("p-1", DEPUTY, PARTY_CELL_SECRETARY))
                .when(new AppointMemberCommand(ID, "p-1", MEMBER, ELDERLY_ASSOCIATION, DAY, "14/QĐ"))
                .expectSuccessfulHandlerExecution()
                .expectState(c -> assertThat(c.composition().members()).isEqualTo(1));
    }

    @Test
    void atMostOneHeadAtATime() {
        fixture.given(established(), appointed("p-1", HEAD, VILLAGE_HEAD))
                .when(new AppointMemberCommand(ID, "p-2", HEAD, WOMENS_UNION, DAY, "14/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("head-already-appointed"))
                .expectNoEvents();
    }

    @Test
    void noDoubleAppointmentToTheSamePosition() {
        fixture.given(established(), appointed("p-1", MEMBER, WOMENS_UNION))
                .when(new AppointMemberCommand(ID, "p-1", MEMBER, YOUTH_UNION, DAY, "14/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("already-holds-position"))
                .expectNoEvents();
    }

    @Test
    void noAppointmentOutsideTheTerm() {
        fixture.given(established())
                .when(new AppointMemberCommand(ID, "p-1", MEMBER, WOMENS_UNION, END.plusDays(1), "14/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("date-outside-term"));
        fixture.given(established())
                .when(new AppointMemberCommand(ID, "p-1", MEMBER, WOMENS_UNION, START.minusDays(1), "14/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("date-outside-term"));
    }

    @Test
    void noAppointmentToADissolvedCommittee() {
        fixture.given(established(), new WorkCommitteeDissolvedEvent(ID, AREA, DAY, "Khu dân cư sáp nhập"))
                .when(new AppointMemberCommand(ID, "p-1", MEMBER, WOMENS_UNION, DAY, "14/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("committee-dissolved"))
                .expectNoEvents();
    }

    @Test
    void rejectsAnIncompleteAppointment() {
        fixture.given(established())
                .when(new AppointMemberCommand(ID, " ", MEMBER, WOMENS_UNION, DAY, "14/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("invalid-appointment"));
        fixture.given(established())
                .when(new AppointMemberCommand(ID, "p-1", MEMBER, null, DAY, "14/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("invalid-appointment"));
    }

    // position changes and dismissals

    @Test
    void aDeputyBecomesHeadOnceTheHeadLeaves() {
        fixture.given(established(), appointed("p-1", HEAD, VILLAGE_HEAD), appointed("p-2", DEPUTY, WOMENS_UNION),
                        new MemberDismissedEvent(ID, AREA, "p-1", HEAD, DAY, "Chuyển công tác", "20/QĐ"))
                .when(new ChangeMemberPositionCommand(ID, "p-2", DEPUTY, HEAD, DAY.plusDays(1), "21/QĐ"))
                .expectEvents(new MemberPositionChangedEvent(ID, AREA, "p-2", DEPUTY, HEAD, DAY.plusDays(1), "21/QĐ"))
                .expectState(c -> assertThat(c.composition().hasHead()).isTrue());
    }

    @Test
    void aPositionChangeCannotCreateASecondHeadOrMoveAPositionNotHeld() {
        fixture.given(established(), appointed("p-1", HEAD, VILLAGE_HEAD), appointed("p-2", DEPUTY, WOMENS_UNION))
                .when(new ChangeMemberPositionCommand(ID, "p-2", DEPUTY, HEAD, DAY, "21/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("head-already-appointed"));
        fixture.given(established(), appointed("p-2", DEPUTY, WOMENS_UNION))
                .when(new ChangeMemberPositionCommand(ID, "p-2", MEMBER, HEAD, DAY, "21/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("not-holding-position"));
        fixture.given(established(), appointed("p-2", DEPUTY, WOMENS_UNION))
                .when(new ChangeMemberPositionCommand(ID, "p-2", DEPUTY, DEPUTY, DAY, "21/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("already-holds-position"));
    }

    @Test
    void dismissesWithAReasonAndTheDecision() {
        fixture.given(established(), appointed("p-1", MEMBER, WOMENS_UNION))
                .when(new DismissMemberCommand(ID, "p-1", MEMBER, DAY, " Chuyển nơi cư trú ", "22/QĐ"))
                .expectEvents(new MemberDismissedEvent(ID, AREA, "p-1", MEMBER, DAY, "Chuyển nơi cư trú", "22/QĐ"))
                .expectState(c -> assertThat(c.composition().members()).isZero());
    }

    @Test
    void rejectsADismissalWithoutReasonOrOfAPositionNotHeld() {
        fixture.given(established(), appointed("p-1", MEMBER, WOMENS_UNION))
                .when(new DismissMemberCommand(ID, "p-1", MEMBER, DAY, " ", "22/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("missing-reason"));
        fixture.given(established(), appointed("p-1", MEMBER, WOMENS_UNION))
                .when(new DismissMemberCommand(ID, "p-1", DEPUTY, DAY, "Lý do", "22/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("not-holding-position"));
        fixture.given(established(), appointed("p-1", MEMBER, WOMENS_UNION))
                .when(new DismissMemberCommand(ID, "p-1", MEMBER, DAY, "Lý do", null))
                .expectException(DomainException.class).expectExceptionMessage(containsString("missing-decision"));
    }

    // consolidation and dissolution

    @Test
    void aConsolidationIsRecordedAsItsOwnFact() {
        fixture.given(established())
                .when(new ConsolidateWorkCommitteeCommand(ID, DAY, "30/QĐ"))
                .expectEvents(new WorkCommitteeConsolidatedEvent(ID, AREA, DAY, "30/QĐ"));
        fixture.given(established())
                .when(new ConsolidateWorkCommitteeCommand(ID, END.plusDays(1), "30/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("date-outside-term"));
    }

    @Test
    void dissolvesOnceWithAReason() {
        fixture.given(established())
                .when(new DissolveWorkCommitteeCommand(ID, DAY, "Khu dân cư sáp nhập"))
                .expectEvents(new WorkCommitteeDissolvedEvent(ID, AREA, DAY, "Khu dân cư sáp nhập"))
                .expectState(c -> assertThat(c.dissolved()).isTrue());
        fixture.given(established(), new WorkCommitteeDissolvedEvent(ID, AREA, DAY, "Khu dân cư sáp nhập"))
                .when(new DissolveWorkCommitteeCommand(ID, DAY, "Lần nữa"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("committee-dissolved"));
        fixture.given(established())
                .when(new DissolveWorkCommitteeCommand(ID, DAY, ""))
                .expectException(DomainException.class).expectExceptionMessage(containsString("missing-reason"));
        fixture.given(established())
                .when(new DissolveWorkCommitteeCommand(ID, START.minusDays(1), "Lý do"))
                .expectException(DomainException.class).expectExceptionMessage(containsString("date-outside-term"));
    }
}
