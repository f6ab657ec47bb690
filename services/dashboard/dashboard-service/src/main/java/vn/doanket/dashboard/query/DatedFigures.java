package vn.doanket.dashboard.query;

import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.doanket.territory.MapView;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Figures per unit <em>and period</em> (day, month, quarter, year), so figures can be shown as of
 * any date and drawn as trends.
 *
 * <p>Every source (a residential area, a committee…) keeps in its own document a <em>timeline</em>:
 * after each of its events, the day the fact took effect and the source's whole contribution from
 * then on. The change a source brings to a period is the difference of its contributions across
 * the timeline entries dated in that period; it is placed in the period's unit documents
 * ({@code <map>:<period>:<unit>}, e.g. {@code current:M2026-11:79}) exactly like the current
 * totals ({@link UnitFigures#place}: recomputed from exact lower-level state, addressed by
 * {@code _id}). The figures as of a day are then the sum of the year, month and day changes up to
 * it: at most a few dozen reads by {@code _id}.
 *
 * <p>Two maps are kept: today's ({@value #CURRENT}), and the last map before the 1 July 2025 reform
 * ({@value #PRE_REFORM}, with its 63 provinces and the districts) for dates before the reform. A
 * fact effective on or after the reform changes nothing before it, so it is placed on today's map
 * only.
 */
@Component
public class DatedFigures {

    /** Today's map. */
    public static final String CURRENT = MembershipProjector.CURRENT_VIEW;
    /** The map of 30 June 2025, the last day before the reform. */
    public static final String PRE_REFORM = "map2025-06-30";
    public static final LocalDate PRE_REFORM_MAP = Territory.REFORM_DATE.minusDays(1);
    /** The first year whose changes are summed for an as-of figure. */
    public static final int FIRST_YEAR = 2015;
    /** A timeline entry: the day a contribution took effect. */
    public static final String ON = "on";
    /** A timeline entry: the contribution from that day on. */
    public static final String CONTRIBUTION = "figures";
    public static final String TIMELINE = "timeline";

    private final UnitFigures figures;
    private final Territory territory;

    public DatedFigures(UnitFigures figures, Territory territory) {
        this.figures = figures;
        this.territory = territory;
    }

    /** The map a view is drawn on: today's, or the pre-reform map for a day before 1 July 2025. */
    public static String viewFor(LocalDate date) {
        return date.isBefore(Territory.REFORM_DATE) ? PRE_REFORM : CURRENT;
    }

    /** Appends a timeline entry to a source document (inside its idempotent change). */
    public static Document record(Document source, LocalDate on, Map<String, Long> contribution) {
        List<Document> timeline = timeline(source);
        timeline.add(new Document(ON, on.toString()).append(CONTRIBUTION, new Document(new TreeMap<>(contribution))));
        source.put(TIMELINE, timeline);
        return source;
    }

    @SuppressWarnings("unchecked")
    static List<Document> timeline(Document source) {
        Object value = source.get(TIMELINE);
        return value instanceof List<?> list ? new ArrayList<>((List<Document>) list) : new ArrayList<>();
    }

    /**
     * The change a source brings to every period its timeline touches (period key → figure → change;
     * zero changes left out, a period without change maps to an empty map).
     */
    public static Map<String, Map<String, Long>> changes(List<Document> timeline) {
        Map<String, Map<String, Long>> changes = new LinkedHashMap<>();
        Map<String, Long> previous = Map.of();
        for (Document entry : timeline) {
            LocalDate on = LocalDate.parse(entry.getString(ON));
            Map<String, Long> now = new TreeMap<>();
            entry.get(CONTRIBUTION, Document.class).forEach((k, v) -> now.put(k, ((Number) v).longValue()));
            Set<String> keys = new LinkedHashSet<>(previous.keySet());
            keys.addAll(now.keySet());
            for (String period : Periods.of(on)) {
                Map<String, Long> delta = changes.computeIfAbsent(period, p -> new TreeMap<>());
                for (String key : keys) {
                    long d = now.getOrDefault(key, 0L) - previous.getOrDefault(key, 0L);
                    if (d != 0) {
                        delta.merge(key, d, Long::sum);
                    }
                }
                delta.values().removeIf(v -> v == 0L);
            }
            previous = now;
        }
        return changes;
    }

    /**
     * Places a source's changes per period on both maps.
     *
     * @param sourceId   the source
     * @param unitCode   the unit it is recorded under (a residential area, or its commune)
     * @param recordedOn the day it was recorded
     * @param source     its document, with its timeline
     * @param onlyOn     the days whose periods changed, or null to place every period again (convergence
     *                   after a duplicate or a crash)
     */
    public void place(String sourceId, String unitCode, LocalDate recordedOn, Document source, Collection<LocalDate> onlyOn) {
        List<Document> timeline = timeline(source);
        Map<String, Map<String, Long>> changes = changes(timeline);
        Set<LocalDate> days = new LinkedHashSet<>();
        if (onlyOn == null) {
            timeline.forEach(e -> days.add(LocalDate.parse(e.getString(ON))));
        } else {
            days.addAll(onlyOn);
        }
        if (days.isEmpty()) {
            return;
        }
        List<String> current = territory.rollUpChain(unitCode, recordedOn, MapView.current());
        List<String> preReform = null;
        Set<String> placed = new LinkedHashSet<>();
        for (LocalDate day : days) {
            for (String period : Periods.of(day)) {
                if (!placed.add(period)) {
                    continue;
                }
                Map<String, Long> change = changes.getOrDefault(period, Map.of());
                figures.place(CURRENT + ":" + period, sourceId, change, current);
                if (day.isBefore(Territory.REFORM_DATE)) {
                    if (preReform == null) {
                        preReform = territory.rollUpChain(unitCode, recordedOn, MapView.asOf(PRE_REFORM_MAP));
                    }
                    figures.place(PRE_REFORM + ":" + period, sourceId, change, preReform);
                }
            }
        }
    }

    /** A unit's figures at the end of a day, on the map of that day. */
    public Map<String, Long> asOf(String unitCode, LocalDate date) {
        return asOf(viewFor(date), unitCode, date);
    }

    /** A unit's figures at the end of a day, on a given map. */
    public Map<String, Long> asOf(String view, String unitCode, LocalDate date) {
        Map<String, Long> sum = new TreeMap<>();
        for (int y = FIRST_YEAR; y < date.getYear(); y++) {
            add(sum, view, Periods.year(y), unitCode);
        }
        for (int m = 1; m < date.getMonthValue(); m++) {
            add(sum, view, Periods.month(YearMonth.of(date.getYear(), m)), unitCode);
        }
        for (int d = 1; d <= date.getDayOfMonth(); d++) {
            add(sum, view, Periods.day(date.withDayOfMonth(d)), unitCode);
        }
        sum.values().removeIf(v -> v == 0L);
        return sum;
    }

    /** A unit's change within one period (figure → change). */
    public Map<String, Long> change(String view, String period, String unitCode) {
        return figures.totals(view + ":" + period, unitCode).orElse(Map.of());
    }

    private void add(Map<String, Long> sum, String view, String period, String unitCode) {
        figures.totals(view + ":" + period, unitCode).ifPresent(t -> t.forEach((k, v) -> sum.merge(k, v, Long::sum)));
    }
}
