package vn.doanket.dashboard.web;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.doanket.dashboard.query.FigureChanges;
import vn.doanket.dashboard.query.FigureQueries;
import vn.doanket.dashboard.query.FigureQueries.ChildFigures;
import vn.doanket.dashboard.query.FigureQueries.ChildrenTable;
import vn.doanket.dashboard.query.FigureQueries.Trend;
import vn.doanket.dashboard.query.FigureQueries.TrendPoint;
import vn.doanket.dashboard.query.FigureQueries.UnitFiguresView;
import vn.doanket.dashboard.query.Periods;
import vn.doanket.events.error.DomainException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Figures of one administrative unit — today, as of a past day (on the map of that day: the
 * pre-reform provinces and districts before 1 July 2025, and the map of every epoch between the
 * reorganisation decisions recorded since), period by period (also up to a past day, on its map), compared across its
 * sub-units, as CSV/XLSX, and live over server-sent events. Every endpoint is within the caller's
 * territorial scope; a unit outside it answers exactly like a missing one (404).
 */
@RestController
@Tag(name = "Bảng điều khiển / Dashboard", description = "Số liệu theo đơn vị hành chính, theo ngày và theo kỳ / Figures per administrative unit, as of a day and per period")
@RequestMapping("/api/units")
public class UnitFiguresController {

    static final int MAX_PERIODS = 60;

    private final FigureQueries queries;
    private final FigureChanges changes;

    public UnitFiguresController(FigureQueries queries, FigureChanges changes) {
        this.queries = queries;
        this.changes = changes;
    }

    /** A unit's figures with its sub-units: today, or as of the end of day {@code asOf} (YYYY-MM-DD). */
    @GetMapping("/{code}/figures")
    @PreAuthorize("isAuthenticated() and @unitAccess.require(#code, #asOf)")
    @Operation(summary = "Số liệu của đơn vị / A unit's figures", description = "Today on today's map, or with asOf=YYYY-MM-DD as at the end of that day on the map of that day (pre-reform provinces and districts before 2025-07-01). Within the caller's territory; otherwise 404 unit-not-found.")
    public UnitFiguresView figures(@PathVariable String code,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return queries.figures(code, asOf);
    }

    /** The table comparing a unit's sub-units (today, or as of a day), with the parent for the way back up. */
    @GetMapping("/{code}/children")
    @PreAuthorize("isAuthenticated() and @unitAccess.require(#code, #asOf)")
    @Operation(summary = "Bảng so sánh đơn vị trực thuộc / Sub-unit comparison", description = "The sub-units of the unit on the map of the day with their figures, and the parent code for the way up.")
    public ChildrenTable children(@PathVariable String code,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return queries.children(code, asOf);
    }

    /** The sub-unit table as CSV. */
    @GetMapping("/{code}/children.csv")
    @PreAuthorize("isAuthenticated() and @unitAccess.require(#code, #asOf)")
    @Operation(summary = "Tải bảng đơn vị trực thuộc (CSV) / Sub-unit table as CSV", description = "UTF-8 with byte-order mark, bilingual headers.")
    public ResponseEntity<byte[]> childrenCsv(@PathVariable String code,
                                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return childrenTable(code, asOf).csv(filename("don-vi-truc-thuoc", code, asOf));
    }

    /** The sub-unit table as an Excel workbook. */
    @GetMapping("/{code}/children.xlsx")
    @PreAuthorize("isAuthenticated() and @unitAccess.require(#code, #asOf)")
    @Operation(summary = "Tải bảng đơn vị trực thuộc (XLSX) / Sub-unit table as XLSX", description = "One sheet, numbers as numeric cells.")
    public ResponseEntity<byte[]> childrenXlsx(@PathVariable String code,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return childrenTable(code, asOf).xlsx(filename("don-vi-truc-thuoc", code, asOf));
    }

    /**
     * A unit's figures period by period: for each of the last {@code periods} months (or quarters,
     * days, years) up to the current one, the change within it and the level at its end, on today's
     * map; with {@code asOf}, up to the period of that day on the map of that day, the last period
     * ending on it.
     */
    @GetMapping("/{code}/trends")
    @PreAuthorize("isAuthenticated() and @unitAccess.require(#code, #asOf)")
    @Operation(summary = "Xu hướng theo kỳ / Trend per period", description = "period=day|month|quarter|year (default month), periods=1..60: the change within each period and the level at its end, on today's map; with asOf=YYYY-MM-DD up to that day, on the map of that day.")
    public Trend trends(@PathVariable String code, @RequestParam(defaultValue = "month") String period,
                        @RequestParam(required = false) Integer periods,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Periods.Granularity granularity = granularity(period);
        return queries.trend(code, granularity, count(granularity, periods), asOf);
    }

    /** The trend as CSV (level at the end of each period). */
    @GetMapping("/{code}/trends.csv")
    @PreAuthorize("isAuthenticated() and @unitAccess.require(#code, #asOf)")
    @Operation(summary = "Tải xu hướng (CSV) / Trend as CSV", description = "Level at the end of each period; asOf as for the trend.")
    public ResponseEntity<byte[]> trendsCsv(@PathVariable String code, @RequestParam(defaultValue = "month") String period,
                                            @RequestParam(required = false) Integer periods,
                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return trendTable(code, period, periods, asOf).csv(filename("xu-huong-" + period, code, asOf));
    }

