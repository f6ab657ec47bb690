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
}
