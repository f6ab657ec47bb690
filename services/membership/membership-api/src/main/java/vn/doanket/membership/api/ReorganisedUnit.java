package vn.doanket.membership.api;

import java.time.LocalDate;

/**
 * A unit named in a reorganisation decision.
 *
 * @param code        the official code
 * @param name        full Vietnamese name, e.g. {@code Phường Phước Trung}
 * @param level       province, district or commune
 * @param type        Vietnamese type, e.g. {@code Phường}, {@code Xã}, {@code Tỉnh}
 * @param parentCode  the parent on the relevant day (the day before the decision for predecessors, the effective
 *                    day for successors); {@code VN} for provinces
 * @param origin      on the map, historical (predecessors only) or new (successors only)
 * @param existedFrom for a historical unit, its first day if known; else {@code null}
 */
public record ReorganisedUnit(
        String code,
        String name,
        UnitLevel level,
        String type,
        String parentCode,
        UnitOrigin origin,
        LocalDate existedFrom) {
}
