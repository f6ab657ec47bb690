package vn.doanket.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Pins the official data and the read API on a shared, unmodified territory. */
class TerritoryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final LocalDate LAST_OLD_DAY = LocalDate.of(2025, 6, 30);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    /** Phường Phước Trung, in Bà Rịa city (district 748), Bà Rịa–Vũng Tàu (77); its code is reused by Phường Bà Rịa. */
    static final String PHUOC_TRUNG = "26560";
    static final LocalDate RECORDED_2023 = LocalDate.of(2023, 5, 10);

    static Territory territory;

    static Clock fixedClock() {
        return Clock.fixed(TODAY.atStartOfDay(Territory.ZONE).toInstant(), Territory.ZONE);
    }

    @BeforeAll
    static void load() {
        territory = Territory.loadOfficial(fixedClock());
    }

    static Map<String, Long> typeCounts(Level level, LocalDate on) {
        return territory.units(level, on).stream()
                .collect(Collectors.groupingBy(AdministrativeUnit::typeEn, TreeMap::new, Collectors.counting()));
    }

    static List<String> codes(List<AdministrativeUnit> units) {
        return units.stream().map(AdministrativeUnit::code).collect(Collectors.toList());
    }

    @Nested
    class Counts {

        @Test
        void mapBeforeTheReform() {
            assertThat(territory.units(Level.NATION, LAST_OLD_DAY)).extracting(AdministrativeUnit::code)
                    .containsExactly("VN");
            assertThat(territory.units(Level.PROVINCE, LAST_OLD_DAY)).hasSize(63);
            assertThat(territory.units(Level.DISTRICT, LAST_OLD_DAY)).hasSize(696);
            assertThat(territory.units(Level.COMMUNE, LAST_OLD_DAY)).hasSize(10_035);
            assertThat(typeCounts(Level.PROVINCE, LAST_OLD_DAY)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("municipality", 6L, "province", 57L));
            assertThat(typeCounts(Level.DISTRICT, LAST_OLD_DAY)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "district", 508L, "urban_district", 49L, "district_level_town", 52L,
                    "provincial_city", 86L, "municipal_city", 1L));
            assertThat(typeCounts(Level.COMMUNE, LAST_OLD_DAY)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("commune", 7692L, "ward", 1726L, "commune_level_town", 617L));
        }

        @Test
        void mapOfTheReform() {
            assertThat(territory.units(Level.PROVINCE, REFORM)).hasSize(34);
            assertThat(territory.units(Level.DISTRICT, REFORM)).isEmpty();
            assertThat(territory.units(Level.COMMUNE, REFORM)).hasSize(3_321);
            assertThat(typeCounts(Level.PROVINCE, REFORM)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("municipality", 6L, "province", 28L));
            assertThat(typeCounts(Level.COMMUNE, REFORM)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("commune", 2621L, "ward", 687L, "special_zone", 13L));
        }

        @Test
        void laterChangesAreLaterVersions() {
            LocalDate after = LocalDate.of(2026, 5, 1);
            assertThat(territory.units(Level.PROVINCE, after)).hasSize(34);
            assertThat(typeCounts(Level.PROVINCE, after)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("municipality", 7L, "province", 27L));
            assertThat(typeCounts(Level.COMMUNE, after)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("commune", 2611L, "ward", 697L, "special_zone", 13L));
        }

        @Test
        void dissolvedOldCommunesAreResolvableButNotCounted() {
            // 07693 Xã Tân An is in the mapping but not in the pre-2025 list
            assertThat(territory.unit("07693", LAST_OLD_DAY)).isEmpty();
            AdministrativeUnit tanAn = territory.unit("07693", LocalDate.of(2024, 1, 1)).orElseThrow();
            assertThat(tanAn.name()).isEqualTo("Xã Tân An");
            assertThat(tanAn.typeEn()).isEqualTo("commune");
            assertThat(tanAn.validTo()).isEqualTo(Territory.DISSOLVED_BEFORE);
            assertThat(territory.currentSuccessors("07693", LocalDate.of(2024, 1, 1))).containsExactly("07682");
            assertThat(territory.units(Level.COMMUNE, LocalDate.of(2024, 1, 1))).hasSize(10_035 + 12);
        }
    }

    @Nested
    class Lineage {

        @Test
        void everyOldCommuneHasACurrentSuccessor() {
            for (AdministrativeUnit commune : territory.units(Level.COMMUNE, LAST_OLD_DAY)) {
                assertThat(territory.currentSuccessors(commune.code(), LAST_OLD_DAY))
                        .as(commune.code()).isNotEmpty()
                        .allSatisfy(code -> assertThat(territory.isCurrentCommune(code)).isTrue());
            }
        }

        @Test
        void everyCurrentCommuneHasAPredecessor() {
            Set<String> islandZones = Set.of("11948", "19742", "20333", "21548", "26732");
            for (AdministrativeUnit commune : territory.units(Level.COMMUNE, TODAY)) {
                // the island special zones come from island districts that had no communes
                Level expected = islandZones.contains(commune.code()) ? Level.DISTRICT : Level.COMMUNE;
                assertThat(territory.unitsOnMap(commune.code(), TODAY, LAST_OLD_DAY)).as(commune.code())
                        .isNotEmpty()
                        .allSatisfy(old -> assertThat(old.level()).isEqualTo(expected));
            }
            assertThat(territory.rollUpChain("26732", TODAY, MapView.asOf(LAST_OLD_DAY)))
                    .containsExactly("755", "77", "VN");
            for (AdministrativeUnit commune : territory.units(Level.COMMUNE, REFORM)) {
                assertThat(territory.predecessorEdges(commune.code(), REFORM)).as(commune.code()).isNotEmpty();
            }
        }

        @Test
        void fourHundredSixtyOldCommunesWereSplit() {
            Map<Integer, Long> splits = territory.units(Level.COMMUNE, LAST_OLD_DAY).stream()
                    .map(c -> territory.successorEdges(c.code(), LAST_OLD_DAY))
                    .filter(edges -> edges.size() > 1)
                    .peek(edges -> assertThat(edges).allSatisfy(e -> {
                        assertThat(e.partial()).isTrue();
                        assertThat(e.kind()).isEqualTo(LineageKind.SPLIT_INTO);
                    }))
                    .collect(Collectors.groupingBy(List::size, TreeMap::new, Collectors.counting()));
            assertThat(splits.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(460);
            assertThat(splits.keySet()).containsExactly(2, 3, 4, 5);
        }

        @Test
        void sameCodeDifferentUnitBeforeAndAfter() {
            AdministrativeUnit before = territory.unit("79", LAST_OLD_DAY).orElseThrow();
            AdministrativeUnit after = territory.unit("79", REFORM).orElseThrow();
            assertThat(before).isNotEqualTo(after);
            assertThat(before.validTo()).isEqualTo(REFORM);
            assertThat(after.validFrom()).isEqualTo(REFORM);
            assertThat(territory.unit(PHUOC_TRUNG, LAST_OLD_DAY).orElseThrow().name()).isEqualTo("Phường Phước Trung");
            assertThat(territory.unit(PHUOC_TRUNG, REFORM).orElseThrow().name()).isEqualTo("Phường Bà Rịa");
            assertThat(territory.versions(PHUOC_TRUNG)).hasSize(2);
        }

        @Test
        void oldProvinceMergedIntoItsNewProvince() {
            assertThat(territory.currentSuccessors("77", RECORDED_2023)).containsExactly("79");
            assertThat(territory.successorsOn("77", RECORDED_2023, REFORM)).containsExactly("79");
            assertThat(territory.successorEdges("77", RECORDED_2023)).singleElement().satisfies(e -> {
                assertThat(e.kind()).isEqualTo(LineageKind.MERGED_INTO);
                assertThat(e.partial()).isFalse();
                assertThat(e.effectiveDate()).isEqualTo(REFORM);
                assertThat(e.legalBasis()).isEqualTo("202/2025/QH15");
                assertThat(e.to().code()).isEqualTo("79");
            });
            assertThat(territory.predecessorEdges("79", REFORM)).extracting(e -> e.from().code())
                    .containsExactlyInAnyOrder("74", "77", "79");
            // Hà Giang (02) is not on today's map; it is part of Tuyên Quang (08)
            assertThat(territory.unit("02", TODAY)).isEmpty();
            assertThat(territory.currentSuccessors("02", RECORDED_2023)).containsExactly("08");
            assertThat(territory.rollUp("02", RECORDED_2023, MapView.current(), Level.PROVINCE).codes())
                    .containsExactly("08");
        }

        @Test
        void abolishedDistrictGoesToTheCommunesOfItsCommunesSuccessors() {
            assertThat(territory.currentSuccessors("748", RECORDED_2023))
                    .containsExactlyInAnyOrder("26560", "26566", "26572");
            assertThat(territory.successorEdges("748", RECORDED_2023))
                    .allSatisfy(e -> assertThat(e.kind()).isEqualTo(LineageKind.ABOLISHED_INTO));
            // an island district without communes became a special zone
            assertThat(territory.currentSuccessors("755", RECORDED_2023)).containsExactly("26732");
            assertThat(territory.unit("26732", TODAY).orElseThrow().typeEn()).isEqualTo("special_zone");
        }

        @Test
        void partialSplitGivesSeveralWithThePrimaryFirst() {
            // Phường Đại Mỗ (Hà Nội) was split across five wards, one of which reuses its code
            LocalDate recorded = LocalDate.of(2024, 3, 1);
            assertThat(territory.currentSuccessors("00634", recorded))
                    .containsExactly("00634", "00622", "00637", "09556", "09886");
            RollUp communes = territory.rollUp("00634", recorded, MapView.current(), Level.COMMUNE);
            assertThat(communes.exact()).isFalse();
            assertThat(communes.isSplit()).isTrue();
            assertThat(communes.codes()).containsExactly("00634", "00622", "00637", "09556", "09886");
            assertThat(communes.primary().orElseThrow().name()).isEqualTo("Phường Tây Mỗ");
            RollUp province = territory.rollUp("00634", recorded, MapView.current(), Level.PROVINCE);
            assertThat(province.exact()).isTrue();
            assertThat(province.codes()).containsExactly("01");
            assertThat(territory.rollUpChain("00634", recorded, MapView.current()))
                    .containsExactly("00634", "01", "VN");
            // Phường Cống Vị was split without a successor reusing its code: the lowest code is primary
            assertThat(territory.rollUpChain("00007", recorded, MapView.current()))
                    .containsExactly("00008", "01", "VN");
        }

        @Test
        void renamesAfterTheReformAreVersionsLinkedByRenamedEdges() {
            AdministrativeUnit dongNai2025 = territory.unit("75", LocalDate.of(2025, 8, 1)).orElseThrow();
            AdministrativeUnit dongNai2026 = territory.unit("75", LocalDate.of(2026, 5, 1)).orElseThrow();
            assertThat(dongNai2025.typeEn()).isEqualTo("province");
            assertThat(dongNai2025.name()).isEqualTo("Tỉnh Đồng Nai");
            assertThat(dongNai2026.typeEn()).isEqualTo("municipality");
            assertThat(dongNai2026.type()).isEqualTo("Thành phố trực thuộc trung ương");
            assertThat(dongNai2026.name()).isEqualTo("Thành phố Đồng Nai");
            assertThat(dongNai2026.validFrom()).isEqualTo(LocalDate.of(2026, 4, 30));
            assertThat(territory.nameOf("75", LocalDate.of(2026, 4, 29))).isEqualTo("Tỉnh Đồng Nai");
            assertThat(territory.versions("75")).hasSize(3);
            assertThat(territory.predecessorEdges("75", LocalDate.of(2026, 5, 1))).singleElement()
                    .satisfies(e -> {
                        assertThat(e.kind()).isEqualTo(LineageKind.RENAMED);
                        assertThat(e.legalBasis()).isEqualTo("30/2026/QH16");
                    });
            assertThat(territory.nameOf("25270", TODAY)).isEqualTo("Phường Lộc Ninh");
            assertThat(territory.unit("25270", TODAY).orElseThrow().type()).isEqualTo("Phường");
            assertThat(territory.currentSuccessors("25270", LocalDate.of(2025, 9, 1))).containsExactly("25270");
            // communes of Đồng Nai hang under the new version of 75 without being touched
            assertThat(territory.ancestors("25270", TODAY)).containsExactly(dongNai2026,
                    territory.unit("VN", TODAY).orElseThrow());
        }
    }

    @Nested
    class Tree {

        @Test
        void ancestorsBeforeAndAfterTheReform() {
            assertThat(codes(territory.ancestors(PHUOC_TRUNG, RECORDED_2023))).containsExactly("748", "77", "VN");
            assertThat(codes(territory.ancestors(PHUOC_TRUNG, TODAY))).containsExactly("79", "VN");
            assertThat(territory.ancestors("VN", TODAY)).isEmpty();
            assertThat(territory.ancestors("nope", TODAY)).isEmpty();
        }

        @Test
        void childrenOfHoChiMinhCity() {
            List<AdministrativeUnit> after = territory.children("79", REFORM);
            assertThat(after).hasSize(168).allSatisfy(u -> assertThat(u.level()).isEqualTo(Level.COMMUNE));
            assertThat(codes(after)).contains("26506", "26560", "26732").isSorted();
            List<AdministrativeUnit> before = territory.children("79", LAST_OLD_DAY);
            assertThat(before).hasSize(22).allSatisfy(u -> assertThat(u.level()).isEqualTo(Level.DISTRICT));
            assertThat(codes(before)).contains("769");
            assertThat(territory.children("VN", REFORM)).hasSize(34);
            assertThat(territory.children("VN", LAST_OLD_DAY)).hasSize(63);
        }

        @Test
        void descendants() {
            assertThat(territory.descendants("79", REFORM)).hasSize(168);
            List<AdministrativeUnit> old = territory.descendants("77", RECORDED_2023);
            assertThat(old).extracting(AdministrativeUnit::level).containsOnly(Level.DISTRICT, Level.COMMUNE);
            assertThat(codes(old)).contains("748", PHUOC_TRUNG, "755");
            assertThat(codes(old).indexOf(PHUOC_TRUNG)).isGreaterThan(codes(old).indexOf("748"));
            assertThat(territory.descendants("VN", LAST_OLD_DAY)).hasSize(63 + 696 + 10_035);
            assertThat(territory.descendants("VN", REFORM)).hasSize(34 + 3_321);
        }

        @Test
        void conveniences() {
            assertThat(territory.isCurrentCommune(PHUOC_TRUNG)).isTrue();
            assertThat(territory.isCurrentCommune("26548")).isFalse();
            assertThat(territory.isCurrentCommune("79")).isFalse();
            assertThat(territory.nameOf("79", RECORDED_2023)).isEqualTo("Thành phố Hồ Chí Minh");
            assertThat(territory.nameOf("77", RECORDED_2023)).isEqualTo("Tỉnh Bà Rịa - Vũng Tàu");
            assertThat(territory.today()).isEqualTo(TODAY);
            assertThat(territory.parent(PHUOC_TRUNG, TODAY)).map(AdministrativeUnit::code).contains("79");
        }
    }

    @Nested
    class RollUps {

        @Test
        void factOfBaRiaCityIn2023() {
            Function<MapView, Set<String>> province =
                    view -> territory.rollUp(PHUOC_TRUNG, RECORDED_2023, view, Level.PROVINCE).codes();
            assertThat(province.apply(MapView.current())).containsExactly("79");
            assertThat(province.apply(MapView.asRecorded())).containsExactly("77");
            assertThat(province.apply(MapView.asOf(LocalDate.of(2023, 12, 31)))).containsExactly("77");

            RollUp district2023 = territory.rollUp(PHUOC_TRUNG, RECORDED_2023,
                    MapView.asOf(LocalDate.of(2023, 12, 31)), Level.DISTRICT);
            assertThat(district2023.codes()).containsExactly("748");
            assertThat(district2023.exact()).isTrue();
            RollUp districtToday = territory.rollUp(PHUOC_TRUNG, RECORDED_2023, MapView.current(), Level.DISTRICT);
            assertThat(districtToday.isEmpty()).isTrue();
            assertThat(districtToday.mapDate()).isEqualTo(TODAY);

            for (MapView view : List.of(MapView.current(), MapView.asRecorded(),
                    MapView.asOf(LocalDate.of(2023, 12, 31)), MapView.asOf(REFORM))) {
                RollUp nation = territory.rollUp(PHUOC_TRUNG, RECORDED_2023, view, Level.NATION);
                assertThat(nation.codes()).as(view.toString()).containsExactly("VN");
                assertThat(nation.exact()).isTrue();
            }
            RollUp commune = territory.rollUp(PHUOC_TRUNG, RECORDED_2023, MapView.current(), Level.COMMUNE);
            assertThat(commune.codes()).containsExactly(PHUOC_TRUNG);
            assertThat(commune.primary().orElseThrow().name()).isEqualTo("Phường Bà Rịa");

            assertThat(territory.rollUpChain(PHUOC_TRUNG, RECORDED_2023, MapView.asRecorded()))
                    .containsExactly(PHUOC_TRUNG, "748", "77", "VN");
            assertThat(territory.rollUpChain(PHUOC_TRUNG, RECORDED_2023, MapView.current()))
                    .containsExactly(PHUOC_TRUNG, "79", "VN");
        }

        @Test
        void anotherCommuneOfBaRiaCityMergedUnderAnotherCode() {
            // Phường Phước Hưng (26548) went whole into Phường Bà Rịa (26560)
            assertThat(territory.rollUpChain("26548", RECORDED_2023, MapView.current()))
                    .containsExactly(PHUOC_TRUNG, "79", "VN");
            assertThat(territory.rollUp("26548", RECORDED_2023, MapView.current(), Level.COMMUNE).exact()).isTrue();
        }

        @Test
        void factRecordedUnderADistrict() {
            RollUp communes = territory.rollUp("748", RECORDED_2023, MapView.current(), Level.COMMUNE);
            assertThat(communes.codes()).containsExactly("26560", "26566", "26572");
            assertThat(communes.exact()).isFalse();
            assertThat(territory.rollUp("748", RECORDED_2023, MapView.current(), Level.PROVINCE).codes())
                    .containsExactly("79");
            // a level below the recorded unit has no answer on its own map
            assertThat(territory.rollUp("748", RECORDED_2023, MapView.asRecorded(), Level.COMMUNE).isEmpty())
                    .isTrue();
        }

        @Test
        void backwardViewFollowsPredecessors() {
            LocalDate recorded = LocalDate.of(2026, 3, 15);
            MapView map2024 = MapView.asOf(LocalDate.of(2024, 6, 30));
            RollUp province = territory.rollUp(PHUOC_TRUNG, recorded, map2024, Level.PROVINCE);
            assertThat(province.codes()).containsExactly("77");
            assertThat(province.exact()).isTrue();
            assertThat(territory.rollUp(PHUOC_TRUNG, recorded, map2024, Level.DISTRICT).codes())
                    .containsExactly("748");
            RollUp communes = territory.rollUp(PHUOC_TRUNG, recorded, map2024, Level.COMMUNE);
            assertThat(communes.exact()).isFalse();
            assertThat(communes.codes()).containsExactly(PHUOC_TRUNG, "26548", "26554", "26557");
            // a ward of Hồ Chí Minh City formed from Bình Dương communes goes back to Bình Dương (74)
            assertThat(territory.rollUp("25747", recorded, map2024, Level.PROVINCE).codes()).containsExactly("74");
            assertThat(territory.rollUpChain("25747", recorded, map2024)).containsExactly("25747", "718", "74", "VN");
        }

        @Test
        void unknownUnitsRollUpToNothing() {
            assertThat(territory.rollUp("99999", TODAY, MapView.current(), Level.PROVINCE).isEmpty()).isTrue();
            assertThat(territory.rollUpChain("26548", TODAY, MapView.current())).isEmpty();
            assertThat(territory.currentSuccessors("nope", TODAY)).isEmpty();
        }
    }

    @Nested
    class VietnameseOrder {

        static AdministrativeUnit named(String shortName) {
            return new AdministrativeUnit("x", Level.COMMUNE, "Xã " + shortName, shortName, shortName,
                    "Xã", "commune", "01", null, null);
        }

        @Test
        void dWithStrokeSortsAfterD() {
            List<String> names = List.of("Điện Biên", "Zô", "Đà Nẵng", "Bình", "Dương", "Ánh", "Ân", "Anh", "Ăn",
                    "Bắc", "Ê Đê", "Em");
            List<String> sorted = names.stream().map(VietnameseOrder::named)
                    .sorted(Territory.VIETNAMESE_ORDER).map(AdministrativeUnit::shortName)
                    .collect(Collectors.toList());
            assertThat(sorted).containsExactly("Anh", "Ánh", "Ăn", "Ân", "Bắc", "Bình", "Dương", "Đà Nẵng",
                    "Điện Biên", "Em", "Ê Đê", "Zô");
        }

        @Test
        void syllableBySyllable() {
            List<String> sorted = List.of("Hải Phòng", "Hà Tĩnh", "Hà Nội").stream().map(VietnameseOrder::named)
                    .sorted(AdministrativeUnit.VIETNAMESE_ORDER).map(AdministrativeUnit::shortName)
                    .collect(Collectors.toList());
            assertThat(sorted).containsExactly("Hà Nội", "Hà Tĩnh", "Hải Phòng");
        }

        @Test
        void provincesOfTheNewMap() {
            List<String> sorted = territory.units(Level.PROVINCE, REFORM).stream()
                    .sorted(Territory.VIETNAMESE_ORDER).map(AdministrativeUnit::shortName)
                    .collect(Collectors.toList());
            assertThat(sorted.get(0)).isEqualTo("An Giang");
            assertThat(sorted.get(sorted.size() - 1)).isEqualTo("Vĩnh Long");
            assertThat(sorted.indexOf("Điện Biên")).isGreaterThan(sorted.indexOf("Cần Thơ"))
                    .isGreaterThan(sorted.indexOf("Đà Nẵng"));
            assertThat(sorted.indexOf("Gia Lai")).isGreaterThan(sorted.indexOf("Đồng Tháp"));
        }
    }
}
