package vn.doanket.calendar;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The configurable table of swapped working days (hoán đổi ngày làm việc): days that the Prime Minister's
 * yearly arrangement turns from working days into days off ({@link Kind#DAY_OFF}) and weekend days that are
 * worked to make up for them ({@link Kind#WORKING}, ngày làm bù). Each entry carries the text of its legal
 * basis. An entry overrides everything else for its date in {@link WorkingCalendar#isWorkingDay(LocalDate)}.
 *
 * <p>The table is a value: immutable and thread-safe. {@link #official()} is the table shipped with this
 * module ({@code vn/doanket/calendar/working-day-adjustments.csv}); {@link #parse(Reader, String)} reads an
 * operator-supplied table in the same format; {@link #builder()} builds one in code.
 */
public final class WorkingDayAdjustments {

    /** Name of the shipped table on the class path. */
    public static final String OFFICIAL_RESOURCE = "/vn/doanket/calendar/working-day-adjustments.csv";

    private static final WorkingDayAdjustments EMPTY = new WorkingDayAdjustments(new TreeMap<>());

    /** Whether the day becomes a working day or a day off. */
    public enum Kind {
        /** A (normally weekend) day that is worked — a make-up working day (ngày làm bù). */
        WORKING,
        /** A (normally working) day that is a day off by the swap. */
        DAY_OFF
    }

    /**
     * One entry of the table.
     *
     * @param date       the day concerned
     * @param kind       what the day becomes
     * @param legalBasis the decision or document that orders it (number, date, issuer), never blank
     */
    public record Adjustment(LocalDate date, Kind kind, String legalBasis) {
        /** Validates the entry. */
        public Adjustment {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(kind, "kind");
            if (legalBasis == null || legalBasis.isBlank()) {
                throw new IllegalArgumentException("an adjustment of " + date + " needs its legal basis");
            }
        }
    }

    private final TreeMap<LocalDate, Adjustment> byDate;

    private WorkingDayAdjustments(TreeMap<LocalDate, Adjustment> byDate) {
        this.byDate = byDate;
    }

    /** @return a table without entries */
    public static WorkingDayAdjustments empty() {
        return EMPTY;
    }

    /** @return the table shipped with this module (see the module README for the sources of each entry) */
    public static WorkingDayAdjustments official() {
        return parse(Csv.resource(OFFICIAL_RESOURCE), OFFICIAL_RESOURCE);
    }

    /**
     * Reads a table in CSV form: header {@code date,kind,legal_basis}; {@code date} ISO ({@code 2025-04-26});
     * {@code kind} {@code WORKING} or {@code DAY_OFF}; {@code legal_basis} free text (quote it if it contains
     * commas). Blank lines and lines starting with {@code #} are ignored.
     *
     * @param reader the CSV text (closed by this method)
     * @param source a name for error messages
     * @return the table
     * @throws IllegalArgumentException on a malformed line or a date listed twice
     */
    public static WorkingDayAdjustments parse(Reader reader, String source) {
        Builder builder = builder();
        for (Csv.Row row : Csv.read(reader, source, 3)) {
            try {
                builder.add(new Adjustment(LocalDate.parse(row.cell(0)),
                        Kind.valueOf(row.cell(1).toUpperCase(Locale.ROOT)), row.cell(2)));
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
     * @param date a day
     * @return the entry for that day, if any
     */
    public Optional<Adjustment> find(LocalDate date) {
        return Optional.ofNullable(byDate.get(date));
    }

    /** @return all entries in date order */
    public List<Adjustment> entries() {
        return List.copyOf(byDate.values());
    }

    /**
     * @param year a Gregorian year
     * @return the entries of that year in date order
     */
    public List<Adjustment> entries(int year) {
        return List.copyOf(byDate.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values());
    }

    /** @return whether the table has no entries */
    public boolean isEmpty() {
        return byDate.isEmpty();
    }

    /**
     * A table holding this table's entries and {@code other}'s, {@code other} winning for a date present in
     * both — e.g. {@code official().overriddenBy(parse(localFile, "local"))}.
     *
     * @param other the entries that take precedence
     * @return the merged table
     */
    public WorkingDayAdjustments overriddenBy(WorkingDayAdjustments other) {
        TreeMap<LocalDate, Adjustment> merged = new TreeMap<>(byDate);
        merged.putAll(other.byDate);
        return new WorkingDayAdjustments(merged);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingDayAdjustments other && byDate.equals(other.byDate);
    }

    @Override
    public int hashCode() {
        return byDate.hashCode();
    }

    @Override
    public String toString() {
        return "WorkingDayAdjustments" + byDate.values();
    }

    /** Builds a {@link WorkingDayAdjustments}; not thread-safe. */
    public static final class Builder {
        private final TreeMap<LocalDate, Adjustment> byDate = new TreeMap<>();

        private Builder() {
        }

        /**
         * Adds a make-up working day.
         *
         * @param date       the (usually Saturday) day that is worked
         * @param legalBasis the decision that orders it
         * @return this builder
         */
        public Builder working(LocalDate date, String legalBasis) {
            return add(new Adjustment(date, Kind.WORKING, legalBasis));
        }

        /**
         * Adds a swapped day off.
         *
         * @param date       the (usually weekday) day that is off
         * @param legalBasis the decision that orders it
         * @return this builder
         */
        public Builder dayOff(LocalDate date, String legalBasis) {
            return add(new Adjustment(date, Kind.DAY_OFF, legalBasis));
        }

        /**
         * Adds an entry.
         *
         * @param adjustment the entry
         * @return this builder
         * @throws IllegalArgumentException if the date already has an entry
         */
        public Builder add(Adjustment adjustment) {
            Adjustment previous = byDate.putIfAbsent(adjustment.date(), adjustment);
            if (previous != null) {
                throw new IllegalArgumentException(adjustment.date() + " is listed twice");
            }
            return this;
        }

        /**
         * Adds entries.
         *
         * @param adjustments the entries
         * @return this builder
         */
        public Builder addAll(Collection<Adjustment> adjustments) {
            adjustments.forEach(this::add);
            return this;
        }

        /** @return the table */
        public WorkingDayAdjustments build() {
            return new WorkingDayAdjustments(new TreeMap<>(byDate));
        }
    }
}
