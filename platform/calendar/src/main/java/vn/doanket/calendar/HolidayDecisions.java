package vn.doanket.calendar;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The configurable table of the government's yearly holiday decisions. Article 112(3) of the Labour Code 2019
 * lets the Prime Minister fix each year the exact days of Tết (5 days) and the day adjacent to National Day;
 * the Ministry (formerly of Labour, Invalids and Social Affairs, since 2025 of Home Affairs) publishes the
 * resulting schedule for public bodies. A {@link Decision} records that schedule for one holiday in one year:
 * the span of days off given for it. When a decision exists, {@link WorkingCalendar} uses exactly its days
 * for that holiday and computes no substitute days for it (the decision already accounts for weekends);
 * otherwise the default rule applies (see {@link WorkingCalendar}).
 *
 * <p>Swaps of ordinary working days with Saturdays (hoán đổi) belong in {@link WorkingDayAdjustments}.
 *
 * <p>Immutable and thread-safe. {@link #official()} is the table shipped with this module
 * ({@code vn/doanket/calendar/holiday-decisions.csv}).
 */
public final class HolidayDecisions {

    /** Name of the shipped table on the class path. */
    public static final String OFFICIAL_RESOURCE = "/vn/doanket/calendar/holiday-decisions.csv";

    /** Longest span a decision may cover (Tết breaks have been at most 9–10 days). */
    static final int MAX_SPAN_DAYS = 16;

    /**
     * The days off given for one holiday in one year.
     *
     * @param year       the Gregorian year
     * @param kind       the holiday
     * @param firstDay   the first day off for it (inclusive), within {@code year}
     * @param lastDay    the last day off for it (inclusive), within {@code year}
     * @param legalBasis the decision (number, date, issuer) or, failing that, where it was published
     */
    public record Decision(int year, HolidayKind kind, LocalDate firstDay, LocalDate lastDay, String legalBasis) {
        /** Validates the decision. */
        public Decision {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(firstDay, "firstDay");
            Objects.requireNonNull(lastDay, "lastDay");
            if (legalBasis == null || legalBasis.isBlank()) {
                throw new IllegalArgumentException("the " + year + " decision on " + kind + " needs its legal basis");
            }
            if (firstDay.getYear() != year || lastDay.getYear() != year) {
                throw new IllegalArgumentException("the " + year + " decision on " + kind + " must lie within " + year);
            }
            if (lastDay.isBefore(firstDay) || ChronoUnit.DAYS.between(firstDay, lastDay) >= MAX_SPAN_DAYS) {
                throw new IllegalArgumentException("the " + year + " decision on " + kind + " has an invalid span "
                        + firstDay + ".." + lastDay);
            }
        }

        /** @return every day from {@code firstDay} to {@code lastDay} */
        public List<LocalDate> days() {
            return firstDay.datesUntil(lastDay.plusDays(1)).toList();
        }
    }

    private record Key(int year, HolidayKind kind) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparingInt(Key::year).thenComparing(Key::kind);

    private final TreeMap<Key, Decision> decisions;

    private HolidayDecisions(TreeMap<Key, Decision> decisions) {
        this.decisions = decisions;
    }

    /** @return a table without decisions: every year follows the default rules */
    public static HolidayDecisions empty() {
        return new HolidayDecisions(new TreeMap<>(ORDER));
    }

    /** @return the table shipped with this module (see the module README for the sources of each entry) */
    public static HolidayDecisions official() {
        return parse(Csv.resource(OFFICIAL_RESOURCE), OFFICIAL_RESOURCE);
    }

    /**
     * Reads a table in CSV form: header {@code year,holiday,first_day,last_day,legal_basis}; {@code holiday}
     * is a {@link HolidayKind} name ({@code TET}, {@code NATIONAL_DAY}, ...); days ISO; {@code legal_basis}
     * free text (quote it if it contains commas).
     *
     * @param reader the CSV text (closed by this method)
     * @param source a name for error messages
     * @return the table
     * @throws IllegalArgumentException on a malformed line or a holiday decided twice for a year
     */
    public static HolidayDecisions parse(Reader reader, String source) {
        Builder builder = builder();
        for (Csv.Row row : Csv.read(reader, source, 5)) {
            try {
                builder.add(new Decision(Integer.parseInt(row.cell(0)), HolidayKind.parse(row.cell(1)),
                        LocalDate.parse(row.cell(2)), LocalDate.parse(row.cell(3)), row.cell(4)));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + row.line() + ": " + e.getMessage(), e);
            }
        }
        return builder.build();
    }

    /** @return a builder for a table */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param year a Gregorian year
     * @param kind a holiday
     * @return the decision for that holiday in that year, if any
     */
    public Optional<Decision> find(int year, HolidayKind kind) {
        return Optional.ofNullable(decisions.get(new Key(year, kind)));
    }

    /** @return all decisions, by year then holiday */
    public List<Decision> entries() {
        return List.copyOf(decisions.values());
    }

    /** @return whether the table has no decisions */
    public boolean isEmpty() {
        return decisions.isEmpty();
    }

    /**
     * A table holding this table's decisions and {@code other}'s, {@code other} winning for a year and holiday
     * present in both.
     *
     * @param other the decisions that take precedence
     * @return the merged table
     */
    public HolidayDecisions overriddenBy(HolidayDecisions other) {
        TreeMap<Key, Decision> merged = new TreeMap<>(ORDER);
        merged.putAll(decisions);
        merged.putAll(other.decisions);
        return new HolidayDecisions(merged);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HolidayDecisions other && entries().equals(other.entries());
    }

    @Override
    public int hashCode() {
        return entries().hashCode();
    }

    @Override
    public String toString() {
        return "HolidayDecisions" + new ArrayList<>(decisions.values());
    }

    /** Builds a {@link HolidayDecisions}; not thread-safe. */
    public static final class Builder {
        private final TreeMap<Key, Decision> decisions = new TreeMap<>(ORDER);

        private Builder() {
        }

        /**
         * Adds a decision.
         *
         * @param year       the year
         * @param kind       the holiday
         * @param firstDay   first day off (inclusive)
         * @param lastDay    last day off (inclusive)
         * @param legalBasis the decision
         * @return this builder
         */
        public Builder decide(int year, HolidayKind kind, LocalDate firstDay, LocalDate lastDay, String legalBasis) {
            return add(new Decision(year, kind, firstDay, lastDay, legalBasis));
        }

        /**
         * Adds a decision.
         *
         * @param decision the decision
         * @return this builder
         * @throws IllegalArgumentException if that holiday of that year is already decided
         */
        public Builder add(Decision decision) {
            Decision previous = decisions.putIfAbsent(new Key(decision.year(), decision.kind()), decision);
            if (previous != null) {
                throw new IllegalArgumentException(decision.kind() + " " + decision.year() + " is decided twice");
            }
            return this;
        }

        /**
         * Adds decisions.
         *
         * @param decisions the decisions
         * @return this builder
         */
        public Builder addAll(Collection<Decision> decisions) {
            decisions.forEach(this::add);
            return this;
        }

        /** @return the table */
        public HolidayDecisions build() {
            TreeMap<Key, Decision> copy = new TreeMap<>(ORDER);
            copy.putAll(decisions);
            return new HolidayDecisions(copy);
        }
    }
}
