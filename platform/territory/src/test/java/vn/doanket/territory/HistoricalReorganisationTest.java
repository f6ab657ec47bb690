package vn.doanket.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Decisions older than the snapshot (historical units) and lineage between residential areas. */
class HistoricalReorganisationTest {

    static final LocalDate TODAY = TerritoryTest.TODAY;
    static final LocalDate MERGED = LocalDate.of(2020, 1, 1);
    /** Illustrative: code 26551 is free in the snapshot; Phường Phước Hiệp of the former Bà Rịa city (district 748). */
    static final Reorganisation.HistoricalUnit PHUOC_HIEP = new Reorganisation.HistoricalUnit(
            new Reorganisation.UnitSpec("26551", Level.COMMUNE, "Phường Phước Hiệp", "Phước Hiệp", "Phuoc Hiep",
                    "Phường", "ward", "748"), LocalDate.of(1994, 7, 2));
    static final Reorganisation INTO_PHUOC_TRUNG = new Reorganisation(MERGED, "837/NQ-UBTVQH14", List.of(),
            List.of(new Reorganisation.Transfer("26551", "26560", false)));

    Territory territory;

    @BeforeEach
    void load() {
        territory = Territory.loadOfficial(TerritoryTest.fixedClock());
    }

    @Test
    void aHistoricalWardRollsUpThroughTheRecordedLineageOnEveryMap() {
        territory.addReorganisation(INTO_PHUOC_TRUNG, List.of(PHUOC_HIEP));

        LocalDate recorded = LocalDate.of(2019, 5, 1);
        assertThat(territory.unit("26551", recorded)).map(AdministrativeUnit::name).contains("Phường Phước Hiệp");
        assertThat(territory.unit("26551", MERGED)).isEmpty();
        assertThat(territory.ancestors("26551", recorded)).extracting(AdministrativeUnit::code)
                .containsExactly("748", "77", "VN");
        // a 2019 fact: Bà Rịa–Vũng Tàu as recorded, Phường Bà Rịa / Hồ Chí Minh City today
        assertThat(territory.rollUp("26551", recorded, MapView.asRecorded(), Level.PROVINCE).codes())
                .containsExactly("77");
        assertThat(territory.rollUp("26551", recorded, MapView.current(), Level.COMMUNE).codes())
                .containsExactly("26560");
        assertThat(territory.rollUp("26551", recorded, MapView.current(), Level.PROVINCE).codes())
                .containsExactly("79");
        assertThat(territory.rollUp("26551", recorded, MapView.asOf(LocalDate.of(2023, 1, 1)), Level.COMMUNE)
                .codes()).containsExactly("26560");
        assertThat(territory.successorEdges("26551", recorded)).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(LineageKind.MERGED_INTO))
                .satisfies(e -> assertThat(e.legalBasis()).isEqualTo("837/NQ-UBTVQH14"));
    }

    @Test
    void checkingChangesNothingAndRejectionsLeaveNoTrace() {
        territory.checkReorganisation(INTO_PHUOC_TRUNG, List.of(PHUOC_HIEP));
        assertThat(territory.versions("26551")).isEmpty();

        // the ward already exists in the snapshot: not historical
        Reorganisation.HistoricalUnit existing = new Reorganisation.HistoricalUnit(
                new Reorganisation.UnitSpec("26554", Level.COMMUNE, "Phường Phước Nguyên", "Phước Nguyên",
                        "Phuoc Nguyen", "Phường", "ward", "748"), null);
        assertThatThrownBy(() -> territory.addReorganisation(new Reorganisation(MERGED, "x", List.of(),
                List.of(new Reorganisation.Transfer("26554", "26560", false))), List.of(existing)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already exists");

        // a target that does not exist on the effective date: rejected, and the historical unit is not kept
        assertThatThrownBy(() -> territory.addReorganisation(new Reorganisation(MERGED, "x", List.of(),
                List.of(new Reorganisation.Transfer("26551", "26999", false))), List.of(PHUOC_HIEP)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(territory.versions("26551")).isEmpty();

        territory.addReorganisation(INTO_PHUOC_TRUNG, List.of(PHUOC_HIEP));
        assertThatThrownBy(() -> territory.addReorganisation(INTO_PHUOC_TRUNG, List.of(PHUOC_HIEP)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(territory.versions("26551")).hasSize(1);
    }

    @Test
    void residentialAreasMergedAfterTheReformCountForTheReceivingArea() {
        LocalDate registered = LocalDate.of(2025, 7, 15);
        LocalDate merged = LocalDate.of(2025, 10, 1);
        territory.attachResidentialArea("26560-KP02", "26560", "Khu phố 2", registered);
        territory.attachResidentialArea("26560-KP01", "26560", "Khu phố 1", registered);
        territory.detachResidentialArea("26560-KP02", merged);
        assertThat(territory.linkResidentialAreas("26560-KP02", "26560-KP01", LineageKind.MERGED_INTO, merged,
                "38/QĐ-UBND")).isTrue();
        assertThat(territory.linkResidentialAreas("26560-KP02", "26560-KP01", LineageKind.MERGED_INTO, merged,
                "38/QĐ-UBND")).isFalse();

        assertThat(territory.unit("26560-KP02", TODAY)).isEmpty();
        assertThat(territory.rollUp("26560-KP02", LocalDate.of(2025, 8, 1), MapView.current(),
                Level.RESIDENTIAL_AREA).codes()).containsExactly("26560-KP01");
        assertThatThrownBy(() -> territory.linkResidentialAreas("26560-KP01", "26560-KP02", LineageKind.MERGED_INTO,
                merged, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
