package vn.doanket.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import vn.doanket.calendar.PublicHoliday.Observance;

class WorkingCalendarTest {

    private static final WorkingCalendar OFFICIAL = WorkingCalendar.official();
    private static final WorkingCalendar RULES = WorkingCalendar.statutoryRulesOnly();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class Holidays {

        @Test
        void of2025WithNames() {
            assertThat(RULES.holidays(2025)).extracting(PublicHoliday::date, PublicHoliday::vietnameseName,
                    PublicHoliday::englishName, PublicHoliday::observance).containsExactly(
                    tuple(d("2025-01-01"), "Tết Dương lịch", "New Year's Day", Observance.STATUTORY),
                    tuple(d("2025-01-28"), "Tết Nguyên Đán", "Lunar New Year", Observance.STATUTORY), // 29 tháng Chạp
                    tuple(d("2025-01-29"), "Tết Nguyên Đán", "Lunar New Year", Observance.STATUTORY),
                    tuple(d("2025-01-30"), "Tết Nguyên Đán", "Lunar New Year", Observance.STATUTORY),
                    tuple(d("2025-01-31"), "Tết Nguyên Đán", "Lunar New Year", Observance.STATUTORY),
                    tuple(d("2025-02-01"), "Tết Nguyên Đán", "Lunar New Year", Observance.STATUTORY),
                    tuple(d("2025-02-03"), "Nghỉ bù Tết Nguyên Đán", "Lunar New Year (substitute day)", Observance.SUBSTITUTE),
                    tuple(d("2025-04-07"), "Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration", Observance.STATUTORY),
                    tuple(d("2025-04-30"), "Ngày Giải phóng miền Nam, thống nhất đất nước", "Reunification Day", Observance.STATUTORY),
                    tuple(d("2025-05-01"), "Ngày Quốc tế Lao động", "International Labour Day", Observance.STATUTORY),
                    tuple(d("2025-09-01"), "Quốc khánh", "National Day", Observance.STATUTORY),
                    tuple(d("2025-09-02"), "Quốc khánh", "National Day", Observance.STATUTORY));
            assertThat(RULES.holidays(2025).get(0).legalBasis()).contains("45/2019/QH14", "Điều 112");
        }

        @Test
        void of2026WithNames() {
            assertThat(RULES.holidays(2026)).extracting(PublicHoliday::date, PublicHoliday::kind, PublicHoliday::observance)
                    .containsExactly(
                    tuple(d("2026-01-01"), HolidayKind.NEW_YEAR, Observance.STATUTORY),
                    tuple(d("2026-02-16"), HolidayKind.TET, Observance.STATUTORY), // 29 tháng Chạp Ất Tỵ (no 30th)
                    tuple(d("2026-02-17"), HolidayKind.TET, Observance.STATUTORY),
                    tuple(d("2026-02-18"), HolidayKind.TET, Observance.STATUTORY),
                    tuple(d("2026-02-19"), HolidayKind.TET, Observance.STATUTORY),
                    tuple(d("2026-02-20"), HolidayKind.TET, Observance.STATUTORY),
                    tuple(d("2026-04-26"), HolidayKind.HUNG_KINGS, Observance.STATUTORY), // Sunday
                    tuple(d("2026-04-27"), HolidayKind.HUNG_KINGS, Observance.SUBSTITUTE),
                    tuple(d("2026-04-30"), HolidayKind.REUNIFICATION, Observance.STATUTORY),
                    tuple(d("2026-05-01"), HolidayKind.LABOUR_DAY, Observance.STATUTORY),
                    tuple(d("2026-09-01"), HolidayKind.NATIONAL_DAY, Observance.STATUTORY),
                    tuple(d("2026-09-02"), HolidayKind.NATIONAL_DAY, Observance.STATUTORY));
            assertThat(RULES.holidays(2026).get(7)).hasToString(
                    "2026-04-27 Nghỉ bù Giỗ Tổ Hùng Vương / Hùng Kings' Commemoration (substitute day)");
        }

        @Test
        void official2026TetIsTheDecidedNineDays() {
            List<PublicHoliday> tet = OFFICIAL.holidays(2026).stream().filter(h -> h.kind() == HolidayKind.TET).toList();
            assertThat(tet).extracting(PublicHoliday::date)
                    .containsExactlyElementsOf(d("2026-02-14").datesUntil(d("2026-02-23")).toList());
            assertThat(tet).allSatisfy(h -> assertThat(h.observance()).isEqualTo(Observance.DECIDED));
            // same working days as the default rule
            for (LocalDate day = d("2026-02-01"); day.isBefore(d("2026-03-01")); day = day.plusDays(1)) {
                assertThat(OFFICIAL.isWorkingDay(day)).as("%s", day).isEqualTo(RULES.isWorkingDay(day));
            }
        }

        /** 2023: Hùng Kings' day on Saturday 29/4, 30/4 on Sunday, 1/5 Monday: off 29/4–3/5 (as published). */
        @Test
        void substituteDaysFollowTheHolidaysThatFallOnAWeekend2023() {
            assertThat(RULES.holidays(2023)).filteredOn(h -> h.observance() == Observance.SUBSTITUTE)
                    .extracting(PublicHoliday::date, PublicHoliday::kind).containsExactly(
                            tuple(d("2023-01-02"), HolidayKind.NEW_YEAR), // 1/1/2023 was a Sunday
                            tuple(d("2023-01-26"), HolidayKind.TET),
                            tuple(d("2023-01-27"), HolidayKind.TET),
                            tuple(d("2023-05-02"), HolidayKind.HUNG_KINGS),
                            tuple(d("2023-05-03"), HolidayKind.REUNIFICATION),
                            tuple(d("2023-09-04"), HolidayKind.NATIONAL_DAY)); // 2/9/2023 was a Saturday
            assertThat(d("2023-04-28").datesUntil(d("2023-05-05")).map(RULES::isWorkingDay).toList())
                    .containsExactly(true, false, false, false, false, false, true);
            assertThat(RULES.holiday(d("2023-05-03")).orElseThrow().legalBasis()).contains("Điều 111 khoản 3");
        }

        @Test
        void aHolidayOnAnotherHolidayAlsoGivesASubstituteDay() {
            // synthetic: a decision puts the 2027 Tết days on 30/4 (impossible in reality, tests the rule)
            HolidayDecisions decisions = HolidayDecisions.builder().decide(2027, HolidayKind.TET,
                    d("2027-04-28"), d("2027-04-30"), "example only — not a real decision").build();
            WorkingCalendar calendar = WorkingCalendar.builder().decisions(decisions).build();
            assertThat(calendar.holidays(2027)).filteredOn(h -> h.observance() == Observance.SUBSTITUTE)
                    .extracting(PublicHoliday::date, PublicHoliday::kind)
                    .contains(tuple(d("2027-05-03"), HolidayKind.REUNIFICATION));
        }

        @Test
        void nationalDayIsOneDayUnderTheLabourCode2012AndTwoSince2021() {
            assertThat(RULES.holidays(2019)).filteredOn(h -> h.kind() == HolidayKind.NATIONAL_DAY)
                    .extracting(PublicHoliday::date).containsExactly(d("2019-09-02"));
            assertThat(RULES.holidays(2020)).filteredOn(h -> h.kind() == HolidayKind.NATIONAL_DAY)
                    .extracting(PublicHoliday::date).containsExactly(d("2020-09-02"));
            assertThat(RULES.holidays(2020).get(0).legalBasis()).contains("10/2012/QH13", "Điều 115");
            // the adjacent day by the default rule: 3/9 when 2/9 is a Monday or a Thursday, else 1/9
            assertThat(RULES.holidays(2021)).filteredOn(h -> h.kind() == HolidayKind.NATIONAL_DAY)
                    .extracting(PublicHoliday::date).containsExactly(d("2021-09-02"), d("2021-09-03"));
            assertThat(RULES.holidays(2022)).filteredOn(h -> h.kind() == HolidayKind.NATIONAL_DAY)
                    .extracting(PublicHoliday::date).containsExactly(d("2022-09-01"), d("2022-09-02"));
            assertThat(RULES.holidays(2025)).filteredOn(h -> h.kind() == HolidayKind.NATIONAL_DAY)
                    .extracting(PublicHoliday::date).containsExactly(d("2025-09-01"), d("2025-09-02"));
            // 2024: the published decision (3/9) agrees with the default rule
            assertThat(OFFICIAL.holidays(2024)).filteredOn(h -> h.kind() == HolidayKind.NATIONAL_DAY)
                    .extracting(PublicHoliday::date, PublicHoliday::observance)
                    .containsExactly(tuple(d("2024-09-02"), Observance.DECIDED), tuple(d("2024-09-03"), Observance.DECIDED));
            assertThat(WorkingCalendar.defaultNationalDayAdjacent(2024)).isEqualTo(java.time.MonthDay.of(9, 3));
        }

        @Test
        void aDecisionReplacesTheComputedDaysAndTheirSubstitutes() {
            // 2020: Tết computed as 24/1–28/1 + substitutes 29–30/1; the government gave 23/1–29/1
            assertThat(RULES.isWorkingDay(d("2020-01-23"))).isTrue();
            assertThat(RULES.isWorkingDay(d("2020-01-30"))).isFalse();
            assertThat(OFFICIAL.isWorkingDay(d("2020-01-23"))).isFalse();
            assertThat(OFFICIAL.isWorkingDay(d("2020-01-29"))).isFalse();
            assertThat(OFFICIAL.isWorkingDay(d("2020-01-30"))).isTrue();
            assertThat(OFFICIAL.holidays(2020)).filteredOn(h -> h.kind() == HolidayKind.TET).hasSize(7)
                    .allSatisfy(h -> assertThat(h.legalBasis()).contains("Canh Tý"));
        }

        @Test
        void everyYearHasItsStatutoryDaysOff() {
            for (int year = 2019; year <= 2035; year++) {
                List<PublicHoliday> holidays = RULES.holidays(year);
                long statutory = holidays.stream().filter(h -> h.observance() == Observance.STATUTORY).count();
                assertThat(statutory).as("%d", year).isEqualTo(year >= 2021 ? 11 : 10);
                long weekdaysOff = holidays.stream().filter(h -> !isWeekend(h.date())).count();
                assertThat(weekdaysOff).as("weekdays off in %d", year).isEqualTo(year >= 2021 ? 11 : 10);
                assertThat(holidays).extracting(PublicHoliday::date).doesNotHaveDuplicates().isSorted();
            }
        }
    }

