package vn.doanket.territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads the bundled {@code admin-units} CSV files (see their README for columns and caveats) into a
 * {@link Territory}.
 */
final class OfficialData {

    /** Resource folder, relative to this package. */
    static final String FOLDER = "admin-units/";
    /**
     * Legal basis of the 2025 province merger; the province mapping file has no resolution column, the data
     * README names Resolution 202/2025/QH15 of 12 June 2025.
     */
    static final String PROVINCE_MERGER_BASIS = "202/2025/QH15";

    private static final LocalDate REFORM = Territory.REFORM_DATE;
    private static final LocalDate LAST_DAY_BEFORE_REFORM = REFORM.minusDays(1);
    /** A day on which both the pre-2025 units and the 12 dissolved communes were in force. */
    private static final LocalDate DISSOLVED_BEFORE_MINUS_ONE = Territory.DISSOLVED_BEFORE.minusDays(1);

    private final Territory territory;
    private final CsvReader.Interner interner = new CsvReader.Interner();
    /** Vietnamese type by "level/era/typeEn", learnt from the files themselves. */
    private final Map<String, String> typeByTypeEn = new HashMap<>();

    private OfficialData(Territory territory) {
        this.territory = territory;
    }

    static void loadInto(Territory territory) {
        new OfficialData(territory).load();
    }

    private void load() {
        territory.add(new AdministrativeUnit(Territory.NATION_CODE, Level.NATION,
                "Cộng hòa xã hội chủ nghĩa Việt Nam", "Việt Nam", "Viet Nam", "Quốc gia", "nation",
                null, null, null), true);
        readUnits("provinces-pre2025.csv", Level.PROVINCE, null, null, REFORM);
        readUnits("districts-pre2025.csv", Level.DISTRICT, "province_code", null, REFORM);
        readUnits("communes-pre2025.csv", Level.COMMUNE, "district_code", null, REFORM);
        readUnits("provinces-2025.csv", Level.PROVINCE, null, REFORM, null);
        readUnits("communes-2025.csv", Level.COMMUNE, "province_code", REFORM, null);
        readProvinceMapping();
        readCommuneMapping();
        readLaterChanges();
        territory.finishLoading();
    }

    private void readUnits(String file, Level level, String parentColumn, LocalDate validFrom, LocalDate validTo) {
        CsvReader csv = CsvReader.open(FOLDER + file);
        int code = csv.column("code");
        int name = csv.column("name");
        int shortName = csv.column("short_name");
        int nameEn = csv.column("name_en");
        int type = csv.column("type");
        int typeEn = csv.column("type_en");
        int parent = parentColumn == null ? -1 : csv.column(parentColumn);
        String era = validFrom == null ? "/pre/" : "/new/";
        for (String[] row = csv.next(); row != null; row = csv.next()) {
            String t = interner.intern(row[type]);
            String tEn = interner.intern(row[typeEn]);
            typeByTypeEn.putIfAbsent(level + era + tEn, t);
            String parentCode = parent < 0 ? Territory.NATION_CODE : interner.intern(row[parent]);
            territory.add(new AdministrativeUnit(interner.intern(row[code]), level, row[name], row[shortName],
                    row[nameEn], t, tEn, parentCode, validFrom, validTo), true);
        }
    }

    private void readProvinceMapping() {
        CsvReader csv = CsvReader.open(FOLDER + "provinces-mapping-2025.csv");
        int oldCode = csv.column("old_province_code");
        int newCode = csv.column("new_province_code");
        int mergeType = csv.column("merge_type");
        for (String[] row = csv.next(); row != null; row = csv.next()) {
            Territory.Node from = required(row[oldCode], LAST_DAY_BEFORE_REFORM, Level.PROVINCE);
            Territory.Node to = required(row[newCode], REFORM, Level.PROVINCE);
            boolean partial = isPartial(row[mergeType]);
            territory.link(from, to, partial ? LineageKind.SPLIT_INTO : LineageKind.MERGED_INTO, partial, REFORM,
                    PROVINCE_MERGER_BASIS, null);
        }
    }

