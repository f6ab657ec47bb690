package vn.doanket.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.doanket.events.error.DomainException;
import vn.doanket.security.UnitsInForce.AreasUnderCommune;
import vn.doanket.security.UnitsInForce.BeforeUnit;
import vn.doanket.territory.Territory;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class UnitsInForceTest {

    static Territory territory;
    static UnitsInForce units;
    static final LocalDate AFTER_REFORM = LocalDate.of(2025, 8, 1);
    static final LocalDate IN_2023 = LocalDate.of(2023, 5, 10);
    /** A residential area published under Phường Bà Rịa (26560) from 1 January 2026 only. */
    static final String LATE_AREA = "26560-UIFT1";

    @BeforeAll
    static void load() {
        territory = Territory.loadOfficial();
        territory.attachResidentialArea(LATE_AREA, "26560", "Khu phố thử", LocalDate.of(2026, 1, 1));
        units = UnitsInForce.of(territory);
    }

    @Test
    void aUnitInForceOnTheDayIsAccepted() {
        assertThat(units.requireUnit("26560", AFTER_REFORM)).isEqualTo("26560");   // Phường Bà Rịa
        assertThat(units.requireUnit("26548", IN_2023)).isEqualTo("26548");        // before its merger
        assertThat(units.requireUnit("79", AFTER_REFORM)).isEqualTo("79");
    }

    @Test
    void aUnitClosedByAReorganisationIsRefusedNamingItsSuccessors() {
        // Phường Phước Hưng (26548) was merged into Phường Bà Rịa (26560) on 1 July 2025
        DomainException closed = catchThrowableOfType(DomainException.class,
                () -> units.requireUnit("26548", AFTER_REFORM));
        assertThat(closed.kind()).isEqualTo(DomainException.Kind.RULE_VIOLATION);
        assertThat(closed.code()).isEqualTo("unit-closed");
        assertThat(closed.text().en()).startsWith("The unit 26548 was closed by a merger or split; it is now: ")
                .contains("26560 (" + territory.nameOf("26560", territory.today()) + ")");
        assertThat(closed.text().vi()).contains("26560");
    }

    @Test
    void aDayBeforeTheUnitExistedIsRefusedAsConfigured() {
        // Đặc khu Bạch Long Vĩ (11948) exists from 1 July 2025 only
        DomainException before = catchThrowableOfType(DomainException.class, () -> units.requireUnit("11948", IN_2023));
        assertThat(before.code()).isEqualTo("date-before-unit");
        assertThat(before.kind()).isEqualTo(DomainException.Kind.RULE_VIOLATION);
        assertThat(before.text().en()).isEqualTo("The unit 11948 is in force only from 2025-07-01, after 2023-05-10");

        DomainException named = catchThrowableOfType(DomainException.class,
                () -> units.beforeUnit(BeforeUnit.REFUSED_NAMING_UNIT).requireUnit("11948", IN_2023));
        assertThat(named.code()).isEqualTo("date-before-unit");
        assertThat(named.text().en()).startsWith("The unit 11948 (").contains(") is in force only from 2025-07-01");

        DomainException unknown = catchThrowableOfType(DomainException.class,
                () -> units.beforeUnit(BeforeUnit.UNKNOWN).requireUnit("11948", IN_2023));
        assertThat(unknown.code()).isEqualTo("unknown-unit");
    }

    @Test
    void anAreaNotYetPublishedCountsUnderItsCommune() {
        assertThat(units.requireUnit("26560-KP99", AFTER_REFORM)).isEqualTo("26560-KP99");
        // not under a commune in force that day (Đặc khu Bạch Long Vĩ, 11948, exists from 1 July 2025 only)
        assertThat(units.requireUnit("11948-KP99", AFTER_REFORM)).isEqualTo("11948-KP99");
        assertThatThrownBy(() -> units.requireUnit("11948-KP99", IN_2023))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("unknown-unit");
    }

    @Test
    void aPublishedAreaNotInForceCountsUnderItsCommuneOnlyWhenAnyAreaIsAllowed() {
        LocalDate beforeArea = LocalDate.of(2025, 12, 1);
        UnitsInForce lenient = units.beforeUnit(BeforeUnit.UNKNOWN);
        assertThatThrownBy(() -> lenient.requireUnit(LATE_AREA, beforeArea))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("unknown-unit");
        assertThat(lenient.areasUnderCommune(AreasUnderCommune.ANY).requireUnit(LATE_AREA, beforeArea))
                .isEqualTo(LATE_AREA);
        assertThat(units.requireUnit(LATE_AREA, LocalDate.of(2026, 2, 1))).isEqualTo(LATE_AREA);
    }

    @Test
    void anUnknownOrMalformedUnitGetsTheContextsProblem() {
        UnitsInForce own = units.unknownUnit((code, on) -> DomainException.rule("unknown-unit", "vi " + code + " " + on,
                "en " + code + " " + on));
        DomainException unknown = catchThrowableOfType(DomainException.class, () -> own.requireUnit("99999", IN_2023));
        assertThat(unknown.code()).isEqualTo("unknown-unit");
        assertThat(unknown.text().en()).isEqualTo("en 99999 2023-05-10");
        assertThatThrownBy(() -> own.requireUnit("not a code", IN_2023))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("unknown-unit");
        assertThatThrownBy(() -> own.requireUnit(null, IN_2023))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("unknown-unit");
    }

    @Test
    void aDayAfterTodayIsRefused() {
        LocalDate today = LocalDate.of(2026, 11, 18);
        assertThat(UnitsInForce.requireNotFuture(today, today, "Ngày", "The day")).isEqualTo(today);
        DomainException future = catchThrowableOfType(DomainException.class,
                () -> UnitsInForce.requireNotFuture(today.plusDays(1), today, "Ngày tiếp nhận", "The day of receipt"));
        assertThat(future.code()).isEqualTo("date-in-future");
        assertThat(future.text().en()).isEqualTo("The day of receipt (2026-11-19) cannot be after today (2026-11-18)");
        assertThat(future.text().vi()).isEqualTo("Ngày tiếp nhận (2026-11-19) không được sau ngày hôm nay (2026-11-18)");
    }
}