    /** The trend as an Excel workbook. */
    @GetMapping("/{code}/trends.xlsx")
    @PreAuthorize("isAuthenticated() and @unitAccess.require(#code, #asOf)")
    @Operation(summary = "Tải xu hướng (XLSX) / Trend as XLSX", description = "Level at the end of each period; asOf as for the trend.")
    public ResponseEntity<byte[]> trendsXlsx(@PathVariable String code, @RequestParam(defaultValue = "month") String period,
                                             @RequestParam(required = false) Integer periods,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return trendTable(code, period, periods, asOf).xlsx(filename("xu-huong-" + period, code, asOf));
    }

    /**
     * Live figures of a unit on today's map as server-sent events: event {@code figures} with
     * {@code {unitCode, figures}} at once and whenever a fact changes the unit or anything below it.
     * The stream ends after {@code maxSeconds} (default 30 minutes; browsers reconnect by themselves).
     */
    @GetMapping(path = "/{code}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize("isAuthenticated() and @unitAccess.require(#code, null)")
    @Operation(summary = "Số liệu trực tiếp (SSE) / Live figures (server-sent events)", description = "Event 'figures' {unitCode, figures} at once and within about 100 ms of every change of the read model for the unit or anything below it; ends after maxSeconds (default 1800).")
    public SseEmitter stream(@PathVariable String code, @RequestParam(required = false) Integer maxSeconds) {
        if (maxSeconds != null && (maxSeconds < 1 || maxSeconds > FigureChanges.MAX_SECONDS)) {
            throw DomainException.invalid("max-seconds-out-of-range",
                    "maxSeconds phải từ 1 đến " + FigureChanges.MAX_SECONDS,
                    "maxSeconds must be between 1 and " + FigureChanges.MAX_SECONDS);
        }
        return changes.subscribe(code, maxSeconds == null ? FigureChanges.MAX_SECONDS : maxSeconds);
    }

    // ------------------------------------------------------------------------------------------

    private TableExport childrenTable(String code, LocalDate asOf) {
        ChildrenTable table = queries.children(code, asOf);
        Set<String> figureNames = figureNames(table.children().stream().map(ChildFigures::figures).toList());
        List<String> headers = new ArrayList<>(List.of("Mã / Code", "Đơn vị / Unit", "Cấp / Level"));
        figureNames.forEach(f -> headers.add(label(f)));
        List<List<Object>> rows = new ArrayList<>();
        for (ChildFigures child : table.children()) {
            List<Object> row = new ArrayList<>(List.of(child.unitCode(), child.name(), child.level()));
            figureNames.forEach(f -> row.add(child.figures().getOrDefault(f, 0L)));
            rows.add(row);
        }
        return new TableExport(table.name(), headers, rows);
    }

    private TableExport trendTable(String code, String period, Integer periods, LocalDate asOf) {
        Periods.Granularity granularity = granularity(period);
        Trend trend = queries.trend(code, granularity, count(granularity, periods), asOf);
        Set<String> figureNames = figureNames(trend.points().stream().map(TrendPoint::total).toList());
        List<String> headers = new ArrayList<>(List.of("Kỳ / Period", "Từ ngày / From", "Đến ngày / To"));
        figureNames.forEach(f -> headers.add(label(f)));
        List<List<Object>> rows = new ArrayList<>();
        for (TrendPoint point : trend.points()) {
            List<Object> row = new ArrayList<>(List.of(point.period(), point.from().toString(), point.to().toString()));
            figureNames.forEach(f -> row.add(point.total().getOrDefault(f, 0L)));
            rows.add(row);
        }
        return new TableExport(trend.name(), headers, rows);
    }

    /** The known figures in display order, then any others by name. */
    private static Set<String> figureNames(List<Map<String, Long>> rows) {
        Set<String> names = new LinkedHashSet<>(FigureQueries.LABELS.keySet());
        java.util.TreeSet<String> others = new java.util.TreeSet<>();
        rows.forEach(r -> others.addAll(r.keySet()));
        others.removeAll(names);
        names.addAll(others);
        return names;
    }

    private static String label(String figure) {
        String[] label = FigureQueries.LABELS.get(figure);
        return label == null ? figure : label[0] + " / " + label[1];
    }

    private static String filename(String what, String code, LocalDate asOf) {
        return what + "-" + code + (asOf == null ? "" : "-" + asOf);
    }

    private static Periods.Granularity granularity(String period) {
        Periods.Granularity granularity = Periods.Granularity.parse(period);
        if (granularity == null) {
            throw DomainException.invalid("period-invalid",
                    "Kỳ phải là day, month, quarter hoặc year", "period must be day, month, quarter or year");
        }
        return granularity;
    }

    private static int count(Periods.Granularity granularity, Integer periods) {
        if (periods == null) {
            return switch (granularity) {
                case DAY -> 31;
                case MONTH -> 24;
                case QUARTER -> 12;
                case YEAR -> 5;
            };
        }
        if (periods < 1 || periods > MAX_PERIODS) {
            throw DomainException.invalid("periods-out-of-range",
                    "Số kỳ phải từ 1 đến " + MAX_PERIODS, "periods must be between 1 and " + MAX_PERIODS);
        }
        return periods;
    }
}
