package vn.doanket.dashboard.query;

import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.doanket.security.TerritorialScope;
import vn.doanket.territory.AdministrativeUnit;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The dashboard's questions, answered from the read models by {@code _id} only. */
@Component
public class FigureQueries {

    /** Figure names in display order, with Vietnamese and English labels. */
    public static final Map<String, String[]> LABELS = labels();

    private static Map<String, String[]> labels() {
        Map<String, String[]> labels = new java.util.LinkedHashMap<>();
        labels.put(UnitFigures.RESIDENTIAL_AREAS, new String[]{"Khu dân cư", "Residential areas"});
        labels.put("committees", new String[]{"Ban Công tác Mặt trận", "Work committees"});
        labels.put("members", new String[]{"Thành viên", "Members"});
        labels.put("heads", new String[]{"Trưởng ban", "Heads"});
        labels.put("deputies", new String[]{"Phó Trưởng ban", "Deputies"});
        labels.put("committeesWithoutHead", new String[]{"Ban chưa có Trưởng ban", "Committees without a head"});
        labels.put("vacancies", new String[]{"Vị trí thiếu khuyết", "Vacancies"});
        labels.put("petitionsReceived", new String[]{"Kiến nghị tiếp nhận", "Petitions received"});
        labels.put("petitionsForwarded", new String[]{"Kiến nghị đã chuyển", "Petitions forwarded"});
        labels.put("petitionsAnswered", new String[]{"Kiến nghị đã có trả lời", "Petitions answered"});
        labels.put("petitionsClosed", new String[]{"Kiến nghị đã kết thúc", "Petitions closed"});
        labels.put("petitionsOpen", new String[]{"Kiến nghị đang xử lý", "Petitions open"});
        labels.put("petitionsOverdue", new String[]{"Kiến nghị quá hạn", "Petitions overdue"});
        labels.put("petitionsEscalated", new String[]{"Kiến nghị chuyển cấp trên", "Petitions escalated"});
        labels.put("petitionsAnsweredWithinDeadline", new String[]{"Trả lời đúng hạn", "Answered within deadline"});
        labels.put("petitionsSatisfied", new String[]{"Người dân hài lòng", "Citizens satisfied"});
        // every plugged context's figures, in its declared order
        ContextProjections.all().forEach(p -> p.figures().forEach(f -> labels.put(f.name(), new String[]{f.vi(), f.en()})));
        return java.util.Collections.unmodifiableMap(labels);
    }

    /** Shares derived by a plugged context ({@link vn.doanket.context.ContextProjection#ratios()}), in display order. */
    public static final Map<String, String[]> RATIO_LABELS = ratioLabels();

    private static Map<String, String[]> ratioLabels() {
        Map<String, String[]> labels = new java.util.LinkedHashMap<>();
        ContextProjections.all().forEach(p -> p.ratios().forEach(r -> labels.put(r.name(), new String[]{r.vi(), r.en()})));
        return java.util.Collections.unmodifiableMap(labels);
    }

    /** A unit's figures on a map, today or as of a day. */
    public record UnitFiguresView(String unitCode, String name, String level, String view, LocalDate asOf,
                                  long residentialAreas, Map<String, Long> figures, Map<String, Double> derived,
                                  List<ChildFigures> children) {
    }

    /**
     * A sub-unit's figures ({@code figures}: counts; {@code derived}: median and 90th percentile of
     * days to answer, share answered within the deadline, share of closed petitions whose citizen was satisfied).
     */
    public record ChildFigures(String unitCode, String name, String level, long residentialAreas,
                               Map<String, Long> figures, Map<String, Double> derived) {
    }

    /** The sub-units of a unit with their figures, for comparison. */
    public record ChildrenTable(String unitCode, String name, String level, String view, LocalDate asOf,
                                String parentCode, List<ChildFigures> children) {
    }

    /** One period of a trend: the change within it and the level at its end. */
    public record TrendPoint(String period, LocalDate from, LocalDate to, Map<String, Long> change,
                             Map<String, Long> total) {
    }

