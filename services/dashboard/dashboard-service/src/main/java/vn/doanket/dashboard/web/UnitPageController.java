package vn.doanket.dashboard.web;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import vn.doanket.dashboard.query.FigureQueries;
import vn.doanket.dashboard.query.FigureQueries.ChildFigures;
import vn.doanket.dashboard.query.FigureQueries.UnitFiguresView;
import vn.doanket.dashboard.query.UnitFigures;
import vn.doanket.security.Caller;
import vn.doanket.security.Callers;
import vn.doanket.security.RoleGroups;
import vn.doanket.security.TerritorialScope;
import vn.doanket.territory.AdministrativeUnit;
import vn.doanket.territory.Territory;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard's pages, rendered on the server (Thymeleaf): {@code /} sends the caller to the page
 * of their own unit; {@code /units/{code}} shows a unit's figures (today, or with {@code asOf} as at
 * the end of that day on the map of that day), the petition breakdowns and derived figures, the
 * sub-units as a table of links (drill down without JavaScript), the way back up to the caller's own
 * unit, exports and the trend chart. A small script keeps the page live over the unit's server-sent
 * events. Authorised exactly like the JSON: a unit outside the caller's territory is the 404 page.
 */
@Controller
public class UnitPageController {

    /** Every role reads the dashboards of its territory. */
    static final String READERS = RoleGroups.READERS;

    /** Figures shown in the sub-unit table even when every sub-unit has none. */
    static final int ALWAYS_SHOWN = 7;

    private static final Map<String, String> BREAKDOWNS = Map.of(
            "petitionsByTopic_", "topic", "petitionsByChannel_", "channel", "petitionsByBody_", "bodyKind");
    private static final List<String> BREAKDOWN_ORDER = List.of("petitionsByTopic_", "petitionsByChannel_", "petitionsByBody_");
    private static final List<String> DERIVED = derivedFigures();

    private static List<String> derivedFigures() {
        List<String> derived = new ArrayList<>(List.of("medianDaysToAnswer", "p90DaysToAnswer",
                "shareAnsweredWithinDeadline", "satisfactionShare"));
        derived.addAll(FigureQueries.RATIO_LABELS.keySet());
        return List.copyOf(derived);
    }

    /** A figure with its label and formatted value. */
    public record Figure(String key, String label, String value) {
    }

    /** A link to a unit. */
    public record UnitLink(String code, String name, String href) {
    }

    /** One group of a petition breakdown (by topic, channel or responsible body). */
    public record Breakdown(String key, String title, List<Figure> items) {
    }

    /** A row of the sub-unit table. */
    public record Row(UnitLink unit, List<Figure> cells) {
    }

    private final FigureQueries queries;
    private final Territory territory;
    private final TerritorialScope scope;
    private final MessageSource messages;

    public UnitPageController(FigureQueries queries, Territory territory, TerritorialScope scope, MessageSource messages) {
        this.queries = queries;
        this.territory = territory;
        this.scope = scope;
        this.messages = messages;
    }

    /** The caller's own unit. */
    @GetMapping("/")
    @PreAuthorize(READERS)
    public String home() {
        return "redirect:" + href(Callers.require().scopeUnit(), null);
    }