    @Nested
    class Arithmetic {

        @Test
        void acrossTet2026() {
            // received Thursday 12/2/2026; Friday 13/2 counts; 14–22/2 is the Tết break
            assertThat(OFFICIAL.addWorkingDays(d("2026-02-12"), 5)).isEqualTo(d("2026-02-26"));
            assertThat(RULES.addWorkingDays(d("2026-02-12"), 5)).isEqualTo(d("2026-02-26"));
            assertThat(OFFICIAL.workingDaysBetween(d("2026-02-12"), d("2026-02-26"))).isEqualTo(5);
        }

        @Test
        void acrossAWeekendAndFromAWeekend() {
            assertThat(OFFICIAL.addWorkingDays(d("2025-03-13"), 1)).isEqualTo(d("2025-03-14")); // Thu → Fri
            assertThat(OFFICIAL.addWorkingDays(d("2025-03-14"), 1)).isEqualTo(d("2025-03-17")); // Fri → Mon
            assertThat(OFFICIAL.addWorkingDays(d("2025-03-15"), 1)).isEqualTo(d("2025-03-17")); // Sat → Mon
            assertThat(OFFICIAL.addWorkingDays(d("2025-03-14"), 10)).isEqualTo(d("2025-03-28"));
            assertThat(OFFICIAL.addWorkingDays(d("2025-03-14"), 0)).isEqualTo(d("2025-03-14"));
            assertThat(OFFICIAL.addWorkingDays(d("2025-03-17"), -1)).isEqualTo(d("2025-03-14"));
        }

