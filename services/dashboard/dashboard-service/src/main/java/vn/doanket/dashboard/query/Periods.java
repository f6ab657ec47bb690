package vn.doanket.dashboard.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * Period keys of the dated figures: a fact effective on a day changes the figures of that day
 * ({@code D2026-11-18}), its month ({@code M2026-11}), quarter ({@code Q2026-4}) and year
 * ({@code Y2026}). Period documents hold the <em>change</em> of each figure within the period;
 * the level at the end of a period is the sum of the changes up to it.
 */
public final class Periods {

    /** The granularities a trend can be drawn in. */
    public enum Granularity {
        DAY, MONTH, QUARTER, YEAR;

        /** Parses {@code day|month|quarter|year}, case-insensitive; null when unknown. */
        public static Granularity parse(String text) {
            if (text == null) {
                return null;
            }
            for (Granularity g : values()) {
                if (g.name().equalsIgnoreCase(text.strip())) {
                    return g;
                }
            }
            return null;
        }
    }

    private Periods() {
    }

    /**
     * The periods whose changes add up to the figures at the end of {@code date}: every year from
     * {@link DatedFigures#FIRST_YEAR} before it, every month of its year before it, every day of its month up to it.
     */
    public static List<String> upTo(LocalDate date) {
        List<String> periods = new java.util.ArrayList<>();
        for (int y = DatedFigures.FIRST_YEAR; y < date.getYear(); y++) {
            periods.add(year(y));
        }
        for (int m = 1; m < date.getMonthValue(); m++) {
            periods.add(month(YearMonth.of(date.getYear(), m)));
        }
        for (int d = 1; d <= date.getDayOfMonth(); d++) {
            periods.add(day(date.withDayOfMonth(d)));
        }
        return periods;
    }

    public static String day(LocalDate date) {
        return "D" + date;
    }

    public static String month(YearMonth month) {
        return "M" + month;
    }

    public static String quarter(int year, int quarter) {
        return "Q" + year + "-" + quarter;
    }

    public static String year(int year) {
        return "Y" + year;
    }

    public static int quarterOf(LocalDate date) {
        return (date.getMonthValue() - 1) / 3 + 1;
    }

    /** The four period keys a day belongs to, smallest first. */
    public static List<String> of(LocalDate date) {
        return List.of(day(date), month(YearMonth.from(date)), quarter(date.getYear(), quarterOf(date)), year(date.getYear()));
    }

    /** The key of the period of a granularity that contains a day. */
    public static String key(Granularity granularity, LocalDate date) {
        return switch (granularity) {
            case DAY -> day(date);
            case MONTH -> month(YearMonth.from(date));
            case QUARTER -> quarter(date.getYear(), quarterOf(date));
            case YEAR -> year(date.getYear());
        };
    }

    /** The first day of the period of a granularity that contains a day. */
    public static LocalDate start(Granularity granularity, LocalDate date) {
        return switch (granularity) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), (quarterOf(date) - 1) * 3 + 1, 1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** The first day of the next period. */
    public static LocalDate next(Granularity granularity, LocalDate start) {
        return switch (granularity) {
            case DAY -> start.plusDays(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    /** A human label of a period: {@code 2026-11}, {@code 2026 Q4}, {@code 2026}, {@code 2026-11-18}. */
    public static String label(Granularity granularity, LocalDate start) {
        return switch (granularity) {
            case DAY -> start.toString();
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> String.format(Locale.ROOT, "%d Q%d", start.getYear(), quarterOf(start));
            case YEAR -> Integer.toString(start.getYear());
        };
    }
}
