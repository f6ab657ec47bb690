package vn.doanket.identity.account;

import vn.doanket.events.UnitCode;

/** The form of a {@code scope_unit} claim. */
public final class ScopeUnits {

    private ScopeUnits() {
    }

    /**
     * Whether {@code code} is a well-formed scope unit code: a unit code ({@link UnitCode}) of a level that exists
     * today: {@code VN}, a province, a commune or a residential area (districts were abolished in 2025).
     *
     * @param code candidate, may be null
     * @return true when well-formed
     */
    public static boolean isValid(String code) {
        return UnitCode.isValid(code) && UnitCode.of(code).kind() != UnitCode.Kind.DISTRICT;
    }
}