        @Test
        void acrossTheMakeUpSaturdayOf2025() {
            assertThat(OFFICIAL.isWorkingDay(d("2025-04-26"))).isTrue();  // Saturday worked
            assertThat(OFFICIAL.isWorkingDay(d("2025-05-02"))).isFalse(); // Friday off in exchange
            assertThat(OFFICIAL.addWorkingDays(d("2025-04-25"), 1)).isEqualTo(d("2025-04-26"));
            assertThat(OFFICIAL.addWorkingDays(d("2025-04-25"), 2)).isEqualTo(d("2025-04-28"));
            assertThat(OFFICIAL.addWorkingDays(d("2025-04-28"), 2)).isEqualTo(d("2025-05-05")); // 29/4, then 30/4–4/5 off
            // without the table the Saturday is a rest day and the Friday a working day
            assertThat(RULES.addWorkingDays(d("2025-04-25"), 1)).isEqualTo(d("2025-04-28"));
            assertThat(RULES.addWorkingDays(d("2025-04-28"), 2)).isEqualTo(d("2025-05-02"));
            assertThat(OFFICIAL.adjustments().find(d("2025-04-26")).orElseThrow().legalBasis()).contains("26/4/2025");
        }

        @Test
        void theSwapOf2024() {
            assertThat(d("2024-04-27").datesUntil(d("2024-05-05")).map(OFFICIAL::isWorkingDay).toList())
                    .containsExactly(false, false, false, false, false, true, true, true); // 27/4–1/5 off, Sat 4/5 worked
        }