    /** A unit's figures period by period, on today's map or the map of an as-of day. */
    public record Trend(String unitCode, String name, String granularity, List<TrendPoint> points) {
    }

    private final UnitFigures figures;
    private final DatedFigures dated;
    private final Territory territory;

    public FigureQueries(UnitFigures figures, DatedFigures dated, Territory territory) {
        this.figures = figures;
        this.dated = dated;
        this.territory = territory;
    }

    /** Figures of a unit on today's map ({@code asOf} null) or as they were at the end of {@code asOf}. */
    public UnitFiguresView figures(String code, LocalDate asOf) {
        Optional<Document> page = asOf == null ? figures.pageOf(DatedFigures.CURRENT, code) : Optional.empty();
        ChildrenTable table = children(code, asOf, page);
        Map<String, Long> totals = asOf == null ? page.map(d -> longs(d.get(UnitFigures.FIGURES))).orElse(Map.of())
                : totals(code, asOf);
        return new UnitFiguresView(table.unitCode(), table.name(), table.level(), table.view(), asOf,
                totals.getOrDefault(UnitFigures.RESIDENTIAL_AREAS, 0L), counts(totals), derived(totals), table.children());
    }

    /** The sub-units of a unit on the map of the day, in Vietnamese order, with their figures. */
    public ChildrenTable children(String code, LocalDate asOf) {
        return children(code, asOf, asOf == null ? figures.pageOf(DatedFigures.CURRENT, code) : Optional.empty());
    }

    /**
     * Today's sub-unit totals come from the unit's own document ({@code children}: each child's
     * totals, written with the child's in the same bulk write), so a page is one read by {@code _id}
     * whatever the number of sub-units; as of a day they are summed from each child's dated documents.
     */
    private ChildrenTable children(String code, LocalDate asOf, Optional<Document> page) {
        LocalDate on = asOf == null ? territory.today() : asOf;
        AdministrativeUnit unit = territory.unit(code, on).orElseThrow(TerritorialScope::notFound);
        Document childTotals = page.map(d -> d.get(UnitFigures.CHILDREN, Document.class)).orElse(null);
        List<ChildFigures> children = territory.children(code, on).stream()
                .sorted(AdministrativeUnit.VIETNAMESE_ORDER)
                .map(c -> {
                    Map<String, Long> totals = asOf != null ? totals(c.code(), asOf)
                            : childTotals == null ? Map.of() : longs(childTotals.get(c.code()));
                    return new ChildFigures(c.code(), c.name(), c.level().name(),
                            totals.getOrDefault(UnitFigures.RESIDENTIAL_AREAS, 0L), counts(totals), derived(totals));
                })
                .toList();
        String parent = territory.parent(code, on).map(AdministrativeUnit::code).orElse(null);
        return new ChildrenTable(unit.code(), unit.name(), unit.level().name(),
                asOf == null ? DatedFigures.CURRENT : dated.view(asOf), asOf, parent, children);
    }

    /** A unit's totals, today or as of a day. */
    public Map<String, Long> totals(String code, LocalDate asOf) {
        return asOf == null ? figures.totals(DatedFigures.CURRENT, code).orElse(Map.of()) : dated.asOf(code, asOf);
    }

    /** The last {@code count} periods up to today's, on today's map. */
    public Trend trend(String code, Periods.Granularity granularity, int count) {
        return trend(code, granularity, count, null);
    }

