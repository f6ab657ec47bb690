package vn.doanket.security;

import vn.doanket.events.UnitCode;

import vn.doanket.events.error.DomainException;
import vn.doanket.territory.AdministrativeUnit;
import vn.doanket.territory.Level;
import vn.doanket.territory.MapView;
import vn.doanket.territory.Territory;

import java.time.LocalDate;

/**
 * Whether a caller's territorial scope covers a unit: their own unit and everything below it,
 * resolved through the territory lineage on today's map — so a user scoped to today's
 * Hồ Chí Minh City (79) also covers facts recorded under the former Bà Rịa–Vũng Tàu province
 * (77), and a commune officer covers the old communes merged into their commune.
 *
 * <p>Registered as bean {@code scope}, for declarative checks on endpoints:
 * {@code @PreAuthorize("hasRole('OFFICER') and @scope.require(#request.communeCode)")}. An
 * out-of-scope unit is answered exactly like a missing one (404), so nothing leaks.
 */
public class TerritorialScope {


    private final Territory territory;

    public TerritorialScope(Territory territory) {
        this.territory = territory;
    }

    /** Whether the current caller covers a unit, for a fact recorded today. */
    public boolean covers(String unitCode) {
        return Callers.current().map(c -> covers(c, unitCode, territory.today())).orElse(false);
    }

    /**
     * Whether {@code caller}'s scope covers {@code unitCode} for a fact recorded on {@code recordedOn}.
     */
    public boolean covers(Caller caller, String unitCode, LocalDate recordedOn) {
        if (unitCode == null || unitCode.isBlank()) {
            return false;
        }
        String scope = caller.scopeUnit();
        if (scope.equals(unitCode)) {
            return true;
        }
        if (UnitCode.isArea(scope)) {
            return false; // a committee covers only its own residential area
        }
        String unit = unitCode;
        if (UnitCode.isArea(unitCode) && territory.unit(unitCode, recordedOn).isEmpty()) {
            unit = UnitCode.communeOf(unitCode); // an area this service hasn't placed yet: its code starts with its commune's
        }
        if (territory.unit(unit, recordedOn).isEmpty()) {
            return false; // nothing by that code on that day: the same answer for every caller, the nation included
        }
        if (Territory.NATION_CODE.equals(scope)) {
            return true;
        }
        Level scopeLevel = switch (scope.length()) {
            case 2 -> Level.PROVINCE;
            case 3 -> Level.DISTRICT;
            case 5 -> Level.COMMUNE;
            default -> null;
        };
        if (scopeLevel == null) {
            return false;
        }
        try {
            return territory.rollUp(unit, recordedOn, MapView.current(), scopeLevel).codes().contains(scope);
        } catch (RuntimeException unknownUnit) {
            return false;
        }
    }

    /**
     * Requires the current caller to cover {@code unitCode}; answers like a missing unit otherwise.
     *
     * @return {@code true}, for use in {@code @PreAuthorize} expressions
     * @throws DomainException 404 {@code unit-not-found} when the unit is outside the caller's scope
     */
    public boolean require(String unitCode) {
        if (!covers(unitCode)) {
            throw notFound();
        }
        return true;
    }

    /**
     * Requires the current caller to cover {@code unitCode} for a fact dated {@code on} (today when null): the
     * unit as it was in force that day, e.g. a pre-2025 commune for a fact of 2023. When the code denotes nothing
     * that day (a unit not yet in force, or already merged or split), the caller passes if their scope covers a
     * version of that code, so the command can refuse it with the reason (what was in force, what it became)
     * instead of a bare 404; codes outside the scope, or unknown, still answer like a missing unit.
     *
     * @return {@code true}, for use in {@code @PreAuthorize} expressions
     * @throws DomainException 404 {@code unit-not-found} when the unit is outside the caller's scope
     */
    public boolean require(String unitCode, LocalDate on) {
        Caller caller = Callers.current().orElseThrow(TerritorialScope::notFound);
        LocalDate day = on == null ? territory.today() : on;
        if (covers(caller, unitCode, day)) {
            return true;
        }
        if (unitCode != null && territory.unit(unitCode, day).isEmpty()) {
            // an area this tree has not placed (e.g. one under a pre-2025 commune) counts through its commune
            String versioned = UnitCode.isArea(unitCode) && territory.versions(unitCode).isEmpty()
                    ? UnitCode.communeOf(unitCode) : unitCode;
            for (AdministrativeUnit version : territory.versions(versioned)) {
                LocalDate inForce = version.validTo() == null ? territory.today() : version.validTo().minusDays(1);
                if (version.validFrom() != null && inForce.isBefore(version.validFrom())) {
                    inForce = version.validFrom();
                }
                if (covers(caller, unitCode, inForce)) {
                    return true;
                }
            }
        }
        throw notFound();
    }

    /** The one answer for a unit that does not exist or is outside the caller's scope. */
    public static DomainException notFound() {
        return DomainException.notFound("unit-not-found",
                "Không tìm thấy đơn vị hành chính trong phạm vi được giao",
                "No such administrative unit within your scope");
    }
}
