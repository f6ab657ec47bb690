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
 * <p>One map per <em>epoch</em> of the territory: the map changes structure on the days of
 * {@link Territory#mapChangeDates()} (the 1 July 2025 reform, and every reorganisation decision
 * membership records, historical ones included). Each epoch that ended has a view named by its last
 * day ({@code map<YYYY-MM-DD>}, e.g. {@value #PRE_REFORM} for the 63 provinces and the districts
 * before the reform); the open epoch is today's map ({@value #CURRENT}). A source's timeline is placed
 * in every epoch view whose last day is on or after the entry's day, with the changes of its entries
 * up to that last day only (a fact after an epoch's end changes nothing on that map); on today's map,
 * everything. The figures as of a day D are read from the view of the epoch containing D
 * ({@link #view(LocalDate)}).
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

    /**
     * The view of a day on the official maps only (today's, or the pre-reform map before 1 July 2025),
     * without the decisions recorded since; {@link #view(LocalDate)} follows every map change.
     */
    public static String viewFor(LocalDate date) {
        return date.isBefore(Territory.REFORM_DATE) ? PRE_REFORM : CURRENT;
    }

    /** The name of the view of an epoch that ended on {@code lastDay}: {@code map<YYYY-MM-DD>}. */
    public static String epochView(LocalDate lastDay) {
        return "map" + lastDay;
    }

    /**
     * The last days of the epochs that ended (ascending): the day before each map change. Today's map
     * ({@value #CURRENT}) is the open epoch after the last of them.
     */
    public List<LocalDate> epochEnds() {
        List<LocalDate> changes = territory.mapChangeDates();
        List<LocalDate> ends = new ArrayList<>(changes.size());
        changes.forEach(change -> ends.add(change.minusDays(1)));
        return ends;
    }

    /** The view of the map in force on a day: the epoch containing it, today's map for the open one. */
    public String view(LocalDate date) {
        LocalDate end = lastDayOfEpoch(date);
        return end == null ? CURRENT : epochView(end);
    }

    /** The last day of the epoch containing {@code date}, or null when it is the open epoch (today's map). */
    public LocalDate lastDayOfEpoch(LocalDate date) {
        for (LocalDate change : territory.mapChangeDates()) {
            if (change.isAfter(date)) {
                return change.minusDays(1);
            }
        }
        return null;
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
     * The chain of units a source recorded under {@code unitCode} on {@code recordedOn} rolls up through, on
     * today's map ({@value #CURRENT}) and on the map of every epoch that ended ({@link #epochView}); a view where
     * the unit cannot be mapped is left out.
     */
    public Map<String, List<String>> chains(String unitCode, LocalDate recordedOn) {
        Map<String, List<String>> chains = new LinkedHashMap<>();
        List<String> current = territory.rollUpChain(unitCode, recordedOn, MapView.current());
        if (!current.isEmpty()) {
            chains.put(CURRENT, current);
        }
        for (LocalDate end : epochEnds()) {
            List<String> chain = territory.rollUpChain(unitCode, recordedOn, MapView.asOf(end));
            if (!chain.isEmpty()) {
                chains.put(epochView(end), chain);
            }
        }
        return chains;
    }

    /**
     * Places a source's changes per period on today's map and on the map of every epoch whose last day
     * is on or after a changed day.
     *
     * @param sourceId   the source
     * @param unitCode   the unit it is recorded under (a residential area, or its commune)
     * @param recordedOn the day it was recorded
     * @param source     its document, with its timeline
     * @param onlyOn     the days whose periods changed, or null to place every period again (convergence
     *                   after a duplicate or a crash)
     */
    public void place(String sourceId, String unitCode, LocalDate recordedOn, Document source, Collection<LocalDate> onlyOn) {
        place(sourceId, chains(unitCode, recordedOn), source, onlyOn);
    }

    /**
     * Places a source's changes per period along given chains (view → chain, as {@link #chains}).
     *
     * @param onlyOn the days whose periods changed, or null to place every period again
     */
    public void place(String sourceId, Map<String, List<String>> chains, Document source, Collection<LocalDate> onlyOn) {
        List<Document> timeline = timeline(source);
        Set<LocalDate> days = new java.util.TreeSet<>();
        if (onlyOn == null) {
            timeline.forEach(e -> days.add(LocalDate.parse(e.getString(ON))));
        } else {
            days.addAll(onlyOn);
        }
        if (days.isEmpty()) {
            return;
        }
        chains.forEach((view, chain) -> {
            LocalDate end = view.equals(CURRENT) ? null : LocalDate.parse(view.substring("map".length()));
            Set<LocalDate> within = new java.util.TreeSet<>(days);
            List<Document> upToEnd = new ArrayList<>(timeline);
            if (end != null) {
                within.removeIf(day -> day.isAfter(end));
                upToEnd.removeIf(e -> LocalDate.parse(e.getString(ON)).isAfter(end));
            }
            if (!within.isEmpty()) {
                placeOn(view, changes(upToEnd), within, sourceId, chain);
            }
        });
    }

    /** Takes a source out of every period of its timeline along the chains it was placed on. */
    public void remove(String sourceId, Map<String, List<String>> chains, Document source) {
        Set<LocalDate> days = new java.util.TreeSet<>();
        timeline(source).forEach(e -> days.add(LocalDate.parse(e.getString(ON))));
        chains.forEach((view, chain) -> {
            Set<LocalDate> within = new java.util.TreeSet<>(days);
            if (!view.equals(CURRENT)) {
                LocalDate end = LocalDate.parse(view.substring("map".length()));
                within.removeIf(day -> day.isAfter(end));
            }
            if (!within.isEmpty()) {
                placeOn(view, Map.of(), within, sourceId, chain);
            }
        });
    }

    /** Places the changes of every period of the given days in one view. */
    private void placeOn(String view, Map<String, Map<String, Long>> changes, Set<LocalDate> days, String sourceId,
                         List<String> chain) {
        Set<String> placed = new LinkedHashSet<>();
        for (LocalDate day : days) {
            for (String period : Periods.of(day)) {
                if (placed.add(period)) {
                    figures.place(view + ":" + period, sourceId, changes.getOrDefault(period, Map.of()), chain);
                }
            }
        }
    }

    /**
     * The day under which a fact recorded under {@code unitCode} on {@code recordedOn} is counted: that
     * day when the unit is in force on it; else, for a fact recorded under a code a decision had closed
     * before (a form still using the old commune), the last day of that unit, so the fact follows its
     * lineage to the successors like the unit's own facts; else {@code recordedOn}.
     */
    public static LocalDate countedOn(Territory territory, String unitCode, LocalDate recordedOn) {
        if (territory.unit(unitCode, recordedOn).isPresent()) {
            return recordedOn;
        }
        LocalDate last = null;
        for (vn.doanket.territory.AdministrativeUnit version : territory.versions(unitCode)) {
            if (version.validTo() != null && !version.validTo().isAfter(recordedOn)) {
                last = version.validTo().minusDays(1);
            }
        }
        return last == null ? recordedOn : last;
    }

    /** A unit's figures at the end of a day, on the map of that day. */
    public Map<String, Long> asOf(String unitCode, LocalDate date) {
        return asOf(view(date), unitCode, date);
    }

    /** A unit's figures at the end of a day, on a given map. */
    public Map<String, Long> asOf(String view, String unitCode, LocalDate date) {
        Map<String, Long> sum = new TreeMap<>();
        for (String period : Periods.upTo(date)) {
            add(sum, view, period, unitCode);
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
