package vn.doanket.competition.query;

import vn.doanket.events.UnitCode;
import vn.doanket.territory.MapView;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A unit's chain from the nation down, as a path the query tables can match with {@code LIKE '%/<unit>/%'}:
 * {@code /VN/79/26560/26560-KP01/}. Taken on today's map (a fact recorded under a pre-2025 commune is listed under
 * today's province), for the service's own lists; the dashboard rolls up on every map itself.
 */
public final class UnitPaths {

    private UnitPaths() {
    }

    /** The path of a unit for a fact recorded on {@code recordedOn}. */
    public static String of(Territory territory, String unitCode, LocalDate recordedOn) {
        List<String> chain = new ArrayList<>();
        try {
            chain.addAll(territory.rollUpChain(unitCode, recordedOn, MapView.current()));
        } catch (RuntimeException unknown) {
            // falls through to the commune of an area the tree has not placed
        }
        if (chain.isEmpty() && UnitCode.isArea(unitCode)) {
            try {
                chain.addAll(territory.rollUpChain(UnitCode.communeOf(unitCode), recordedOn, MapView.current()));
            } catch (RuntimeException unknown) {
                // no chain
            }
            chain.add(0, unitCode);
        }
        if (chain.isEmpty()) {
            chain.add(unitCode);
        }
        if (!chain.contains(unitCode)) {
            chain.add(0, unitCode); // a unit recorded under an old code keeps it in its path
        }
        Collections.reverse(chain);
        return "/" + String.join("/", chain) + "/";
    }

    /** The {@code LIKE} pattern of everything at or below a unit. */
    public static String below(String unitCode) {
        return "%/" + unitCode + "/%";
    }
}