        @Test
        void deadlineIsAWorkingDayAndCountsBack() {
            Random random = new Random(20_260_212L);
            for (int i = 0; i < 20_000; i++) {
                LocalDate start = d("2019-01-08").plusDays(random.nextInt(16 * 365));
                int n = 1 + random.nextInt(60);
                for (WorkingCalendar calendar : List.of(OFFICIAL, RULES)) {
                    LocalDate deadline = calendar.addWorkingDays(start, n);
                    assertThat(calendar.isWorkingDay(deadline)).as("%s + %d", start, n).isTrue();
                    assertThat(calendar.workingDaysBetween(start, deadline)).as("%s + %d", start, n).isEqualTo(n);
                    assertThat(calendar.workingDaysBetween(deadline, start)).isEqualTo(-n);
                    LocalDate lastWorkingDayOnOrBeforeStart = calendar.isWorkingDay(start)
                            ? start : calendar.addWorkingDays(start, -1);
                    assertThat(calendar.addWorkingDays(deadline, -n)).as("%s + %d - %d", start, n, n)
                            .isEqualTo(lastWorkingDayOnOrBeforeStart);
                }
            }
        }

        @Test
        void onlyTheSupportedYearsAreAnswered() {
            assertThatThrownBy(() -> OFFICIAL.isWorkingDay(d("2018-12-31")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2019–2035");
            assertThatThrownBy(() -> OFFICIAL.addWorkingDays(d("2035-12-28"), 10))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2036-01-01");
            assertThatThrownBy(() -> OFFICIAL.holidays(2036)).isInstanceOf(IllegalArgumentException.class);
            WorkingCalendar longer = WorkingCalendar.builder().lastSupportedYear(2040).build();
            assertThat(longer.holidays(2040)).isNotEmpty();
            assertThatThrownBy(() -> WorkingCalendar.builder().lastSupportedYear(2100))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> WorkingCalendar.builder().adjustments(WorkingDayAdjustments.builder()
                    .working(d("2036-01-05"), "example only").build()).build())
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Tables {

        @Test
        void shippedTablesCarryTheirSources() {
            assertThat(WorkingDayAdjustments.official().entries()).hasSize(4)
                    .allSatisfy(a -> assertThat(a.legalBasis()).isNotBlank());
            assertThat(WorkingDayAdjustments.official().entries(2024)).extracting(WorkingDayAdjustments.Adjustment::kind)
                    .containsExactly(WorkingDayAdjustments.Kind.DAY_OFF, WorkingDayAdjustments.Kind.WORKING);
            assertThat(HolidayDecisions.official().entries()).extracting(HolidayDecisions.Decision::year,
                    HolidayDecisions.Decision::kind).containsExactly(tuple(2020, HolidayKind.TET),
                    tuple(2024, HolidayKind.NATIONAL_DAY), tuple(2026, HolidayKind.TET));
            assertThat(HolidayDecisions.official().entries()).allSatisfy(x -> assertThat(x.legalBasis()).isNotBlank());
        }

        @Test
        void aNewYearsDecisionIsAddedAsRows() {
            // example only: the shape of a future decision, not a real one
            String csv = """
                    # local additions
                    date,kind,legal_basis
                    2027-02-01,DAY_OFF,"example only, not a real decision"
                    2027-01-23,working,example only
                    """;
            WorkingDayAdjustments local = WorkingDayAdjustments.parse(new StringReader(csv), "local.csv");
            WorkingCalendar calendar = WorkingCalendar.builder()
                    .adjustments(WorkingDayAdjustments.official().overriddenBy(local))
                    .decisions(HolidayDecisions.official().overriddenBy(HolidayDecisions.parse(new StringReader("""
                            year,holiday,first_day,last_day,legal_basis
                            2027,tet,2027-02-04,2027-02-10,"example only"
                            """), "decisions.csv")))
                    .build();
            assertThat(local.find(d("2027-02-01")).orElseThrow().legalBasis()).isEqualTo("example only, not a real decision");
            assertThat(calendar.isWorkingDay(d("2027-01-23"))).isTrue();
            assertThat(calendar.isWorkingDay(d("2027-02-01"))).isFalse();
            assertThat(calendar.isWorkingDay(d("2027-02-04"))).isFalse();
            assertThat(calendar.isWorkingDay(d("2027-02-11"))).isTrue();
            assertThat(calendar.isWorkingDay(d("2025-04-26"))).isTrue(); // official entries kept
        }

        @Test
        void malformedTablesAreRejectedWithTheLine() {
            assertThatThrownBy(() -> WorkingDayAdjustments.parse(new StringReader(
                    "date,kind,legal_basis\n2027-02-30,WORKING,x\n"), "bad.csv"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bad.csv:2:");
            assertThatThrownBy(() -> WorkingDayAdjustments.parse(new StringReader(
                    "date,kind,legal_basis\n2027-02-01,HOLIDAY,x\n"), "bad.csv"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bad.csv:2:");
            assertThatThrownBy(() -> WorkingDayAdjustments.parse(new StringReader(
                    "date,kind,legal_basis\n2027-02-01,DAY_OFF,\n"), "bad.csv"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("legal basis");
            assertThatThrownBy(() -> WorkingDayAdjustments.builder().dayOff(d("2027-02-01"), "a")
                    .working(d("2027-02-01"), "b")).hasMessageContaining("twice");
            assertThatThrownBy(() -> HolidayDecisions.parse(new StringReader(
                    "year,holiday,first_day,last_day,legal_basis\n2027,TET,2027-02-10,2027-02-04,x\n"), "d.csv"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid span");
            assertThatThrownBy(() -> HolidayDecisions.parse(new StringReader(
                    "year,holiday,first_day,last_day,legal_basis\n2027,CHRISTMAS,2027-12-25,2027-12-25,x\n"), "d.csv"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("d.csv:2:");
        }
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
