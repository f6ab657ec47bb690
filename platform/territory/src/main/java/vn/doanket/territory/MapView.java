package vn.doanket.territory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The map under which a fact is counted in a {@linkplain Territory#rollUp roll-up}.
 *
 * <ul>
 *   <li>{@link #asRecorded()}: the map on the day the fact was recorded (the unit it was recorded under);</li>
 *   <li>{@link #current()}: today's map, "today" taken from the {@link Territory}'s {@link Clock};</li>
 *   <li>{@link #asOf(LocalDate)}: the map as it was (or will be) on a given day.</li>
 * </ul>
 */
public sealed interface MapView permits MapView.AsRecorded, MapView.Current, MapView.AsOf {

    /**
     * The map on the day the fact was recorded.
     *
     * @return the as-recorded view
     */
    static MapView asRecorded() {
        return AsRecorded.INSTANCE;
    }

    /**
     * Today's map.
     *
     * @return the current view
     */
    static MapView current() {
        return Current.INSTANCE;
    }

    /**
     * The map in force on {@code date}.
     *
     * @param date the day whose map is used
     * @return the as-of view
     */
    static MapView asOf(LocalDate date) {
        return new AsOf(date);
    }

    /**
     * The day whose map this view shows.
     *
     * @param recordedOn the day the fact was recorded
     * @param clock      the clock that defines "today"
     * @return the map date
     */
    LocalDate mapDate(LocalDate recordedOn, Clock clock);

    /** The map on the recording day. */
    record AsRecorded() implements MapView {
        static final AsRecorded INSTANCE = new AsRecorded();

        @Override
        public LocalDate mapDate(LocalDate recordedOn, Clock clock) {
            return recordedOn;
        }
    }

    /** Today's map. */
    record Current() implements MapView {
        static final Current INSTANCE = new Current();

        @Override
        public LocalDate mapDate(LocalDate recordedOn, Clock clock) {
            return LocalDate.now(clock);
        }
    }

    /**
     * The map on a fixed day.
     *
     * @param date the map day
     */
    record AsOf(LocalDate date) implements MapView {

        /**
         * Creates the record, validating (and, for lists, copying) its components.
         *
         * @param date the {@code date} component
         * @throws NullPointerException if {@code date} is {@code null}
         */
        public AsOf {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public LocalDate mapDate(LocalDate recordedOn, Clock clock) {
            return date;
        }
    }
}