    /**
     * The last {@code count} periods up to today's on today's map ({@code asOf} null), or up to the
     * period containing {@code asOf} on the map of that day, the last period ending on {@code asOf}
     * (the unit as it was, its figures as they were at the end of that day).
     */
    public Trend trend(String code, Periods.Granularity granularity, int count, LocalDate asOf) {
        LocalDate end = asOf == null ? territory.today() : asOf;
        String view = asOf == null ? DatedFigures.CURRENT : dated.view(asOf);
        AdministrativeUnit unit = territory.unit(code, end).orElseThrow(TerritorialScope::notFound);
        LocalDate start = Periods.start(granularity, end);
        for (int i = 1; i < count; i++) {
            start = previous(granularity, start);
        }
        Map<String, Long> level = new TreeMap<>(dated.asOf(view, code, start.minusDays(1)));
        List<TrendPoint> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate next = Periods.next(granularity, start);
            Map<String, Long> change;
            LocalDate to = next.minusDays(1);
            if (asOf != null && to.isAfter(asOf)) {
                // the period containing the as-of day: up to that day only
                to = asOf;
                Map<String, Long> difference = new TreeMap<>(dated.asOf(view, code, asOf));
                level.forEach((k, v) -> difference.merge(k, -v, Long::sum));
                difference.values().removeIf(v -> v == 0L);
                change = difference;
            } else {
                change = dated.change(view, Periods.key(granularity, start), code);
            }
            change.forEach((k, v) -> level.merge(k, v, Long::sum));
            level.values().removeIf(v -> v == 0L);
            points.add(new TrendPoint(Periods.label(granularity, start), start, to, counts(change), counts(level)));
            start = next;
        }
        return new Trend(unit.code(), unit.name(), granularity.name(), points);
    }

    private static Map<String, Long> longs(Object figures) {
        Map<String, Long> values = new TreeMap<>();
        if (figures instanceof Map<?, ?> map) {
            map.forEach((k, v) -> values.put(String.valueOf(k), ((Number) v).longValue()));
        }
        return values;
    }

    /** The counts of a unit, without the days-to-answer histogram. */
    public static Map<String, Long> counts(Map<String, Long> totals) {
        Map<String, Long> counts = new TreeMap<>(totals);
        counts.keySet().removeIf(k -> k.startsWith(FeedbackProjector.ANSWER_DAYS));
        return counts;
    }

    /** Figures derived from the counts: percentiles of days to answer, shares within deadline and satisfied. */
    public static Map<String, Double> derived(Map<String, Long> totals) {
        Map<String, Double> derived = new TreeMap<>();
        long[] histogram = new long[FeedbackProjector.MAX_ANSWER_DAYS + 1];
        long answered = 0;
        for (Map.Entry<String, Long> e : totals.entrySet()) {
            if (e.getKey().startsWith(FeedbackProjector.ANSWER_DAYS) && e.getValue() > 0) {
                int days = Integer.parseInt(e.getKey().substring(FeedbackProjector.ANSWER_DAYS.length()));
                histogram[days] += e.getValue();
                answered += e.getValue();
            }
        }
        if (answered > 0) {
            derived.put("medianDaysToAnswer", (double) percentile(histogram, answered, 0.5));
            derived.put("p90DaysToAnswer", (double) percentile(histogram, answered, 0.9));
            derived.put("shareAnsweredWithinDeadline",
                    totals.getOrDefault("petitionsAnsweredWithinDeadline", 0L) / (double) answered);
        }
        long closed = totals.getOrDefault("petitionsClosed", 0L);
        if (closed > 0) {
            derived.put("satisfactionShare", totals.getOrDefault("petitionsSatisfied", 0L) / (double) closed);
        }
        for (vn.doanket.context.ContextProjection p : ContextProjections.all()) {
            for (vn.doanket.context.ContextProjection.Ratio ratio : p.ratios()) {
                long denominator = totals.getOrDefault(ratio.denominator(), 0L);
                if (denominator > 0) {
                    derived.put(ratio.name(), totals.getOrDefault(ratio.numerator(), 0L) / (double) denominator);
                }
            }
        }
        return derived;
    }

    /** The smallest value with at least {@code q} of the observations at or below it (nearest rank). */
    static int percentile(long[] histogram, long count, double q) {
        long rank = Math.max(1, (long) Math.ceil(q * count));
        long seen = 0;
        for (int days = 0; days < histogram.length; days++) {
            seen += histogram[days];
            if (seen >= rank) {
                return days;
            }
        }
        return histogram.length - 1;
    }

    private static LocalDate previous(Periods.Granularity granularity, LocalDate start) {
        return switch (granularity) {
            case DAY -> start.minusDays(1);
            case MONTH -> start.minusMonths(1);
            case QUARTER -> start.minusMonths(3);
            case YEAR -> start.minusYears(1);
        };
    }
}
