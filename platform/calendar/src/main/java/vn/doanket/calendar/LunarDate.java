package vn.doanket.calendar;

/**
 * A date of the Vietnamese lunisolar calendar (âm lịch).
 *
 * <p>{@code year} is the lunar year that begins on Tết of the Gregorian year with the same number (lunar
 * 1/1/2025 is 2025-01-29). {@code month} is 1–12; {@code leapMonth} marks the intercalary month (tháng nhuận)
 * that follows the ordinary month with the same number. {@code day} is 1–30; whether day 30 exists depends on
 * the month, which {@link LunarCalendar#toSolar(LunarDate)} checks.
 *
 * @param year      the lunar year
 * @param month     the lunar month, 1–12
 * @param day       the day of the lunar month, 1–30
 * @param leapMonth whether the month is the leap (intercalary) month
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

    /**
     * Validates the field ranges.
     *
     * @throws IllegalArgumentException if the month or day is out of range
     */
    public LunarDate {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("lunar month must be 1-12, was " + month);
        }
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("lunar day must be 1-30, was " + day);
        }
    }

    /**
     * A date in an ordinary (non-leap) month.
     *
     * @param year  the lunar year
     * @param month the lunar month, 1–12
     * @param day   the day, 1–30
     * @return the lunar date
     */
    public static LunarDate of(int year, int month, int day) {
        return new LunarDate(year, month, day, false);
    }

    /**
     * A date in the leap month numbered {@code month}.
     *
     * @param year  the lunar year
     * @param month the number of the leap month, 1–12
     * @param day   the day, 1–30
     * @return the lunar date
     */
    public static LunarDate ofLeapMonth(int year, int month, int day) {
        return new LunarDate(year, month, day, true);
    }

    /** Vietnamese notation, e.g. {@code 10/3/2025 ÂL} or {@code 1/6 nhuận/2025 ÂL}. */
    @Override
    public String toString() {
        return day + "/" + month + (leapMonth ? " nhuận" : "") + "/" + year + " ÂL";
    }
}
