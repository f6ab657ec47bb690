package vn.doanket.conference.query;

import vn.doanket.events.UnitCode;
import vn.doanket.territory.MapView;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The units a record is listed under: its own unit and every unit above it, on the map of its day (as recorded, so
 * a 2023 conference of a former commune is found under its district and old province) and on today's map (under
 * today's commune and province). A residential area the tree has not placed counts through its commune. At most a
 * handful of codes.
 */
public final class UnitChains {

    private UnitChains() {
    }

    public static Set<String> of(Territory territory, String unitCode, LocalDate day) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(unitCode);
        add(codes, territory, unitCode, day);
        if (UnitCode.isArea(unitCode) && territory.unit(unitCode, day).isEmpty()) {
            String commune = UnitCode.communeOf(unitCode);
            codes.add(commune);
            add(codes, territory, commune, day);
        }
        codes.add(Territory.NATION_CODE);
        return codes;
    }

    private static void add(Set<String> codes, Territory territory, String unit, LocalDate day) {
        try {
            codes.addAll(territory.rollUpChain(unit, day, MapView.asRecorded()));
            codes.addAll(territory.rollUpChain(unit, day, MapView.current()));
        } catch (RuntimeException unknown) {
            // a unit the tree does not know: listed under itself (and the nation) only
        }
    }
}