    private void readCommuneMapping() {
        CsvReader csv = CsvReader.open(FOLDER + "communes-mapping-2025.csv");
        int oldCode = csv.column("old_commune_code");
        int oldName = csv.column("old_commune_name");
        int oldDistrict = csv.column("old_district_code");
        int newCode = csv.column("new_commune_code");
        int mergeType = csv.column("merge_type");
        int resolution = csv.column("resolution");
        int confidence = csv.column("confidence");
        int inPreList = csv.column("old_in_pre2025_list");
        Map<String, Territory.Node> dissolved = new HashMap<>();
        Map<Territory.Node, Map<Territory.Node, String>> districtTargets = new LinkedHashMap<>();
        for (String[] row = csv.next(); row != null; row = csv.next()) {
            Territory.Node to = required(row[newCode], REFORM, Level.COMMUNE);
            String basis = interner.intern(row[resolution]);
            String quality = interner.intern(row[confidence]);
            Territory.Node district = required(row[oldDistrict], DISSOLVED_BEFORE_MINUS_ONE, Level.DISTRICT);
            if (row[oldCode].isEmpty()) {
                // an island district without communes became a special zone
                territory.link(district, to, LineageKind.ABOLISHED_INTO, false, REFORM, basis, quality);
                continue;
            }
            Territory.Node from;
            if ("no".equals(row[inPreList])) {
                from = dissolved.get(row[oldCode]);
                if (from == null) {
                    from = dissolvedCommune(row[oldCode], row[oldName], district.unit.code());
                    dissolved.put(row[oldCode], from);
                }
            } else {
                from = required(row[oldCode], LAST_DAY_BEFORE_REFORM, Level.COMMUNE);
                if (!from.unit.parentCode().equals(district.unit.code())) {
                    throw new IllegalStateException("mapping: commune " + row[oldCode] + " is not in district "
                            + row[oldDistrict]);
                }
                districtTargets.computeIfAbsent(district, d -> new LinkedHashMap<>()).putIfAbsent(to, basis);
            }
            boolean partial = isPartial(row[mergeType]);
            territory.link(from, to, partial ? LineageKind.SPLIT_INTO : LineageKind.MERGED_INTO, partial, REFORM,
                    basis, quality);
        }
        // each abolished district goes to the new communes its communes went to
        for (Map.Entry<Territory.Node, Map<Territory.Node, String>> e : districtTargets.entrySet()) {
            List<Territory.Node> targets = new ArrayList<>(e.getValue().keySet());
            targets.sort(Comparator.comparing(n -> n.unit.code()));
            boolean partial = targets.size() > 1;
            for (Territory.Node target : targets) {
                territory.link(e.getKey(), target, LineageKind.ABOLISHED_INTO, partial, REFORM,
                        e.getValue().get(target), null);
            }
        }
        for (AdministrativeUnit district : territory.units(Level.DISTRICT, LAST_DAY_BEFORE_REFORM)) {
            if (territory.successorEdges(district.code(), LAST_DAY_BEFORE_REFORM).isEmpty()) {
                throw new IllegalStateException("district " + district.code() + " has no successor");
            }
        }
    }

    /** An old commune missing from the pre-2025 list: kept as dissolved before 1 March 2025. */
    private Territory.Node dissolvedCommune(String code, String name, String districtCode) {
        String type = null;
        String typeEn = null;
        for (Map.Entry<String, String> e : typeByTypeEn.entrySet()) {
            String key = e.getKey();
            if (key.startsWith(Level.COMMUNE + "/pre/") && name.startsWith(e.getValue() + " ")
                    && (type == null || e.getValue().length() > type.length())) {
                type = e.getValue();
                typeEn = key.substring((Level.COMMUNE + "/pre/").length());
            }
        }
        if (type == null) {
            throw new IllegalStateException("mapping: unknown type of old commune " + code + " " + name);
        }
        String shortName = name.substring(type.length() + 1);
        return territory.add(new AdministrativeUnit(interner.intern(code), Level.COMMUNE, name, shortName,
                Territory.stripDiacritics(shortName), type, typeEn, districtCode, null,
                Territory.DISSOLVED_BEFORE), true);
    }

    private void readLaterChanges() {
        CsvReader csv = CsvReader.open(FOLDER + "changes-after-2025-07-01.csv");
        int level = csv.column("level");
        int code = csv.column("code");
        int nameBefore = csv.column("name_2025_07_01");
        int nameAfter = csv.column("name_later");
        int typeEnBefore = csv.column("type_en_2025_07_01");
        int typeEnAfter = csv.column("type_en_later");
        int legalBasis = csv.column("legal_basis");
        int effective = csv.column("effective_date");
        List<String[]> rows = new ArrayList<>();
        for (String[] row = csv.next(); row != null; row = csv.next()) {
            rows.add(row);
        }
        rows.sort(Comparator.comparing((String[] r) -> r[effective]));
        for (String[] row : rows) {
            Level lvl = Level.valueOf(row[level].toUpperCase(Locale.ROOT));
            LocalDate day = LocalDate.parse(row[effective]);
            Territory.Node before = required(row[code], day.minusDays(1), lvl);
            if (!before.unit.name().equals(row[nameBefore]) || !before.unit.typeEn().equals(row[typeEnBefore])) {
                throw new IllegalStateException("later change of " + row[code] + ": expected " + row[nameBefore]
                        + " (" + row[typeEnBefore] + ") but found " + before.unit.name());
            }
            String typeEn = interner.intern(row[typeEnAfter]);
            String type = typeByTypeEn.get(lvl + "/new/" + typeEn);
            if (type == null) {
                throw new IllegalStateException("later change of " + row[code] + ": unknown type " + typeEn);
            }
            AdministrativeUnit old = before.unit;
            territory.close(before, day);
            Territory.Node after = territory.add(new AdministrativeUnit(old.code(), lvl, row[nameAfter],
                    old.shortName(), old.nameEn(), type, typeEn, old.parentCode(), day, null), true);
            territory.link(before, after, LineageKind.RENAMED, false, day, interner.intern(row[legalBasis]), null);
        }
    }

    private Territory.Node required(String code, LocalDate on, Level level) {
        Territory.Node node = territory.node(code, on);
        if (node == null || node.unit.level() != level) {
            throw new IllegalStateException("no " + level + " " + code + " on " + on);
        }
        return node;
    }

    private static boolean isPartial(String mergeType) {
        switch (mergeType) {
            case "full":
                return false;
            case "partial":
                return true;
            default:
                throw new IllegalStateException("unknown merge_type " + mergeType);
        }
    }
}
