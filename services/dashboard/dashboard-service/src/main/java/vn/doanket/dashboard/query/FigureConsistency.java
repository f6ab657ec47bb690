package vn.doanket.dashboard.query;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.doanket.territory.AdministrativeUnit;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks the read models against the rule that makes figures trustworthy: on a map, every unit's figures are the
 * sum of its sub-units' figures plus what is recorded at the unit itself, and each source (an area, a committee,
 * a petition) is counted at one unit only. The membership figures (residential areas in force, committees not
 * dissolved, their members) are recorded only in residential areas, so above them a unit's membership figures are
 * exactly the sum of its sub-units': a stale count of a merged area, or a committee left at its commune, shows as a
 * break ({@code membership-recorded-above-area}). Used by property tests and by the administrators' consistency check
 * ({@code GET /api/admin/consistency}).
 */
@Component
public class FigureConsistency {

    /** The membership figures: residential areas in force and committees not dissolved, with their members. */
    public static final Set<String> MEMBERSHIP = Set.of(UnitFigures.RESIDENTIAL_AREAS, "committees", "members", "heads",
            "deputies", "committeesWithoutHead", "vacancies");

    /**
     * A unit whose figures break the rule.
     *
     * @param unitCode the unit
     * @param rule     {@code sum-of-children} (figures ≠ sub-units + own) or {@code counted-twice} (a source counted
     *                 at more than one unit)
     * @param figure   the figure that differs, or the source counted twice
     * @param actual   the unit's figure
     * @param expected the sum of its sub-units' figures and its own, or the other unit counting the source
     */
    public record Violation(String unitCode, String rule, String figure, Object actual, Object expected) {
    }

    /** The outcome of a check. */
    public record Report(String map, LocalDate asOf, String root, int unitsChecked, boolean complete,
                         List<Violation> violations) {
    }

    private final UnitFigures figures;
    private final DatedFigures dated;
    private final Territory territory;
    private final MongoTemplate mongo;

    public FigureConsistency(MongoTemplate mongo, UnitFigures figures, DatedFigures dated, Territory territory) {
        this.mongo = mongo;
        this.figures = figures;
        this.dated = dated;
        this.territory = territory;
    }

    /**
     * Checks {@code root} and every unit below it on the map of {@code asOf} (today's map and figures when null).
     *
     * @param maxUnits at most so many units are checked (breadth first from the root); the report says whether all were
     */
    public Report check(String root, LocalDate asOf, int maxUnits) {
        LocalDate mapDate = asOf == null ? territory.today() : asOf;
        String view = asOf == null ? DatedFigures.CURRENT : dated.view(asOf);
        List<Violation> violations = new ArrayList<>();
        Map<String, String> countedAt = new HashMap<>(); // source → unit (today's figures only)
        Deque<String> queue = new ArrayDeque<>(List.of(root));
        int checked = 0;
        while (!queue.isEmpty() && checked < maxUnits) {
            String unit = queue.poll();
            checked++;
            Figures own = figuresOf(view, unit, asOf);
            List<AdministrativeUnit> children = territory.children(unit, mapDate);
            Map<String, Long> sum = new TreeMap<>(own.recordedHere());
            for (AdministrativeUnit child : children) {
                queue.add(child.code());
                figuresOf(view, child.code(), asOf).figures().forEach((k, v) -> sum.merge(k, v, Long::sum));
            }
            if (!children.isEmpty()) {
                membership(own.recordedHere()).forEach((name, value) -> violations.add(
                        new Violation(unit, "membership-recorded-above-area", name, value, 0L)));
                Set<String> names = new java.util.TreeSet<>(own.figures().keySet());
                names.addAll(sum.keySet());
                for (String name : names) {
                    long actual = own.figures().getOrDefault(name, 0L);
                    long expected = sum.getOrDefault(name, 0L);
                    if (actual != expected) {
                        violations.add(new Violation(unit, "sum-of-children", name, actual, expected));
                    }
                }
            }
            if (asOf == null) {
                for (String source : own.sources()) {
                    String other = countedAt.putIfAbsent(source, unit);
                    if (other != null) {
                        violations.add(new Violation(unit, "counted-twice", source, unit, other));
                    }
                }
            }
        }
        return new Report(view, asOf, root, checked, queue.isEmpty(), violations);
    }

    /** A unit's figures, what is recorded at the unit itself, and the sources it counts itself. */
    private record Figures(Map<String, Long> figures, Map<String, Long> recordedHere, Set<String> sources) {
    }

    private Figures figuresOf(String view, String unit, LocalDate asOf) {
        if (asOf == null) {
            Document doc = figures.figuresOf(view, unit).orElse(null);
            if (doc == null) {
                return new Figures(Map.of(), Map.of(), Set.of());
            }
            Map<String, Long> own = new TreeMap<>();
            Document sources = doc.get(UnitFigures.SOURCES, Document.class);
            if (sources != null) {
                sources.values().forEach(part -> add(own, part));
            }
            Map<String, Long> totals = new TreeMap<>();
            add(totals, doc.get(UnitFigures.FIGURES));
            return new Figures(totals, own, sources == null ? Set.of() : sources.keySet());
        }
        // as of a past day: the sums of the period documents up to that day, figures and own sources alike
        Map<String, Long> totals = new TreeMap<>();
        Map<String, Long> own = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        for (String period : Periods.upTo(asOf)) {
            ids.add(view + ":" + period + ":" + unit);
        }
        for (Document doc : mongo.getCollection(UnitFigures.COLLECTION).find(Filters.in("_id", ids))) {
            add(totals, doc.get(UnitFigures.FIGURES));
            Document sources = doc.get(UnitFigures.SOURCES, Document.class);
            if (sources != null) {
                sources.values().forEach(part -> add(own, part));
            }
        }
        totals.values().removeIf(v -> v == 0L);
        own.values().removeIf(v -> v == 0L);
        return new Figures(totals, own, Set.of());
    }

    private static void add(Map<String, Long> into, Object part) {
        if (part instanceof Map<?, ?> values) {
            values.forEach((k, v) -> into.merge(String.valueOf(k), ((Number) v).longValue(), Long::sum));
        }
    }

    /** Only the membership figures of a map of figures. */
    public static Map<String, Long> membership(Map<String, Long> all) {
        Map<String, Long> m = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            if (MEMBERSHIP.contains(k) && v != 0L) {
                m.put(k, v);
            }
        });
        return m;
    }
}
