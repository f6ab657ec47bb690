package vn.doanket.context;

import org.bson.Document;
import vn.doanket.events.EventEnvelope;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * How a bounded context's published events count on the dashboard. A context contributes one or more from its own
 * small dashboard-facing module ({@code <context>-dashboard}, depending on its {@code -api} module and this one, never
 * on its service), listed in {@code META-INF/services/vn.doanket.context.ContextProjection}. The dashboard consumes
 * {@link #topic()} live and in rebuilds, keeps one document per aggregate in {@link #collection} (idempotent by the
 * event's sequence: {@link #apply} sees every event of an aggregate once, in order), and places the aggregate's
 * {@link #timeline} at the unit of {@link #placement} on every map (today's, the map before the 2025 reorganisation,
 * as of any day), rolled up to every level. Labels, pages and exports list {@link #figures()} and {@link #ratios()}.
 *
 * <p>Rules for implementations (the dashboard's read models must equal a replay of the events):
 * <ul>
 *   <li>{@link #apply} uses only the event and the document: no clock, no lookups, no map of today;</li>
 *   <li>the document stays bounded whatever the aggregate's history (counts, not lists of what happened);</li>
 *   <li>{@link #timeline} and {@link #placement} are functions of the document only;</li>
 *   <li>nothing secret goes into the document (a contest's marks before the round is locked, personal data).</li>
 * </ul>
 */
public interface ContextProjection {

    /** The context's name, e.g. {@code conference} (lower case; also the published topic's middle part). */
    String context();

    /** The topic its events are published on: {@code vn.doanket.events.Topics.eventsOf(context())}. */
    default String topic() {
        return vn.doanket.events.Topics.eventsOf(context());
    }

    /** The figures it contributes, in display order (names unique across all contexts; camelCase). */
    List<Figure> figures();

    /** Shares derived from figures (any context's), shown next to the counts. */
    default List<Ratio> ratios() {
        return List.of();
    }

    /**
     * The dashboard collection the event's aggregate is kept in ({@code <context>_<aggregate>s}, e.g.
     * {@code conference_meetings}), or {@code null} to ignore the event (forward compatibility: unknown types).
     */
    String collection(EventEnvelope event);

    /** The collections {@link #collection} can name (read up front for a batch of this context's events). */
    List<String> collections();

    /**
     * Whether every event of an aggregate is published. A context that keeps some events internal (names, sealed
     * marks) publishes sequences with gaps; the dashboard then does not warn about them.
     */
    default boolean publishesEverySequence() {
        return true;
    }

    /**
     * Applies one event to its aggregate's document ({@code _id} and the dashboard's own fields already set; empty
     * otherwise on the aggregate's first event). Deterministic: the event and the document only.
     */
    void apply(Document state, EventEnvelope event);

    /** Where the aggregate counts and since which day, or {@code null} while it counts nowhere. */
    Placement placement(Document state);

    /**
     * The aggregate's contribution from each day on which it changes, in date order: the entry on or before a day is
     * what it adds to its unit's figures at the end of that day (an empty map: nothing). A function of the document.
     */
    SortedMap<LocalDate, Map<String, Long>> timeline(Document state);

    /** A figure: its name in the read models and its labels, Vietnamese first. */
    record Figure(String name, String vi, String en) {
    }

    /** {@code numerator / denominator} of a unit's figures, shown when the denominator is not zero. */
    record Ratio(String name, String vi, String en, String numerator, String denominator) {
    }

    /**
     * The unit an aggregate is recorded under (any level, a residential area included) and the day it was recorded
     * (the day its unit is read on the map of that day when the unit has since been reorganised).
     */
    record Placement(String unitCode, LocalDate recordedOn) {
    }
}
