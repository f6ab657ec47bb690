package vn.doanket.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The astronomical computation behind {@link LunarCalendar}, for an arbitrary time-zone offset.
 *
 * <p>Rules of the Vietnamese (and modern Chinese) lunisolar calendar, as described by Hồ Ngọc Đức in
 * "Âm lịch Việt Nam" / "Thuật toán tính âm lịch":
 * <ol>
 * <li>a month begins on the local civil day containing the astronomical new moon;</li>
 * <li>the 11th month is the month containing the winter solstice;</li>
 * <li>a "solar year" (tuế) runs from one 11th month to the next; when it holds 13 months, the first month
 *     after the 11th that contains no major solar term (trung khí — sun longitude a multiple of 30°) is the
 *     leap month and takes the number of the month before it.</li>
 * </ol>
 * New moons use the truncated series of Meeus ("Astronomical Algorithms", ch. 49, in the 1900-epoch form
 * with Hồ Ngọc Đức's coefficients and ΔT correction); sun longitude uses the low-precision solar coordinates
 * of Meeus ch. 25. Days are handled as Julian day numbers ({@code LocalDate.toEpochDay() + 2440588}).
 * Accuracy is adequate for 1900–2100, the range {@link LunarCalendar} accepts.
 *
 * <p>Thread-safe: results are cached per solar year in a concurrent map of immutable values.
 */
final class Lunisolar {

    /** Mean synodic month in days. */
    private static final double SYNODIC_MONTH = 29.530588853;
    /** Julian date of the mean new moon numbered 0 (early January 1900). */
    private static final double NEW_MOON_EPOCH = 2415021.076998695;
    /** Julian day number of 1970-01-01. */
    private static final long JDN_OF_EPOCH_DAY_0 = 2440588L;
    private static final double DEG = Math.PI / 180.0;

    private final double offsetDays;
    private final ConcurrentMap<Integer, SolarYear> cache = new ConcurrentHashMap<>();

    /**
     * @param utcOffsetHours the civil time zone whose midnight starts a day (7 for Vietnam, 8 for China)
     */
    Lunisolar(int utcOffsetHours) {
        this.offsetDays = utcOffsetHours / 24.0;
    }

    static long jdn(LocalDate date) {
        return date.toEpochDay() + JDN_OF_EPOCH_DAY_0;
    }

    static LocalDate dateOf(long jdn) {
        return LocalDate.ofEpochDay(jdn - JDN_OF_EPOCH_DAY_0);
    }

    /** Julian date (UT) of true new moon number {@code k} counted from the 1900 epoch. */
    static double newMoon(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
        double sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DEG;
        double moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DEG;
        double latitudeArg = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DEG;
        double correction = (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly)
                + 0.0021 * Math.sin(2 * sunAnomaly)
                - 0.4068 * Math.sin(moonAnomaly)
                + 0.0161 * Math.sin(2 * moonAnomaly)
                - 0.0004 * Math.sin(3 * moonAnomaly)
                + 0.0104 * Math.sin(2 * latitudeArg)
                - 0.0051 * Math.sin(sunAnomaly + moonAnomaly)
                - 0.0074 * Math.sin(sunAnomaly - moonAnomaly)
                + 0.0004 * Math.sin(2 * latitudeArg + sunAnomaly)
                - 0.0004 * Math.sin(2 * latitudeArg - sunAnomaly)
                - 0.0006 * Math.sin(2 * latitudeArg + moonAnomaly)
                + 0.0010 * Math.sin(2 * latitudeArg - moonAnomaly)
                + 0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return mean + correction - deltaT;
    }

    /** Apparent-ish geocentric longitude of the sun, radians in [0, 2π), at Julian date {@code jd} (UT). */
    static double sunLongitude(double jd) {
        double t = (jd - 2451545.0) / 36525;
        double t2 = t * t;
        double meanAnomaly = (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * DEG;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(meanAnomaly)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly)
                + 0.000290 * Math.sin(3 * meanAnomaly);
        double longitude = (meanLongitude + centre) * DEG;
        longitude = longitude % (2 * Math.PI);
        return longitude < 0 ? longitude + 2 * Math.PI : longitude;
    }

    /** Julian day number of the local civil day containing new moon {@code k}. */
    long newMoonDay(int k) {
        return (long) Math.floor(newMoon(k) + 0.5 + offsetDays);
    }

    /** The 30° sector (0–11) of the sun's longitude at the local midnight that starts day {@code jdn}. */
    int sector(long jdn) {
        return (int) Math.floor(sunLongitude(jdn - 0.5 - offsetDays) / (Math.PI / 6));
    }

    /** Julian day number of the first day of the 11th lunar month that contains the December solstice of {@code year}. */
    long eleventhMonthStart(int year) {
        long dec31 = jdn(LocalDate.of(year, 12, 31));
        int k = (int) Math.floor((dec31 - 2415021) / SYNODIC_MONTH);
        long start = newMoonDay(k);
        // a new moon after the solstice (sun already past 270°) starts the 12th month: take the previous one
        return sector(start) >= 9 ? newMoonDay(k - 1) : start;
    }

    /**
     * The months of the tuế running from the 11th month that contains the solstice of {@code year - 1} up to
     * (excluding) the one that contains the solstice of {@code year}.
     */
    SolarYear solarYear(int year) {
        return cache.computeIfAbsent(year, this::computeSolarYear);
    }

    private SolarYear computeSolarYear(int year) {
        long first = eleventhMonthStart(year - 1);
        long next = eleventhMonthStart(year);
        int k0 = (int) Math.floor((first - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
        int count = next - first > 365 ? 13 : 12;
        long[] starts = new long[count + 1];
        for (int i = 0; i <= count; i++) {
            starts[i] = newMoonDay(k0 + i);
        }
        if (starts[0] != first || starts[count] != next) {
            throw new IllegalStateException("inconsistent lunations for solar year " + year);
        }
        int leap = -1;
        if (count == 13) {
            for (int i = 1; i < count; i++) {
                if (sector(starts[i]) == sector(starts[i + 1])) { // no major term inside month i
                    leap = i;
                    break;
                }
            }
            if (leap < 0) {
                throw new IllegalStateException("no month without a major solar term in solar year " + year);
            }
        }
        List<Month> months = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int ordinal = leap >= 0 && i >= leap ? i - 1 : i; // 0 = 11th month, 1 = 12th, 2 = 1st, ...
            int number = (ordinal + 10) % 12 + 1;
            int lunarYear = ordinal < 2 ? year - 1 : year;
            months.add(new Month(lunarYear, number, i == leap, starts[i], (int) (starts[i + 1] - starts[i])));
        }
        return new SolarYear(List.copyOf(months));
    }

    LunarDate toLunar(LocalDate date) {
        long day = jdn(date);
        SolarYear solarYear = day >= eleventhMonthStart(date.getYear())
                ? solarYear(date.getYear() + 1) : solarYear(date.getYear());
        Month month = solarYear.monthContaining(day);
        return new LunarDate(month.lunarYear(), month.number(), (int) (day - month.start()) + 1, month.leap());
    }

    LocalDate toSolar(LunarDate date) {
        Month month = month(date.year(), date.month(), date.leapMonth());
        if (date.day() > month.length()) {
            throw new IllegalArgumentException(date + " does not exist: that month has " + month.length() + " days");
        }
        return dateOf(month.start() + date.day() - 1);
    }

    /** The month numbered {@code number} (leap or not) of lunar year {@code lunarYear}. */
    Month month(int lunarYear, int number, boolean leap) {
        SolarYear solarYear = solarYear(number >= 11 ? lunarYear + 1 : lunarYear);
        for (Month month : solarYear.months()) {
            if (month.lunarYear() == lunarYear && month.number() == number && month.leap() == leap) {
                return month;
            }
        }
        throw new IllegalArgumentException("lunar year " + lunarYear + " has no " + (leap ? "leap " : "")
                + "month " + number);
    }

    /** The leap month of lunar year {@code lunarYear}, or 0 if it has none. */
    int leapMonth(int lunarYear) {
        for (Month month : solarYear(lunarYear).months()) {
            if (month.leap() && month.lunarYear() == lunarYear) {
                return month.number();
            }
        }
        for (Month month : solarYear(lunarYear + 1).months()) {
            if (month.leap() && month.lunarYear() == lunarYear) {
                return month.number();
            }
        }
        return 0;
    }

    /** One lunar month: its year and number, whether it is the leap month, first day (JDN) and length. */
    record Month(int lunarYear, int number, boolean leap, long start, int length) {
    }

    /** The 12 or 13 months from one 11th month to the next. */
    record SolarYear(List<Month> months) {
        Month monthContaining(long jdn) {
            for (Month month : months) {
                if (jdn >= month.start() && jdn < month.start() + month.length()) {
                    return month;
                }
            }
            throw new IllegalStateException("day " + jdn + " is outside this solar year");
        }
    }
}
