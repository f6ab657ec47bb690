package vn.doanket.calendar;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed astronomically for the meridian of UTC+7.
 *
 * <p>Vietnam has reckoned the lunar calendar on UTC+7 since 1968 (before that, the calendar in use followed
 * China's, UTC+8); the two differ in some years — Tết 1985 was 1985-01-21 in Vietnam and 1985-02-20 in
 * China. This class applies UTC+7 to every year it accepts, which is the convention of the Vietnamese
 * reference tables for the present era; dates before 1968 may therefore differ from calendars printed at the
 * time.
 *
 * <p>The algorithm is the one published by Hồ Ngọc Đức ("Âm lịch Việt Nam"): months start on the day of
 * the astronomical new moon, the 11th month contains the winter solstice, and in a 13-month year the first
 * month without a major solar term is the leap month. It is implemented in this module (no dependency) and
 * verified for every day from 1900-01-01 to 2100-12-31 by round trip, and against published dates of Tết.
 *
 * <p>All methods are static, pure and thread-safe.
 */
public final class LunarCalendar {

    /** First solar date accepted by {@link #toLunar(LocalDate)}. */
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
    /** Last solar date accepted by {@link #toLunar(LocalDate)}. */
    public static final LocalDate MAX_DATE = LocalDate.of(2100, 12, 31);
    /** First lunar year accepted (its 11th and 12th months reach into January 1900). */
    public static final int MIN_YEAR = 1899;
    /** Last lunar year accepted. */
    public static final int MAX_YEAR = 2100;

    /** Vietnamese standard time, hours east of UTC. */
    public static final int UTC_OFFSET_HOURS = 7;

    private static final Lunisolar VIETNAM = new Lunisolar(UTC_OFFSET_HOURS);

    private LunarCalendar() {
    }

    /**
     * Converts a solar (Gregorian) date to the lunar date.
     *
     * @param date a date from {@link #MIN_DATE} to {@link #MAX_DATE}
     * @return the lunar date
     * @throws IllegalArgumentException outside the supported range
     */
    public static LunarDate toLunar(LocalDate date) {
        if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
            throw new IllegalArgumentException(date + " is outside the supported range " + MIN_DATE + ".." + MAX_DATE);
        }
        return VIETNAM.toLunar(date);
    }

    /**
     * Converts a lunar date to the solar (Gregorian) date.
     *
     * @param date a lunar date of a year from {@link #MIN_YEAR} to {@link #MAX_YEAR}
     * @return the solar date
     * @throws IllegalArgumentException if the year is outside the supported range, the leap month does not
     *                                  exist that year, or the month has no day 30
     */
    public static LocalDate toSolar(LunarDate date) {
        checkYear(date.year());
        return VIETNAM.toSolar(date);
    }

    /**
     * The leap month of a lunar year.
     *
     * @param lunarYear the lunar year
     * @return the number of its leap month, or empty if the year has 12 months
     */
    public static OptionalInt leapMonth(int lunarYear) {
        checkYear(lunarYear);
        int leap = VIETNAM.leapMonth(lunarYear);
        return leap == 0 ? OptionalInt.empty() : OptionalInt.of(leap);
    }

    /**
     * The number of days (29 or 30) of a lunar month.
     *
     * @param lunarYear the lunar year
     * @param month     the month number
     * @param leapMonth whether the leap month of that number is meant
     * @return 29 or 30
     * @throws IllegalArgumentException if no such month exists
     */
    public static int monthLength(int lunarYear, int month, boolean leapMonth) {
        checkYear(lunarYear);
        return VIETNAM.month(lunarYear, month, leapMonth).length();
    }

    /**
     * Tết Nguyên Đán: the first day of the first month of a lunar year.
     *
     * @param lunarYear the lunar year (= the Gregorian year in which its Tết falls)
     * @return the solar date of lunar 1/1
     */
    public static LocalDate tet(int lunarYear) {
        return toSolar(LunarDate.of(lunarYear, 1, 1));
    }

    /**
     * The last day of a lunar year (giao thừa day: 30 tháng Chạp, or 29 when the 12th month has 29 days).
     *
     * @param lunarYear the lunar year
     * @return the solar date of the last day of its 12th month (or of its leap 12th month, if any)
     */
    public static LocalDate lastDayOfYear(int lunarYear) {
        checkYear(lunarYear);
        checkYear(lunarYear + 1);
        return VIETNAM.toSolar(LunarDate.of(lunarYear + 1, 1, 1)).minusDays(1);
    }

    private static void checkYear(int lunarYear) {
        if (lunarYear < MIN_YEAR || lunarYear > MAX_YEAR) {
            throw new IllegalArgumentException("lunar year " + lunarYear + " is outside the supported range "
                    + MIN_YEAR + ".." + MAX_YEAR);
        }
    }
}
