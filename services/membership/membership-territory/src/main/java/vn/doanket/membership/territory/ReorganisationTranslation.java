package vn.doanket.membership.territory;

import vn.doanket.membership.api.ReorganisationDecisionRecordedEvent;
import vn.doanket.membership.api.ReorganisedUnit;
import vn.doanket.membership.api.UnitLevel;
import vn.doanket.membership.api.UnitOrigin;
import vn.doanket.membership.api.UnitTransfer;
import vn.doanket.territory.Level;
import vn.doanket.territory.Reorganisation;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Translates membership's published reorganisation decisions into the territory library's
 * {@link Reorganisation} (and its historical units), the one place where the two vocabularies meet.
 */
public final class ReorganisationTranslation {

    private static final Map<String, String> TYPE_EN = Map.ofEntries(
            Map.entry("phường", "ward"), Map.entry("xã", "commune"), Map.entry("thị trấn", "township"),
            Map.entry("đặc khu", "special_zone"), Map.entry("tỉnh", "province"),
            Map.entry("thành phố", "municipality"), Map.entry("thành phố trực thuộc trung ương", "municipality"),
            Map.entry("quận", "urban_district"), Map.entry("huyện", "rural_district"), Map.entry("thị xã", "town"),
            Map.entry("thành phố thuộc tỉnh", "provincial_city"));

    private ReorganisationTranslation() {
    }

    /** The decision as the territory library applies it. */
    public static Reorganisation reorganisation(ReorganisationDecisionRecordedEvent event) {
        return reorganisation(event.decisionNumber(), event.effectiveDate(), event.successors(), event.transfers());
    }

    /**
     * A decision as the territory library applies it.
     *
     * @param decisionNumber the legal basis
     * @param effectiveDate  the day it takes effect
     * @param successors     successors (those {@link UnitOrigin#NEW} become new versions)
     * @param transfers      the complete transfers
     */
    public static Reorganisation reorganisation(String decisionNumber, LocalDate effectiveDate,
                                                List<ReorganisedUnit> successors, List<UnitTransfer> transfers) {
        List<Reorganisation.UnitSpec> created = new ArrayList<>();
        for (ReorganisedUnit unit : successors) {
            if (unit.origin() == UnitOrigin.NEW) {
                created.add(spec(unit));
            }
        }
        return new Reorganisation(effectiveDate, decisionNumber, created, transfers.stream()
                .map(t -> new Reorganisation.Transfer(t.fromCode(), t.toCode(), t.partial())).toList());
    }

    /** The predecessors the territory does not know yet, as historical units. */
    public static List<Reorganisation.HistoricalUnit> historicalUnits(List<ReorganisedUnit> predecessors) {
        return predecessors.stream().filter(u -> u.origin() == UnitOrigin.HISTORICAL)
                .map(u -> new Reorganisation.HistoricalUnit(spec(u), u.existedFrom())).toList();
    }

    /** The level in the territory library. */
    public static Level level(UnitLevel level) {
        return switch (level) {
            case PROVINCE -> Level.PROVINCE;
            case DISTRICT -> Level.DISTRICT;
            case COMMUNE -> Level.COMMUNE;
        };
    }

    static Reorganisation.UnitSpec spec(ReorganisedUnit unit) {
        String type = unit.type() == null ? "" : unit.type().strip();
        String shortName = shortName(unit.name(), type);
        return new Reorganisation.UnitSpec(unit.code(), level(unit.level()), unit.name(), shortName,
                withoutDiacritics(shortName), type, TYPE_EN.getOrDefault(type.toLowerCase(Locale.ROOT),
                unit.level().name().toLowerCase(Locale.ROOT)), unit.parentCode());
    }

    /** {@code Phường Phước Hiệp} of type {@code Phường} is {@code Phước Hiệp}. */
    static String shortName(String name, String type) {
        if (!type.isEmpty() && name.regionMatches(true, 0, type, 0, type.length()) && name.length() > type.length()) {
            return name.substring(type.length()).strip();
        }
        return name;
    }

    /** Removes Vietnamese diacritics ({@code đ} becomes {@code d}). */
    public static String withoutDiacritics(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
            }
        }
        return sb.toString();
    }
}
