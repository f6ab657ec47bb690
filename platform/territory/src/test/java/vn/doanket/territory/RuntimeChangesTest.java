package vn.doanket.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Residential areas and reorganisations added at runtime; each test gets its own territory. */
class RuntimeChangesTest {

    static final String BA_RIA = "26560";
    static final LocalDate TODAY = TerritoryTest.TODAY;

    Territory territory;

    @BeforeEach
    void load() {
        territory = Territory.loadOfficial(TerritoryTest.fixedClock());
    }

    @Test
    void residentialAreaHangsUnderItsCommuneAndRollsUpThroughIt() {
        LocalDate from = LocalDate.of(2025, 9, 1);
        AdministrativeUnit area = territory.attachResidentialArea("KDC-26560-001", BA_RIA, "Khu phố Phước Trung",
                from);
        assertThat(area.level()).isEqualTo(Level.RESIDENTIAL_AREA);
        assertThat(area.nameEn()).isEqualTo("Khu pho Phuoc Trung");
        assertThat(territory.children(BA_RIA, TODAY)).containsExactly(area);
        assertThat(territory.children(BA_RIA, from.minusDays(1))).isEmpty();
        assertThat(territory.descendants("79", TODAY)).hasSize(168 + 1).contains(area);
        assertThat(territory.ancestors(area.code(), TODAY)).extracting(AdministrativeUnit::code)
                .containsExactly(BA_RIA, "79", "VN");

        LocalDate recorded = LocalDate.of(2025, 11, 18);
        assertThat(territory.rollUp(area.code(), recorded, MapView.current(), Level.PROVINCE).codes())
                .containsExactly("79");
        assertThat(territory.rollUp(area.code(), recorded, MapView.current(), Level.NATION).codes())
                .containsExactly("VN");
        assertThat(territory.rollUp(area.code(), recorded, MapView.asRecorded(), Level.RESIDENTIAL_AREA).codes())
                .containsExactly(area.code());
        assertThat(territory.rollUpChain(area.code(), recorded, MapView.current()))
                .containsExactly(area.code(), BA_RIA, "79", "VN");
        // on the 2024 map the area did not exist: the fact goes back through its commune
        assertThat(territory.rollUp(area.code(), recorded, MapView.asOf(LocalDate.of(2024, 1, 1)), Level.PROVINCE)
                .codes()).containsExactly("77");
    }

    @Test
    void anAreaRegisteredUnderACommuneTheReformClosedMovesWithItsCommune() {
        // Phường Phước Nguyên (26554) of the former Bà Rịa city (748, province 77) became part of Phường Bà Rịa (26560)
        LocalDate registered = LocalDate.of(2023, 3, 1);
        AdministrativeUnit area = territory.attachResidentialAreaThroughLineage("26554-TDP01", "26554",
                "Tổ dân phố 1 Phước Nguyên", registered);
        assertThat(area.parentCode()).isEqualTo("26554");
        assertThat(area.validTo()).isEqualTo(Territory.REFORM_DATE);
        assertThat(territory.versions("26554-TDP01")).extracting(AdministrativeUnit::parentCode).containsExactly("26554", BA_RIA);
        // a unit of both maps: under the old ward before the reform, under the new one after it
        assertThat(territory.children("26554", LocalDate.of(2024, 12, 31))).extracting(AdministrativeUnit::code)
                .contains("26554-TDP01");
        assertThat(territory.children(BA_RIA, TODAY)).extracting(AdministrativeUnit::code).contains("26554-TDP01");
        assertThat(territory.rollUpChain("26554-TDP01", registered, MapView.current()))
                .containsExactly("26554-TDP01", BA_RIA, "79", "VN");
        assertThat(territory.rollUpChain("26554-TDP01", registered, MapView.asOf(LocalDate.of(2024, 12, 31))))
                .containsExactly("26554-TDP01", "26554", "748", "77", "VN");
        // the map of official units does not change for it
        assertThat(territory.mapChangeDates()).containsExactly(Territory.REFORM_DATE);
        // under a commune that continues to the present it is a plain attachment
        AdministrativeUnit plain = territory.attachResidentialAreaThroughLineage("26560-TDP09", BA_RIA, "Tổ dân phố 9",
                LocalDate.of(2025, 9, 1));
        assertThat(plain.validTo()).isNull();
        assertThat(territory.versions("26560-TDP09")).hasSize(1);
    }

