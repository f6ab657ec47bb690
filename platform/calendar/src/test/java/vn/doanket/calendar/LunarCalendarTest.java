package vn.doanket.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTest {

    /**
     * Tết (lunar 1/1) of the years the SLA rules cover. 2030 is 2030-02-02 in Vietnam: the new moon falls at
     * about 16:07 UTC on 2 February, i.e. 23:07 in Hà Nội but 00:07 on 3 February in Beijing — 2030-02-03 is
     * the Chinese New Year, not Tết (see {@link #vietnameseAndChineseCalendarsDifferByTheTimeZone}).
     */
    @ParameterizedTest(name = "Tết {0} = {1}")
    @CsvSource({
        "2019, 2019-02-05", "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22",
        "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06", "2028, 2028-01-26",
        "2029, 2029-02-13", "2030, 2030-02-02", "2031, 2031-01-23", "2032, 2032-02-11", "2033, 2033-01-31",
        "2034, 2034-02-19", "2035, 2035-02-08"})
    void tet(int year, LocalDate expected) {
        assertThat(LunarCalendar.tet(year)).isEqualTo(expected);
        assertThat(LunarCalendar.toSolar(LunarDate.of(year, 1, 1))).isEqualTo(expected);
        assertThat(LunarCalendar.toLunar(expected)).isEqualTo(LunarDate.of(year, 1, 1));
        assertThat(LunarCalendar.lastDayOfYear(year - 1)).isEqualTo(expected.minusDays(1));
    }

    @ParameterizedTest(name = "Giỗ Tổ {0} = {1}")
    @CsvSource({"2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26"})
    void hungKingsDay(int year, LocalDate expected) {
        assertThat(LunarCalendar.toSolar(LunarDate.of(year, 3, 10))).isEqualTo(expected);
        assertThat(LunarCalendar.toLunar(expected)).isEqualTo(LunarDate.of(year, 3, 10));
    }

    @Test
    void otherKnownDates() {
        assertThat(LunarCalendar.toLunar(LocalDate.of(2024, 9, 17))).isEqualTo(LunarDate.of(2024, 8, 15)); // Trung thu
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 10, 6))).isEqualTo(LunarDate.of(2025, 8, 15));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2024, 12, 31))).isEqualTo(LunarDate.of(2024, 12, 1));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 1, 28))).isEqualTo(LunarDate.of(2024, 12, 29));
    }

    @ParameterizedTest(name = "{0}: leap month {1}")
    @CsvSource({"2019, 0", "2020, 4", "2021, 0", "2022, 0", "2023, 2", "2024, 0", "2025, 6", "2026, 0",
        "2028, 5", "2031, 3", "2033, 11", "2036, 6"})
    void leapMonths(int year, int leap) {
        assertThat(LunarCalendar.leapMonth(year)).isEqualTo(leap == 0 ? OptionalInt.empty() : OptionalInt.of(leap));
    }

    @Test
    void leapMonthsConvertBothWays() {
        assertThat(LunarCalendar.toSolar(LunarDate.ofLeapMonth(2020, 4, 1))).isEqualTo("2020-05-23");
        assertThat(LunarCalendar.toSolar(LunarDate.ofLeapMonth(2023, 2, 1))).isEqualTo("2023-03-22");
        assertThat(LunarCalendar.toSolar(LunarDate.ofLeapMonth(2025, 6, 1))).isEqualTo("2025-07-25");
        assertThat(LunarCalendar.toSolar(LunarDate.of(2025, 7, 1))).isEqualTo("2025-08-23");
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 7, 25))).isEqualTo(LunarDate.ofLeapMonth(2025, 6, 1));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 7, 24))).isEqualTo(LunarDate.of(2025, 6, 30));
        // the leap 11th month of 2033 lies in December 2033 but belongs to lunar year 2033
        assertThat(LunarCalendar.toLunar(LocalDate.of(2033, 12, 22))).isEqualTo(LunarDate.ofLeapMonth(2033, 11, 1));
        assertThat(LunarDate.ofLeapMonth(2025, 6, 1)).hasToString("1/6 nhuận/2025 ÂL");
    }

    @Test
    void vietnameseAndChineseCalendarsDifferByTheTimeZone() {
        Lunisolar china = new Lunisolar(8);
        // Tết Ất Sửu 1985: Vietnam (UTC+7) a month before China (UTC+8)
        assertThat(LunarCalendar.tet(1985)).isEqualTo("1985-01-21");
        assertThat(china.toSolar(LunarDate.of(1985, 1, 1))).isEqualTo("1985-02-20");
        // Tết Đinh Hợi 2007 and the 2030 new year: one day apart
        assertThat(LunarCalendar.tet(2007)).isEqualTo("2007-02-17");
        assertThat(china.toSolar(LunarDate.of(2007, 1, 1))).isEqualTo("2007-02-18");
        assertThat(china.toSolar(LunarDate.of(2030, 1, 1))).isEqualTo("2030-02-03");
        // usually identical
        assertThat(china.toSolar(LunarDate.of(2026, 1, 1))).isEqualTo(LunarCalendar.tet(2026));
    }

    @Test
    void everyDayFrom1900To2100RoundTripsAndLunarDaysAreConsecutive() {
        LunarDate previous = null;
        int days = 0;
        for (LocalDate day = LunarCalendar.MIN_DATE; !day.isAfter(LunarCalendar.MAX_DATE); day = day.plusDays(1)) {
            LunarDate lunar = LunarCalendar.toLunar(day);
            assertThat(LunarCalendar.toSolar(lunar)).as("round trip of %s via %s", day, lunar).isEqualTo(day);
            if (previous != null && lunar.day() != 1) {
                assertThat(lunar).as("day after %s", previous).isEqualTo(new LunarDate(previous.year(),
                        previous.month(), previous.day() + 1, previous.leapMonth()));
            } else if (previous != null) {
                assertThat(previous.day()).as("length of the month ending %s", previous).isIn(29, 30);
            }
            previous = lunar;
            days++;
        }
        assertThat(days).isEqualTo(73_414);
    }

    @Test
    void everyLunarYearHasTwelveOrThirteenMonthsOfTwentyNineOrThirtyDays() {
        for (int year = 1900; year < 2100; year++) {
            long length = LunarCalendar.tet(year + 1).toEpochDay() - LunarCalendar.tet(year).toEpochDay();
            boolean leap = LunarCalendar.leapMonth(year).isPresent();
            assertThat(length).as("length of lunar year %d", year).isBetween(leap ? 383L : 353L, leap ? 385L : 355L);
        }
    }

    @Test
    void rejectsDatesThatDoNotExist() {
        assertThatThrownBy(() -> LunarCalendar.toSolar(LunarDate.ofLeapMonth(2024, 6, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no leap month 6");
        assertThat(LunarCalendar.monthLength(2024, 12, false)).isEqualTo(29);
        assertThatThrownBy(() -> LunarCalendar.toSolar(LunarDate.of(2024, 12, 30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("29 days");
        assertThatThrownBy(() -> LunarDate.of(2024, 13, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LunarDate.of(2024, 1, 31)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsDatesOutsideTheVerifiedRange() {
        assertThatThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(1899, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the supported range");
        assertThatThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(2101, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LunarCalendar.toSolar(LunarDate.of(2101, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(LunarCalendar.toLunar(LocalDate.of(1900, 1, 1)).year()).isEqualTo(1899);
    }
}