    /** A unit's page, today or as of the end of {@code asOf} (YYYY-MM-DD). */
    @GetMapping("/units/{code}")
    @PreAuthorize(READERS + " and @unitAccess.require(#code, #asOf)")
    public String unit(@PathVariable String code,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                       Locale locale, Authentication authentication, Model model) {
        boolean english = PageConfig.ENGLISH.getLanguage().equals(locale.getLanguage());
        Locale shown = english ? PageConfig.ENGLISH : PageConfig.VIETNAMESE;
        NumberFormat numbers = NumberFormat.getIntegerInstance(shown);
        Caller caller = Callers.require();
        UnitFiguresView view = queries.figures(code, asOf);
        LocalDate on = asOf == null ? territory.today() : asOf;

        model.addAttribute("lang", english ? "en" : "vi");
        model.addAttribute("otherLang", english ? "vi" : "en");
        model.addAttribute("unit", view);
        model.addAttribute("asOf", asOf == null ? null : asOf.toString());
        model.addAttribute("levelLabel", text("dash.level." + view.level(), view.level(), shown));
        model.addAttribute("who", caller.displayName() + " — "
                + territory.unit(caller.scopeUnit(), territory.today()).map(AdministrativeUnit::name).orElse(caller.scopeUnit()));
        model.addAttribute("browserSession", authentication instanceof OAuth2AuthenticationToken);
        model.addAttribute("self", href(view.unitCode(), null));
        model.addAttribute("langHref", href(view.unitCode(), asOf) + (asOf == null ? "?" : "&") + "lang=" + (english ? "vi" : "en"));
        model.addAttribute("stream", asOf == null ? "/api/units/" + segment(view.unitCode()) + "/stream" : null);

        // the way up: the unit's ancestors on the map of the day that the caller covers, top down
        List<UnitLink> crumbs = new ArrayList<>();
        for (AdministrativeUnit ancestor : territory.ancestors(view.unitCode(), on)) {
            if (scope.covers(caller, ancestor.code(), on)) {
                crumbs.add(0, new UnitLink(ancestor.code(), ancestor.name(), href(ancestor.code(), asOf)));
            } else {
                break;
            }
        }
        model.addAttribute("crumbs", crumbs);
        model.addAttribute("up", crumbs.isEmpty() ? null : crumbs.get(crumbs.size() - 1));

        Map<String, Long> figures = view.figures();
        model.addAttribute("total", numbers.format(view.residentialAreas()));
        List<Figure> cards = new ArrayList<>();
        FigureQueries.LABELS.keySet().stream().filter(k -> !k.equals(UnitFigures.RESIDENTIAL_AREAS))
                .forEach(k -> cards.add(new Figure(k, label(k, shown), numbers.format(figures.getOrDefault(k, 0L)))));
        model.addAttribute("cards", cards);
        model.addAttribute("derived", DERIVED.stream().map(k -> new Figure(k, label(k, shown),
                derived(k, view.derived().get(k), shown))).toList());

        List<Breakdown> breakdowns = new ArrayList<>();
        for (String prefix : BREAKDOWN_ORDER) {
            String group = BREAKDOWNS.get(prefix);
            List<Figure> items = figures.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(prefix) && e.getValue() != 0)
                    .map(e -> {
                        String itemCode = e.getKey().substring(prefix.length());
                        return new Figure(e.getKey(), LabelsController.label(group, itemCode, english),
                                numbers.format(e.getValue()));
                    })
                    .sorted(java.util.Comparator.comparing(Figure::label, java.text.Collator.getInstance(shown)))
                    .toList();
            if (!items.isEmpty()) {
                breakdowns.add(new Breakdown(group, text("dash.breakdown." + group, group, shown), items));
            }
        }
        model.addAttribute("breakdowns", breakdowns);

        // the sub-unit table: the first figures always, the others where a sub-unit has some
        List<String> keys = new ArrayList<>(FigureQueries.LABELS.keySet());
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (i < ALWAYS_SHOWN || view.children().stream().anyMatch(c -> c.figures().getOrDefault(key, 0L) != 0)) {
                columns.add(key);
            }
        }
        model.addAttribute("columns", columns.stream().map(k -> new Figure(k, label(k, shown), null)).toList());
        List<Row> rows = new ArrayList<>();
        for (ChildFigures child : view.children()) {
            List<Figure> cells = columns.stream().map(k -> new Figure(k, null, numbers.format(
                    k.equals(UnitFigures.RESIDENTIAL_AREAS) ? child.residentialAreas() : child.figures().getOrDefault(k, 0L))))
                    .toList();
            rows.add(new Row(new UnitLink(child.unitCode(), child.name(), href(child.unitCode(), asOf)), cells));
        }
        model.addAttribute("rows", rows);

        String api = "/api/units/" + segment(view.unitCode());
        String query = asOf == null ? "" : "?asOf=" + asOf;
        model.addAttribute("childrenCsv", api + "/children.csv" + query);
        model.addAttribute("childrenXlsx", api + "/children.xlsx" + query);
        // the trend up to the day shown, on the map of that day
        String trendAsOf = asOf == null ? "" : "&asOf=" + asOf;
        model.addAttribute("trendsCsv", api + "/trends.csv?period=month" + trendAsOf);
        model.addAttribute("trendsXlsx", api + "/trends.xlsx?period=month" + trendAsOf);
        model.addAttribute("trends", api + "/trends");
        model.addAttribute("trendFigures", FigureQueries.LABELS.keySet().stream()
                .map(k -> new Figure(k, label(k, shown), null)).toList());
        return "dashboard/unit";
    }

    // ------------------------------------------------------------------------------------------

    /** The page of a unit, optionally as of a day. */
    static String href(String code, LocalDate asOf) {
        return "/units/" + segment(code) + (asOf == null ? "" : "?asOf=" + asOf);
    }

    private static String segment(String code) {
        return UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
    }

    private String label(String figure, Locale locale) {
        String[] label = FigureQueries.LABELS.getOrDefault(figure, FigureQueries.RATIO_LABELS.get(figure));
        String fallback = label == null ? figure : PageConfig.ENGLISH.equals(locale) ? label[1] : label[0];
        return text("dash.figure." + figure, fallback, locale);
    }

    private String derived(String key, Double value, Locale locale) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        if (key.startsWith("share") || key.startsWith("satisfaction") || FigureQueries.RATIO_LABELS.containsKey(key)) {
            return format.format(value * 100) + " %";
        }
        return format.format(value);
    }

    private String text(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