    @Test
    void detachedAreaDisappearsButItsFactsStillRollUp() {
        territory.attachResidentialArea("KDC-X", BA_RIA, "Tổ dân phố 5", LocalDate.of(2025, 9, 1));
        AdministrativeUnit closed = territory.detachResidentialArea("KDC-X", LocalDate.of(2026, 6, 1));
        assertThat(closed.validTo()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(territory.children(BA_RIA, TODAY)).isEmpty();
        assertThat(territory.unit("KDC-X", LocalDate.of(2026, 5, 31))).isPresent();
        assertThat(territory.rollUpChain("KDC-X", LocalDate.of(2026, 1, 10), MapView.current()))
                .containsExactly(BA_RIA, "79", "VN");
        // the code may be reused afterwards
        territory.attachResidentialArea("KDC-X", BA_RIA, "Tổ dân phố 5", LocalDate.of(2026, 6, 1));
        assertThat(territory.versions("KDC-X")).hasSize(2);
    }

    @Test
    void areasAreAttachedOnlyUnderCommunesOfTheCurrentMap() {
        assertThatThrownBy(() -> territory.attachResidentialArea("A1", "26548", "Ấp 1", LocalDate.of(2024, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> territory.attachResidentialArea("A1", "79", "Ấp 1", TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> territory.attachResidentialArea("26548", BA_RIA, "Ấp 1", TODAY))
                .isInstanceOf(IllegalStateException.class);
        // a commune renamed later under the same code still counts as on the current map
        AdministrativeUnit area = territory.attachResidentialArea("A2", "25270", "Ấp 2", LocalDate.of(2025, 8, 1));
        assertThat(territory.ancestors(area.code(), TODAY)).extracting(AdministrativeUnit::name)
                .containsExactly("Phường Lộc Ninh", "Thành phố Đồng Nai", "Cộng hòa xã hội chủ nghĩa Việt Nam");
        territory.attachResidentialArea("A3", BA_RIA, "Ấp 3", TODAY);
        assertThatThrownBy(() -> territory.attachResidentialArea("A3", BA_RIA, "Ấp 3", TODAY.plusDays(1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void reorganisationMergesCommunesAsNewVersions() {
        LocalDate day = LocalDate.of(2027, 1, 1);
        // Phường Long Hương (26566) merges into Phường Bà Rịa, which keeps its code
        territory.addReorganisation(new Reorganisation(day, "1/2026/NQ-TEST",
                List.of(new Reorganisation.UnitSpec(BA_RIA, Level.COMMUNE, "Phường Bà Rịa", "Bà Rịa", "Ba Ria",
                        "Phường", "ward", "79")),
                List.of(new Reorganisation.Transfer(BA_RIA, BA_RIA, false),
                        new Reorganisation.Transfer("26566", BA_RIA, false))));
        assertThat(territory.versions(BA_RIA)).hasSize(3);
        assertThat(territory.unit("26566", day)).isEmpty();
        assertThat(territory.children("79", day)).hasSize(167);
        assertThat(territory.successorsOn("26566", TODAY, day)).containsExactly(BA_RIA);
        assertThat(territory.predecessorEdges(BA_RIA, day)).extracting(LineageEdge::kind)
                .containsOnly(LineageKind.MERGED_INTO);
        // a 2023 fact of the old Phường Long Hương follows two reorganisations
        assertThat(territory.rollUpChain("26566", LocalDate.of(2023, 5, 10), MapView.asOf(day)))
                .containsExactly(BA_RIA, "79", "VN");
        // and the reverse view of a 2027 fact in Bà Rịa reaches back to 2023
        assertThat(territory.rollUp(BA_RIA, day, MapView.asOf(LocalDate.of(2023, 5, 10)), Level.COMMUNE).codes())
                .containsExactly(BA_RIA, "26548", "26554", "26557", "26563", "26566", "26567");
    }

    @Test
    void reorganisationRenameAndValidation() {
        LocalDate day = LocalDate.of(2027, 1, 1);
        territory.addReorganisation(new Reorganisation(day, "2/2026/NQ-TEST",
                List.of(new Reorganisation.UnitSpec("26566", Level.COMMUNE, "Phường Long Hương Mới",
                        "Long Hương Mới", "Long Huong Moi", "Phường", "ward", "79")),
                List.of(new Reorganisation.Transfer("26566", "26566", false))));
        assertThat(territory.nameOf("26566", day)).isEqualTo("Phường Long Hương Mới");
        assertThat(territory.predecessorEdges("26566", day)).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(LineageKind.RENAMED));

        // closing a commune that still has a residential area would orphan it
        territory.attachResidentialArea("KDC-9", "26572", "Ấp 9", TODAY);
        Reorganisation orphaning = new Reorganisation(day, "3", List.of(),
                List.of(new Reorganisation.Transfer("26572", BA_RIA, false)));
        assertThatThrownBy(() -> territory.addReorganisation(orphaning))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orphan");
        // inconsistent partial flags
        Reorganisation badSplit = new Reorganisation(day, "4", List.of(),
                List.of(new Reorganisation.Transfer("26506", BA_RIA, false),
                        new Reorganisation.Transfer("26506", "26572", true)));
        assertThatThrownBy(() -> territory.addReorganisation(badSplit))
                .isInstanceOf(IllegalArgumentException.class);
        // nothing was applied by the rejected decisions
        assertThat(territory.unit("26572", day)).isPresent();
        assertThat(territory.unit("26506", day)).isPresent();
    }

    @Test
    void mapChangeDatesAreTheReformAndEveryStructuralDecisionButNotRenames() {
        // the official data: the 2025 reform; the 2026 renames (same code, same parent) change no roll-up
        assertThat(territory.mapChangeDates()).containsExactly(Territory.REFORM_DATE);
        LocalDate merger = LocalDate.of(2027, 1, 1);
        territory.addReorganisation(new Reorganisation(merger, "1/2027/NQ-TEST", List.of(),
                List.of(new Reorganisation.Transfer("26566", BA_RIA, false))));
        LocalDate rename = LocalDate.of(2027, 6, 1);
        territory.addReorganisation(new Reorganisation(rename, "2/2027/NQ-TEST",
                List.of(new Reorganisation.UnitSpec("26572", Level.COMMUNE, "Phường Mới", "Mới", "Moi",
                        "Phường", "ward", "79")),
                List.of(new Reorganisation.Transfer("26572", "26572", false))));
        // a historical decision: a ward of 2019 merged into Phước Trung on 1 January 2020
        LocalDate historical = LocalDate.of(2020, 1, 1);
        territory.addReorganisation(new Reorganisation(historical, "837/NQ-UBTVQH14", List.of(),
                        List.of(new Reorganisation.Transfer("26551", "26560", false))),
                List.of(new Reorganisation.HistoricalUnit(new Reorganisation.UnitSpec("26551", Level.COMMUNE,
                        "Phường Phước Hiệp", "Phước Hiệp", "Phuoc Hiep", "Phường", "ward", "748"),
                        LocalDate.of(1994, 7, 2))));
        assertThat(territory.mapChangeDates()).containsExactly(historical, Territory.REFORM_DATE, merger);
        // residential areas do not change the map of official units
        territory.attachResidentialArea("KDC-1", BA_RIA, "Ấp 1", TODAY);
        territory.attachResidentialArea("KDC-2", BA_RIA, "Ấp 2", TODAY);
        territory.detachResidentialArea("KDC-1", merger);
        territory.linkResidentialAreas("KDC-1", "KDC-2", LineageKind.MERGED_INTO, merger, "5/QĐ");
        assertThat(territory.mapChangeDates()).containsExactly(historical, Territory.REFORM_DATE, merger);
        // a rejected decision adds nothing
        Reorganisation rejected = new Reorganisation(LocalDate.of(2028, 1, 1), "x", List.of(),
                List.of(new Reorganisation.Transfer("99999", BA_RIA, false)));
        assertThatThrownBy(() -> territory.addReorganisation(rejected)).isInstanceOf(IllegalArgumentException.class);
        assertThat(territory.mapChangeDates()).containsExactly(historical, Territory.REFORM_DATE, merger);
    }

    @Test
    void readsRunConcurrentlyWithRuntimeChanges() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    territory.attachResidentialArea("C-" + i, BA_RIA, "Ấp " + i, TODAY);
                }
            });
            Future<Integer> reader = pool.submit(() -> {
                int seen = 0;
                while (!writer.isDone()) {
                    List<AdministrativeUnit> children = new ArrayList<>(territory.children(BA_RIA, TODAY));
                    assertThat(territory.rollUp(BA_RIA, TODAY, MapView.current(), Level.PROVINCE).codes())
                            .containsExactly("79");
                    seen = Math.max(seen, children.size());
                }
                return seen;
            });
            writer.get(60, TimeUnit.SECONDS);
            reader.get(60, TimeUnit.SECONDS);
            assertThat(territory.children(BA_RIA, TODAY)).hasSize(500);
        } finally {
            pool.shutdownNow();
        }
    }
}
