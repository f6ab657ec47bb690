package vn.doanket.dashboard.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.dashboard.query.MembershipProjector;
import vn.doanket.dashboard.query.UnitFigures;
import vn.doanket.security.TerritorialScope;
import vn.doanket.territory.AdministrativeUnit;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Figures of one administrative unit on today's map, with its sub-units for drill-down; within the caller's scope. */
@RestController
@RequestMapping("/api/units")
public class UnitFiguresController {

    private final UnitFigures figures;
    private final Territory territory;

    public UnitFiguresController(UnitFigures figures, Territory territory) {
        this.figures = figures;
        this.territory = territory;
    }

    /** A unit's figures. */
    public record UnitFiguresView(String unitCode, String name, String level, String view, long residentialAreas,
                                  Map<String, Long> figures, List<ChildFigures> children) {
    }

    /** A sub-unit's figures. */
    public record ChildFigures(String unitCode, String name, String level, long residentialAreas,
                               Map<String, Long> figures) {
    }

    @GetMapping("/{code}/figures")
    @PreAuthorize("isAuthenticated() and @scope.require(#code)")
    public UnitFiguresView figures(@PathVariable String code) {
        LocalDate today = territory.today();
        AdministrativeUnit unit = territory.unit(code, today).orElseThrow(TerritorialScope::notFound);
        String view = MembershipProjector.CURRENT_VIEW;
        List<ChildFigures> children = territory.children(code, today).stream()
                .sorted(AdministrativeUnit.VIETNAMESE_ORDER)
                .map(c -> {
                    Map<String, Long> totals = figures.totals(view, c.code()).orElse(Map.of());
                    return new ChildFigures(c.code(), c.name(), c.level().name(),
                            totals.getOrDefault(UnitFigures.RESIDENTIAL_AREAS, 0L), totals);
                })
                .toList();
        Map<String, Long> totals = figures.totals(view, code).orElse(Map.of());
        return new UnitFiguresView(unit.code(), unit.name(), unit.level().name(), view,
                totals.getOrDefault(UnitFigures.RESIDENTIAL_AREAS, 0L), totals, children);
    }
}
