package vn.doanket.dashboard.web;

import org.springframework.stereotype.Component;
import vn.doanket.security.Callers;
import vn.doanket.security.TerritorialScope;
import vn.doanket.territory.Territory;

import java.time.LocalDate;

/**
 * Territorial rule for dated views, bean {@code unitAccess}: the caller must cover the unit as it
 * was on the requested day (resolved through the lineage onto today's map, so a leader of today's
 * Hồ Chí Minh City reads the former Bà Rịa–Vũng Tàu province as of 2024, and a leader of Hà Nội
 * does not), and the unit must exist on that day. Anything else is the one 404 of
 * {@link TerritorialScope#notFound()}.
 */
@Component("unitAccess")
public class UnitAccess {

    private final TerritorialScope scope;
    private final Territory territory;

    public UnitAccess(TerritorialScope scope, Territory territory) {
        this.scope = scope;
        this.territory = territory;
    }

    /** Requires the caller to cover {@code code} on {@code asOf} (today when null). */
    public boolean require(String code, LocalDate asOf) {
        LocalDate on = asOf == null ? territory.today() : asOf;
        if (!scope.covers(Callers.require(), code, on) || territory.unit(code, on).isEmpty()) {
            throw TerritorialScope.notFound();
        }
        return true;
    }
}
