package vn.doanket.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TerritorialScopeTest {

    static TerritorialScope scope;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    static final LocalDate IN_2023 = LocalDate.of(2023, 5, 10);

    @BeforeAll
    static void load() {
        scope = new TerritorialScope(Territory.loadOfficial());
    }

    static Caller scoped(String unit, Role... roles) {
        return new Caller("u-" + unit, "user", "Người dùng", Set.of(roles), unit);
    }

    @Test
    void theNationCoversEverything() {
        Caller national = scoped("VN", Role.LEADER);
        assertThat(scope.covers(national, "26560", TODAY)).isTrue();
        assertThat(scope.covers(national, "77", IN_2023)).isTrue();
        assertThat(scope.covers(national, "VN", TODAY)).isTrue();
    }

    @Test
    void aProvinceCoversItsCommunesAndAreasButNotOthers() {
        Caller hcm = scoped("79", Role.LEADER);
        assertThat(scope.covers(hcm, "79", TODAY)).isTrue();
        assertThat(scope.covers(hcm, "26560", TODAY)).isTrue();          // Phường Bà Rịa
        assertThat(scope.covers(hcm, "26560-KP01", TODAY)).isTrue();     // a residential area under it
        assertThat(scope.covers(hcm, "00004", TODAY)).isFalse();         // Hà Nội
        assertThat(scope.covers(hcm, "01", TODAY)).isFalse();
        assertThat(scope.covers(hcm, "VN", TODAY)).isFalse();            // not above its own unit
    }

    @Test
    void todaysProvinceCoversFactsOfTheMergedAwayProvince() {
        Caller hcm = scoped("79", Role.LEADER);
        // 26554 was a ward of the former Bà Rịa city, province Bà Rịa–Vũng Tàu (77), merged into 79 in 2025
        assertThat(scope.covers(hcm, "26554", IN_2023)).isTrue();
        assertThat(scope.covers(hcm, "748", IN_2023)).isTrue();
        assertThat(scope.covers(hcm, "77", IN_2023)).isTrue();
        Caller hanoi = scoped("01", Role.LEADER);
        assertThat(scope.covers(hanoi, "26554", IN_2023)).isFalse();
        assertThat(scope.covers(hanoi, "77", IN_2023)).isFalse();
    }

    @Test
    void aCommuneCoversTheOldCommunesMergedIntoIt() {
        Caller baRia = scoped("26560", Role.OFFICER);
        assertThat(scope.covers(baRia, "26560", TODAY)).isTrue();
        assertThat(scope.covers(baRia, "26560-KP01", TODAY)).isTrue();
        assertThat(scope.covers(baRia, "26506", TODAY)).isFalse();        // Phường Vũng Tàu, a sibling
        assertThat(scope.covers(baRia, "79", TODAY)).isFalse();           // its province
        assertThat(scope.covers(baRia, "26506-KP01", TODAY)).isFalse();
    }

    @Test
    void aCommitteeCoversOnlyItsOwnResidentialArea() {
        Caller committee = scoped("26560-KP01", Role.COMMITTEE);
        assertThat(scope.covers(committee, "26560-KP01", TODAY)).isTrue();
        assertThat(scope.covers(committee, "26560-KP02", TODAY)).isFalse();
        assertThat(scope.covers(committee, "26560", TODAY)).isFalse();
    }

    @Test
    void unknownAndMalformedUnitsAreNotCovered() {
        Caller hcm = scoped("79", Role.LEADER);
        assertThat(scope.covers(hcm, "99999", TODAY)).isFalse();
        assertThat(scope.covers(hcm, "", TODAY)).isFalse();
        assertThat(scope.covers(hcm, null, TODAY)).isFalse();
        assertThat(scope.covers(hcm, "not a code", TODAY)).isFalse();
        Caller national = scoped("VN", Role.ADMINISTRATOR);
        assertThat(scope.covers(national, "99999", TODAY)).as("unknown units get one answer for everyone").isFalse();
        assertThat(scope.covers(national, "26554", TODAY)).as("merged away: not a unit today").isFalse();
        assertThat(scope.covers(national, "26554", IN_2023)).isTrue();
        assertThat(scope.covers(scoped("79", Role.OFFICER), "26554", TODAY)).isFalse();
    }

    @Test
    void callersAreReadFromTokenClaims() {
        Caller caller = Caller.fromClaims("u-1", Map.of("roles", java.util.List.of("OFFICER", "LEADER", "SOMETHING_ELSE"),
                "scope_unit", "26560", "name", "Cán bộ MTTQ Phường Bà Rịa", "preferred_username", "can-bo-ba-ria"));
        assertThat(caller.roles()).containsExactlyInAnyOrder(Role.OFFICER, Role.LEADER);
        assertThat(caller.scopeUnit()).isEqualTo("26560");
        assertThat(caller.actor().userId()).isEqualTo("u-1");
        assertThat(caller.actor().role()).isEqualTo("LEADER");
    }
}
