package vn.doanket.dashboard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.dashboard.query.FigureConsistency;
import vn.doanket.dashboard.rebuild.DeadLetters;
import vn.doanket.events.error.DomainException;
import vn.doanket.security.RoleGroups;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.util.List;

/** Checks of the read models for administrators: the figures' consistency, and the events that could not be applied. */
@RestController
@Tag(name = "Quản trị bảng điều khiển / Dashboard administration", description = "Administrators only")
public class AdminChecksController {

    /** Units checked at most by one request. */
    static final int MAX_UNITS = 20_000;

    private final FigureConsistency consistency;
    private final DeadLetters deadLetters;
    private final Territory territory;
    private final UnitAccess access;

    public AdminChecksController(FigureConsistency consistency, DeadLetters deadLetters, Territory territory, UnitAccess access) {
        this.consistency = consistency;
        this.deadLetters = deadLetters;
        this.territory = territory;
        this.access = access;
    }

    @GetMapping("/api/admin/consistency")
    @PreAuthorize(RoleGroups.ADMINISTRATORS)
    @Operation(summary = "Kiểm tra số liệu: mỗi đơn vị bằng tổng các đơn vị trực thuộc / Check that every unit's figures are the sum of its sub-units'",
            description = "Checks the unit and every unit below it (breadth first, at most maxUnits) on today's map, or on the map of asOf with the figures as of that day: figures = sub-units' + recorded at the unit itself, and no source counted at two units. Lists every break.")
    public FigureConsistency.Report consistency(@RequestParam(defaultValue = Territory.NATION_CODE) String unit,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                                @RequestParam(defaultValue = "5000") int maxUnits) {
        if (asOf != null && asOf.isAfter(territory.today())) {
            throw DomainException.rule("date-in-future", "Ngày không được ở tương lai", "The date must not be in the future");
        }
        access.require(unit, asOf); // an administrator checks the units of their own territory
        if (maxUnits < 1 || maxUnits > MAX_UNITS) {
            throw DomainException.rule("max-units-out-of-range", "maxUnits phải từ 1 đến " + MAX_UNITS,
                    "maxUnits must be between 1 and " + MAX_UNITS);
        }
        return consistency.check(unit, asOf, maxUnits);
    }

    @GetMapping("/api/admin/dead-letters")
    @PreAuthorize(RoleGroups.ADMINISTRATORS)
    @Operation(summary = "Sự kiện không áp dụng được / Events the dashboard could not apply",
            description = "The latest records of the dead-letter topics (newest first): which event (type, aggregate, sequence, id), where it came from and the exception's class; never the payload.")
    public List<DeadLetters.DeadLetter> deadLetters(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw DomainException.rule("limit-out-of-range", "limit phải từ 1 đến 500", "limit must be between 1 and 500");
        }
        return deadLetters.latest(limit);
    }
}
