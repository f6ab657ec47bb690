package vn.doanket.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Working days of Vietnamese public bodies (cơ quan hành chính nhà nước, tổ chức chính trị – xã hội: Monday
 * to Friday, Saturday and Sunday being the weekly rest days under Decision 188/1999/QĐ-TTg), with the public
 * holidays of the Labour Code, substitute days, the government's yearly decisions and swapped working days.
 *
 * <h2>Rules, per Gregorian year</h2>
 * <ul>
 * <li><b>Statutory holidays</b> — Labour Code 2019 (45/2019/QH14) Art. 112(1), in force since 2021-01-01:
 *     1/1; Tết: 5 days, by default the last day of the old lunar year (30 tháng Chạp, or 29 when the 12th
 *     month has 29 days) and lunar 1/1–4/1; Hùng Kings' day 10/3 lunar (of the ordinary 3rd month when the
 *     year has a leap 3rd month); 30/4; 1/5; 2/9 and one adjacent day. For 2019–2020 the Labour Code 2012
 *     (10/2012/QH13) Art. 115(1) applies: the same, but National Day is 2/9 only.</li>
 * <li><b>The day adjacent to National Day</b> is chosen by the Prime Minister each year (Art. 112(3)). Without
 *     a decision in the {@link HolidayDecisions} table, the default is 3/9 when 2/9 is a Monday or Thursday
 *     (so that the break joins a weekend) and 1/9 otherwise — a heuristic that reproduces the published 2024
 *     choice; see the module README.</li>
 * <li><b>Substitute days</b> — Art. 111(3) (2012: Art. 115(3)): a holiday falling on Saturday or Sunday, or on
 *     another holiday, gives the next working day off (the first Monday–Friday day after it that is neither a
 *     holiday, nor an earlier substitute, nor a swapped day off).</li>
 * <li><b>Decisions</b> ({@link HolidayDecisions}): when the table holds a decision for a holiday and year, its
 *     span of days replaces the computed days of that holiday, and no substitute is computed for it.</li>
 * <li><b>Swaps</b> ({@link WorkingDayAdjustments}): an entry makes its date a working day or a day off,
 *     overriding everything else.</li>
 * </ul>
 *
 * <h2>Conventions</h2>
 * <ul>
 * <li>{@link #addWorkingDays(LocalDate, int)}: the day of receipt is not counted; the result is the n-th
 *     working day after it — a petition received on Thursday with a 1-working-day deadline is due on Friday,
 *     one received on Saturday is due on Monday. The deadline is the whole of that day.</li>
 * <li>{@link #workingDaysBetween(LocalDate, LocalDate)} counts working days in (a, b] — after {@code a}, up to
 *     and including {@code b} — so that {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.</li>
 * <li>Only the years from {@link #FIRST_SUPPORTED_YEAR} to {@link #lastSupportedYear()} (2035 by default,
 *     up to 2099 through the builder) are answered; any other date fails with an
 *     {@link IllegalArgumentException} that says so, rather than silently guessing.</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe: everything is computed when the calendar is built.
 */
public final class WorkingCalendar {

    /** First year answered: the Labour Code 2012 rules are modelled from 2019, the 2019 Code from 2021. */
    public static final int FIRST_SUPPORTED_YEAR = 2019;
    /** Last year answered by default. */
    public static final int DEFAULT_LAST_SUPPORTED_YEAR = 2035;
    /** Upper bound for {@link Builder#lastSupportedYear(int)} (the lunar calendar is verified up to 2100). */
    public static final int MAX_SUPPORTED_YEAR = 2099;
    /** The year from which the Labour Code 2019 applies. */
    public static final int LABOUR_CODE_2019_FROM = 2021;

    private static final String CODE_2019 = "Bộ luật Lao động 2019 (45/2019/QH14)";
    private static final String CODE_2012 = "Bộ luật Lao động 2012 (10/2012/QH13)";

    private final WorkingDayAdjustments adjustments;
    private final HolidayDecisions decisions;
    private final int lastSupportedYear;
    private final Map<Integer, List<PublicHoliday>> holidaysByYear;
    private final Map<LocalDate, PublicHoliday> dayOff;

    private WorkingCalendar(Builder builder) {
        this.adjustments = builder.adjustments;
        this.decisions = builder.decisions;
        this.lastSupportedYear = builder.lastSupportedYear;
        for (WorkingDayAdjustments.Adjustment adjustment : adjustments.entries()) {
            checkSupported(adjustment.date());
        }
        for (HolidayDecisions.Decision decision : decisions.entries()) {
            checkSupported(decision.firstDay());
        }
        Map<Integer, List<PublicHoliday>> byYear = new HashMap<>();
        Map<LocalDate, PublicHoliday> byDate = new HashMap<>();
        for (int year = FIRST_SUPPORTED_YEAR; year <= lastSupportedYear; year++) {
            List<PublicHoliday> holidays = computeHolidays(year);
            byYear.put(year, holidays);
            holidays.forEach(h -> byDate.putIfAbsent(h.date(), h));
        }
        this.holidaysByYear = Map.copyOf(byYear);
        this.dayOff = Map.copyOf(byDate);
    }

    /**
     * The calendar with the tables shipped with this module ({@link WorkingDayAdjustments#official()},
     * {@link HolidayDecisions#official()}), for 2019–2035.
     *
     * @return the calendar
     */
    public static WorkingCalendar official() {
        return builder().adjustments(WorkingDayAdjustments.official()).decisions(HolidayDecisions.official()).build();
    }

    /**
     * The calendar computed from the statutory rules alone (no decisions, no swaps), for 2019–2035.
     *
     * @return the calendar
     */
    public static WorkingCalendar statutoryRulesOnly() {
        return builder().build();
    }

    /** @return a builder, starting from empty tables and 2035 as the last year */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether a day is a working day for public bodies.
     *
     * @param date a day of a supported year
     * @return {@code true} for a working day
     * @throws IllegalArgumentException outside the supported years
     */
    public boolean isWorkingDay(LocalDate date) {
        checkSupported(date);
        Optional<WorkingDayAdjustments.Adjustment> adjustment = adjustments.find(date);
        if (adjustment.isPresent()) {
            return adjustment.get().kind() == WorkingDayAdjustments.Kind.WORKING;
        }
        return !isWeekend(date) && !dayOff.containsKey(date);
    }

    /**
     * The deadline {@code n} working days after {@code start}: the day of receipt is not counted, so the result
     * is the n-th working day strictly after {@code start} (for negative {@code n}, the |n|-th working day
     * strictly before it; for 0, {@code start} itself).
     *
     * @param start the day of receipt (need not be a working day)
     * @param n     the number of working days
     * @return the deadline, a working day when {@code n != 0}
     * @throws IllegalArgumentException if the count leaves the supported years
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        int step = n >= 0 ? 1 : -1;
        int remaining = Math.abs(n);
        LocalDate day = start;
        while (remaining > 0) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /**
     * The number of working days after {@code a} up to and including {@code b}; negative (the count after
     * {@code b} up to and including {@code a}, negated) when {@code b} is before {@code a}.
     *
     * @param a the first day (excluded)
     * @param b the last day (included)
     * @return the signed number of working days
     * @throws IllegalArgumentException if the range leaves the supported years
     */
    public int workingDaysBetween(LocalDate a, LocalDate b) {
        if (b.isBefore(a)) {
            return -workingDaysBetween(b, a);
        }
        int count = 0;
        for (LocalDate day = a.plusDays(1); !day.isAfter(b); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The days off for public holidays in a year, in date order: the holidays themselves, their substitute
     * days and the days fixed by government decisions. Swapped days off ({@link WorkingDayAdjustments}) are
     * not holidays and are listed by {@link #adjustments()}.
     *
     * @param year a supported year
     * @return the holidays, named in Vietnamese and English
     * @throws IllegalArgumentException outside the supported years
     */
    public List<PublicHoliday> holidays(int year) {
        checkSupported(LocalDate.of(year, 1, 1));
        return holidaysByYear.get(year);
    }

    /**
     * The public holiday on a day, if it is one (a statutory, substitute or decided day off).
     *
     * @param date a day of a supported year
     * @return the holiday
     */
    public Optional<PublicHoliday> holiday(LocalDate date) {
        checkSupported(date);
        return Optional.ofNullable(dayOff.get(date));
    }

    /** @return the swapped working days this calendar applies */
    public WorkingDayAdjustments adjustments() {
        return adjustments;
    }

    /** @return the government decisions this calendar applies */
    public HolidayDecisions decisions() {
        return decisions;
    }

    /** @return the last year this calendar answers */
    public int lastSupportedYear() {
        return lastSupportedYear;
    }

    /**
     * @param date a day
     * @return whether this calendar answers for that day
     */
    public boolean supports(LocalDate date) {
        return date.getYear() >= FIRST_SUPPORTED_YEAR && date.getYear() <= lastSupportedYear;
    }

    // ---------------------------------------------------------------- rules

    private void checkSupported(LocalDate date) {
        if (!supports(date)) {
            throw new IllegalArgumentException(date + " is outside the years this working calendar supports ("
                    + FIRST_SUPPORTED_YEAR + "–" + lastSupportedYear + "); holidays and swaps are only modelled "
                    + "for those years");
        }
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /** The default day adjacent to 2 September (see the class documentation). */
    static MonthDay defaultNationalDayAdjacent(int year) {
        DayOfWeek nationalDay = LocalDate.of(year, 9, 2).getDayOfWeek();
        return nationalDay == DayOfWeek.MONDAY || nationalDay == DayOfWeek.THURSDAY
                ? MonthDay.of(9, 3) : MonthDay.of(9, 1);
    }

    private List<PublicHoliday> computeHolidays(int year) {
        boolean code2019 = year >= LABOUR_CODE_2019_FROM;
        String basis = code2019 ? CODE_2019 + ", Điều 112 khoản 1 điểm " : CODE_2012 + ", Điều 115 khoản 1 điểm ";
        String substituteBasis = code2019 ? CODE_2019 + ", Điều 111 khoản 3" : CODE_2012 + ", Điều 115 khoản 3";

        List<PublicHoliday> statutory = new ArrayList<>();
        statutory.add(new PublicHoliday(LocalDate.of(year, 1, 1), HolidayKind.NEW_YEAR,
                PublicHoliday.Observance.STATUTORY, basis + "a"));
        LocalDate tet = LunarCalendar.tet(year);
        String tetBasis = basis + "b (default span: last day of the lunar year and 1–4 tháng Giêng)";
        statutory.add(new PublicHoliday(tet.minusDays(1), HolidayKind.TET, PublicHoliday.Observance.STATUTORY, tetBasis));
        for (int i = 0; i < 4; i++) {
            statutory.add(new PublicHoliday(tet.plusDays(i), HolidayKind.TET, PublicHoliday.Observance.STATUTORY, tetBasis));
        }
        statutory.add(new PublicHoliday(LunarCalendar.toSolar(LunarDate.of(year, 3, 10)), HolidayKind.HUNG_KINGS,
                PublicHoliday.Observance.STATUTORY, basis + "e"));
        statutory.add(new PublicHoliday(LocalDate.of(year, 4, 30), HolidayKind.REUNIFICATION,
                PublicHoliday.Observance.STATUTORY, basis + "c"));
        statutory.add(new PublicHoliday(LocalDate.of(year, 5, 1), HolidayKind.LABOUR_DAY,
                PublicHoliday.Observance.STATUTORY, basis + "d"));
        statutory.add(new PublicHoliday(LocalDate.of(year, 9, 2), HolidayKind.NATIONAL_DAY,
                PublicHoliday.Observance.STATUTORY, basis + "đ"));
        if (code2019) {
            statutory.add(new PublicHoliday(defaultNationalDayAdjacent(year).atYear(year), HolidayKind.NATIONAL_DAY,
                    PublicHoliday.Observance.STATUTORY,
                    basis + "đ (adjacent day by default rule; the Prime Minister decides it, Điều 112 khoản 3)"));
        }

        // decisions replace the computed days of their holiday
        Set<HolidayKind> decided = EnumSet.noneOf(HolidayKind.class);
        List<PublicHoliday> days = new ArrayList<>();
        for (HolidayKind kind : HolidayKind.values()) {
            Optional<HolidayDecisions.Decision> decision = decisions.find(year, kind);
            if (decision.isPresent()) {
                decided.add(kind);
                for (LocalDate day : decision.get().days()) {
                    days.add(new PublicHoliday(day, kind, PublicHoliday.Observance.DECIDED, decision.get().legalBasis()));
                }
            }
        }
        statutory.removeIf(h -> decided.contains(h.kind()));
        statutory.sort(Comparator.comparing(PublicHoliday::date).thenComparing(PublicHoliday::kind));

        Set<LocalDate> taken = new HashSet<>();
        days.forEach(h -> taken.add(h.date()));
        statutory.forEach(h -> taken.add(h.date()));
        Set<LocalDate> seen = new HashSet<>();
        days.forEach(h -> seen.add(h.date()));
        List<PublicHoliday> substitutes = new ArrayList<>();
        for (PublicHoliday holiday : statutory) {
            boolean clash = !seen.add(holiday.date());
            if (clash || isWeekend(holiday.date())) {
                LocalDate substitute = holiday.date().plusDays(1);
                while (isWeekend(substitute) || taken.contains(substitute) || isSwappedDayOff(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                taken.add(substitute);
                substitutes.add(new PublicHoliday(substitute, holiday.kind(), PublicHoliday.Observance.SUBSTITUTE,
                        substituteBasis + " (for " + holiday.date() + ")"));
            }
        }
        days.addAll(statutory);
        days.addAll(substitutes);
        days.sort(Comparator.comparing(PublicHoliday::date).thenComparing(PublicHoliday::kind));
        return List.copyOf(days);
    }

    private boolean isSwappedDayOff(LocalDate date) {
        return adjustments.find(date).map(a -> a.kind() == WorkingDayAdjustments.Kind.DAY_OFF).orElse(false);
    }

    /** Builds a {@link WorkingCalendar}; not thread-safe. */
    public static final class Builder {
        private WorkingDayAdjustments adjustments = WorkingDayAdjustments.empty();
        private HolidayDecisions decisions = HolidayDecisions.empty();
        private int lastSupportedYear = DEFAULT_LAST_SUPPORTED_YEAR;

        private Builder() {
        }

        /**
         * @param adjustments the swapped working days to apply
         * @return this builder
         */
        public Builder adjustments(WorkingDayAdjustments adjustments) {
            this.adjustments = Objects.requireNonNull(adjustments, "adjustments");
            return this;
        }

        /**
         * @param decisions the government decisions to apply
         * @return this builder
         */
        public Builder decisions(HolidayDecisions decisions) {
            this.decisions = Objects.requireNonNull(decisions, "decisions");
            return this;
        }

        /**
         * Extends (or shortens) the years answered. Years after the shipped tables are computed from the
         * default rules only, until their decisions are added to the tables.
         *
         * @param year the last year, from {@link #FIRST_SUPPORTED_YEAR} to {@link #MAX_SUPPORTED_YEAR}
         * @return this builder
         */
        public Builder lastSupportedYear(int year) {
            if (year < FIRST_SUPPORTED_YEAR || year > MAX_SUPPORTED_YEAR) {
                throw new IllegalArgumentException("last supported year must be " + FIRST_SUPPORTED_YEAR + "–"
                        + MAX_SUPPORTED_YEAR + ", was " + year);
            }
            this.lastSupportedYear = year;
            return this;
        }

        /**
         * @return the calendar
         * @throws IllegalArgumentException if a table entry lies outside the supported years
         */
        public WorkingCalendar build() {
            return new WorkingCalendar(this);
        }
    }
}
