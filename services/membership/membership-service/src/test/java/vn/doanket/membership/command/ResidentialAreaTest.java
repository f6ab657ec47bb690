package vn.doanket.membership.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.doanket.events.error.DomainException;
import vn.doanket.membership.api.RegisterResidentialAreaCommand;
import vn.doanket.membership.api.ResidentialAreaKind;
import vn.doanket.membership.api.ResidentialAreaRegisteredEvent;
import vn.doanket.territory.Territory;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ResidentialAreaTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    /** Phường Bà Rịa, Thành phố Hồ Chí Minh, since 1 July 2025. */
    static final String BA_RIA = "26560";

    static Territory territory;
    FixtureConfiguration<ResidentialArea> fixture;

    @BeforeAll
    static void loadTerritory() {
        territory = Territory.loadOfficial();
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ResidentialArea.class);
        fixture.registerInjectableResource(territory);
    }

    @Test
    void registersUnderACurrentCommune() {
        fixture.givenNoPriorActivity()
                .when(new RegisterResidentialAreaCommand(BA_RIA + "-ABCDEFGH", BA_RIA, "  Khu phố Long Hương ",
                        ResidentialAreaKind.KHU_PHO, TODAY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ResidentialAreaRegisteredEvent(BA_RIA + "-ABCDEFGH", BA_RIA, "Khu phố Long Hương",
                        ResidentialAreaKind.KHU_PHO, TODAY))
                .expectState(area -> {
                    assertThat(area.communeCode()).isEqualTo(BA_RIA);
                    assertThat(area.name()).isEqualTo("Khu phố Long Hương");
                    assertThat(area.kind()).isEqualTo(ResidentialAreaKind.KHU_PHO);
                });
    }

    @Test
    void rejectsAnUnknownCommune() {
        fixture.givenNoPriorActivity()
                .when(new RegisterResidentialAreaCommand("99999-ABCDEFGH", "99999", "Thôn 1", ResidentialAreaKind.THON, TODAY))
                .expectException(DomainException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("unknown-unit"))
                .expectNoEvents();
    }

    @Test
    void rejectsACommuneThatNoLongerExists() {
        // 26554 (Phường Phước Nguyên) was a ward of the former Bà Rịa city; it merged away on 1 July 2025
        assertThat(territory.unit("26554", LocalDate.of(2024, 1, 1))).isPresent();
        assertThat(territory.unit("26554", TODAY)).isEmpty();
        fixture.givenNoPriorActivity()
                .when(new RegisterResidentialAreaCommand("26554-ABCDEFGH", "26554", "Thôn 1", ResidentialAreaKind.THON, TODAY))
                .expectException(DomainException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAProvinceCodeInPlaceOfACommune() {
        fixture.givenNoPriorActivity()
                .when(new RegisterResidentialAreaCommand("79-ABCDEFGH", "79", "Thôn 1", ResidentialAreaKind.THON, TODAY))
                .expectException(DomainException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsABlankName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterResidentialAreaCommand(BA_RIA + "-ABCDEFGH", BA_RIA, "   ", ResidentialAreaKind.THON, TODAY))
                .expectException(DomainException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("invalid-name"))
                .expectNoEvents();
    }

    @Test
    void rejectsAMissingKind() {
        fixture.givenNoPriorActivity()
                .when(new RegisterResidentialAreaCommand(BA_RIA + "-ABCDEFGH", BA_RIA, "Thôn 1", null, TODAY))
                .expectException(DomainException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAnAreaCodeOfAnotherCommune() {
        fixture.givenNoPriorActivity()
                .when(new RegisterResidentialAreaCommand("00004-ABCDEFGH", BA_RIA, "Thôn 1", ResidentialAreaKind.THON, TODAY))
                .expectException(DomainException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("invalid-area-code"))
                .expectNoEvents();
    }

    // rename, merge, split

    static final String KP = BA_RIA + "-KP01";
    static final LocalDate REGISTERED = LocalDate.of(2025, 7, 15);

    static ResidentialAreaRegisteredEvent registered(String code, String name) {
        return new ResidentialAreaRegisteredEvent(code, BA_RIA, name, ResidentialAreaKind.KHU_PHO, REGISTERED);
    }

    @Test
    void isRenamedWithItsDecisionAndKeepsItsCode() {
        LocalDate on = LocalDate.of(2025, 9, 1);
        fixture.given(registered(KP, "Khu phố 1"))
                .when(new vn.doanket.membership.api.RenameResidentialAreaCommand(KP, " Khu phố Long Hương ", null, on, "45/QĐ-UBND"))
                .expectEvents(new vn.doanket.membership.api.ResidentialAreaRenamedEvent(KP, BA_RIA, "Khu phố 1",
                        "Khu phố Long Hương", ResidentialAreaKind.KHU_PHO, on, "45/QĐ-UBND"))
                .expectState(area -> assertThat(area.name()).isEqualTo("Khu phố Long Hương"));
        fixture.given(registered(KP, "Khu phố 1"))
                .when(new vn.doanket.membership.api.RenameResidentialAreaCommand(KP, "Khu phố 1", ResidentialAreaKind.KHU_PHO, on, "45/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(org.hamcrest.Matchers.containsString("same-name"));
        fixture.given(registered(KP, "Khu phố 1"))
                .when(new vn.doanket.membership.api.RenameResidentialAreaCommand(KP, "Khu phố 9", null, REGISTERED.minusDays(1), "45/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(org.hamcrest.Matchers.containsString("date-before-area"));
        fixture.given(registered(KP, "Khu phố 1"))
                .when(new vn.doanket.membership.api.RenameResidentialAreaCommand(KP, "Khu phố 9", null, on, " "))
                .expectException(DomainException.class).expectExceptionMessage(org.hamcrest.Matchers.containsString("missing-decision"));
    }

    @Test
    void isMergedIntoAnotherAreaOfItsCommuneAndThenTakesNoChanges() {
        LocalDate on = LocalDate.of(2025, 10, 1);
        String kp2 = BA_RIA + "-KP02";
        java.util.List<String> merged = java.util.List.of(kp2, BA_RIA + "-KP03");
        var event = new vn.doanket.membership.api.ResidentialAreaMergedEvent(kp2, BA_RIA, KP, merged, on, "38/QĐ-UBND");
        fixture.given(registered(kp2, "Khu phố 2"))
                .when(new vn.doanket.membership.api.MergeResidentialAreaCommand(kp2, KP, merged, on, "38/QĐ-UBND"))
                .expectEvents(event)
                .expectState(area -> assertThat(area.closed()).isTrue());
        fixture.given(registered(kp2, "Khu phố 2"), event)
                .when(new vn.doanket.membership.api.RenameResidentialAreaCommand(kp2, "Khu phố Mới", null, on.plusDays(1), "50/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(org.hamcrest.Matchers.containsString("area-closed"))
                .expectNoEvents();
        fixture.given(registered(kp2, "Khu phố 2"), event)
                .when(new ConfirmResidentialAreaOpenCommand(kp2, on.plusDays(1)))
                .expectException(DomainException.class).expectExceptionMessage(org.hamcrest.Matchers.containsString("area-closed"));
        fixture.given(registered(kp2, "Khu phố 2"))
                .when(new vn.doanket.membership.api.MergeResidentialAreaCommand(kp2, kp2, java.util.List.of(kp2), on, "38/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(org.hamcrest.Matchers.containsString("invalid-merge-target"));
        fixture.given(registered(kp2, "Khu phố 2"))
                .when(new vn.doanket.membership.api.MergeResidentialAreaCommand(kp2, "26563-KP01", java.util.List.of(kp2), on, "38/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(org.hamcrest.Matchers.containsString("merge-across-communes"));
        fixture.given(registered(kp2, "Khu phố 2"))
                .when(new vn.doanket.membership.api.MergeResidentialAreaCommand(kp2, KP, java.util.List.of(BA_RIA + "-KP03"), on, "38/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(org.hamcrest.Matchers.containsString("invalid-merge-sources"));
    }

    @Test
    void isSplitIntoAtLeastTwoAreasOfItsCommune() {
        LocalDate on = LocalDate.of(2026, 1, 1);
        java.util.List<String> parts = java.util.List.of(BA_RIA + "-KP05", BA_RIA + "-KP06");
        fixture.given(registered(KP, "Khu phố 1"))
                .when(new vn.doanket.membership.api.SplitResidentialAreaCommand(KP, parts, on, "02/QĐ-UBND"))
                .expectEvents(new vn.doanket.membership.api.ResidentialAreaSplitEvent(KP, BA_RIA, parts, on, "02/QĐ-UBND"))
                .expectState(area -> assertThat(area.closed()).isTrue());
        fixture.given(registered(KP, "Khu phố 1"))
                .when(new vn.doanket.membership.api.SplitResidentialAreaCommand(KP, java.util.List.of(BA_RIA + "-KP05"), on, "02/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(org.hamcrest.Matchers.containsString("invalid-split"));
        fixture.given(registered(KP, "Khu phố 1"), new vn.doanket.membership.api.ResidentialAreaSplitEvent(KP, BA_RIA, parts, on, "02/QĐ"))
                .when(new vn.doanket.membership.api.SplitResidentialAreaCommand(KP, parts, on.plusDays(1), "03/QĐ"))
                .expectException(DomainException.class).expectExceptionMessage(org.hamcrest.Matchers.containsString("area-closed"));
    }

    @Test
    void isRegisteredAsOfAPastDayUnderTheCommuneOfThatDay() {
        // in 2024 the code 26560 was Phường Phước Trung of Bà Rịa–Vũng Tàu: the area is registered under it
        fixture.givenNoPriorActivity()
                .when(new RegisterResidentialAreaCommand(BA_RIA + "-OLD1", BA_RIA, "Khu phố 1", ResidentialAreaKind.KHU_PHO,
                        LocalDate.of(2024, 5, 1)))
                .expectEvents(new ResidentialAreaRegisteredEvent(BA_RIA + "-OLD1", BA_RIA, "Khu phố 1",
                        ResidentialAreaKind.KHU_PHO, LocalDate.of(2024, 5, 1)));
        // Phường Phước Hưng (26548), merged into Phường Bà Rịa on 1 July 2025, in 2023
        fixture.givenNoPriorActivity()
                .when(new RegisterResidentialAreaCommand("26548-KP02", "26548", "Khu phố 2", ResidentialAreaKind.KHU_PHO,
                        LocalDate.of(2023, 3, 1)))
                .expectEvents(new ResidentialAreaRegisteredEvent("26548-KP02", "26548", "Khu phố 2",
                        ResidentialAreaKind.KHU_PHO, LocalDate.of(2023, 3, 1)));
    }

    @Test
    void aPre2025CommuneAfterTheReformIsRefusedNamingItsSuccessor() {
        fixture.givenNoPriorActivity()
                .when(new RegisterResidentialAreaCommand("26548-KP02", "26548", "Khu phố 2", ResidentialAreaKind.KHU_PHO,
                        LocalDate.of(2025, 8, 1)))
                .expectNoEvents().expectException(DomainException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("commune-closed"),
                        org.hamcrest.Matchers.containsString("26560 (Phường Bà Rịa)")));
    }

    @Test
    void aCommuneBeforeItTookEffectIsRefusedNamingWhatWasInForce() {
        // Đặc khu Bạch Long Vĩ (11948) exists from 1 July 2025; before, the district of the same name
        fixture.givenNoPriorActivity()
                .when(new RegisterResidentialAreaCommand("11948-T1", "11948", "Thôn 1", ResidentialAreaKind.THON,
                        LocalDate.of(2024, 1, 1)))
                .expectNoEvents().expectException(DomainException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("commune-not-yet-in-force"),
                        org.hamcrest.Matchers.containsString("Bạch Long Vĩ")));
    }

    @Test
    void confirmsTheAreaExistedOnADayOnlyBetweenRegistrationAndClosing() {
        ResidentialAreaRegisteredEvent registered = new ResidentialAreaRegisteredEvent("26548-KP02", "26548", "Khu phố 2",
                ResidentialAreaKind.KHU_PHO, LocalDate.of(2023, 3, 1));
        fixture.given(registered).when(new ConfirmResidentialAreaExistedCommand("26548-KP02", LocalDate.of(2023, 3, 1)))
                .expectSuccessfulHandlerExecution().expectNoEvents().expectResultMessagePayload("26548");
        fixture.given(registered).when(new ConfirmResidentialAreaExistedCommand("26548-KP02", LocalDate.of(2023, 2, 28)))
                .expectNoEvents().expectException(DomainException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("date-before-area"));
        fixture.given(registered, new vn.doanket.membership.api.ResidentialAreaMergedEvent("26548-KP02", "26548",
                        "26548-KP01", java.util.List.of("26548-KP02"), LocalDate.of(2024, 1, 1), "1/QĐ"))
                .when(new ConfirmResidentialAreaExistedCommand("26548-KP02", LocalDate.of(2024, 1, 1)))
                .expectNoEvents().expectException(DomainException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("area-not-in-force"));
    }

    @Test
    void confirmsAnOpenAreaWithoutRecordingAnything() {
        fixture.given(registered(KP, "Khu phố 1"))
                .when(new ConfirmResidentialAreaOpenCommand(KP, LocalDate.of(2025, 10, 1)))
                .expectSuccessfulHandlerExecution().expectNoEvents().expectResultMessagePayload(BA_RIA);
    }
}
