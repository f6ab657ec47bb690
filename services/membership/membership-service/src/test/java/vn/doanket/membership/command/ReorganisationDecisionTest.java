package vn.doanket.membership.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.doanket.events.error.DomainException;
import vn.doanket.membership.api.RecordReorganisationDecisionCommand;
import vn.doanket.membership.api.ReorganisationDecisionRecordedEvent;
import vn.doanket.membership.api.ReorganisationKind;
import vn.doanket.membership.api.ReorganisedUnit;
import vn.doanket.membership.api.UnitLevel;
import vn.doanket.membership.api.UnitOrigin;
import vn.doanket.membership.api.UnitTransfer;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

/**
 * Reorganisation decisions of official units, checked against the snapshot: a historical ward of the former Bà Rịa
 * city is accepted (illustrative: code 26551 is free in the snapshot); a historical unit that exists, a name or
 * date that contradicts the snapshot, or territory that cannot move are rejected with a reason.
 */
class ReorganisationDecisionTest {

    static final LocalDate DAY = LocalDate.of(2020, 1, 1);
    static final ReorganisedUnit PHUOC_HIEP = new ReorganisedUnit("26551", "Phường Phước Hiệp", UnitLevel.COMMUNE,
            "Phường", "748", UnitOrigin.HISTORICAL, LocalDate.of(1994, 7, 2));
    static final ReorganisedUnit PHUOC_TRUNG = new ReorganisedUnit("26560", "Phường Phước Trung", UnitLevel.COMMUNE,
            "Phường", "748", UnitOrigin.ON_MAP, null);
    static Territory territory;
    FixtureConfiguration<ReorganisationDecision> fixture;

    @BeforeAll
    static void load() {
        territory = Territory.loadOfficial();
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReorganisationDecision.class);
        fixture.registerInjectableResource(territory);
    }

    static RecordReorganisationDecisionCommand merger(String number, List<ReorganisedUnit> predecessors,
                                                      ReorganisedUnit successor, LocalDate day) {
        return new RecordReorganisationDecisionCommand(ReorganisationDecision.idOf(number), number,
                ReorganisationKind.MERGER, day, predecessors, List.of(successor), List.of());
    }

    @Test
    void recordsAHistoricalMergerWithDerivedTransfers() {
        fixture.givenNoPriorActivity()
                .when(merger("837/NQ-UBTVQH14", List.of(PHUOC_HIEP), PHUOC_TRUNG, DAY))
                .expectEvents(new ReorganisationDecisionRecordedEvent("837_NQ-UBTVQH14", "837/NQ-UBTVQH14",
                        ReorganisationKind.MERGER, DAY, "748", List.of(PHUOC_HIEP), List.of(PHUOC_TRUNG),
                        List.of(new UnitTransfer("26551", "26560", false))));
    }

    @Test
    void recordsARenameAfterTheReform() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        ReorganisedUnit before = new ReorganisedUnit("26560", "Phường Bà Rịa", UnitLevel.COMMUNE, "Phường", "79",
                UnitOrigin.ON_MAP, null);
        ReorganisedUnit after = new ReorganisedUnit("26560", "Phường Bà Rịa Mới", UnitLevel.COMMUNE, "Phường", "79",
                UnitOrigin.NEW, null);
        fixture.givenNoPriorActivity()
                .when(new RecordReorganisationDecisionCommand("99_NQ-HĐND", "99/NQ-HĐND", ReorganisationKind.RENAME, day,
                        List.of(before), List.of(after), List.of()))
                .expectEvents(new ReorganisationDecisionRecordedEvent("99_NQ-HĐND", "99/NQ-HĐND", ReorganisationKind.RENAME,
                        day, "79", List.of(before), List.of(after), List.of(new UnitTransfer("26560", "26560", false))));
    }

    @Test
    void rejectsAHistoricalUnitThatAlreadyExists() {
        ReorganisedUnit existing = new ReorganisedUnit("26554", "Phường Phước Nguyên", UnitLevel.COMMUNE, "Phường",
                "748", UnitOrigin.HISTORICAL, null);
        fixture.givenNoPriorActivity()
                .when(merger("1/NQ", List.of(existing), PHUOC_TRUNG, DAY))
                .expectException(DomainException.class)
                .expectExceptionMessage(allOf(containsString("historical-unit-exists"), containsString("Phường Phước Nguyên")))
                .expectNoEvents();
    }

    @Test
    void rejectsADecisionThatContradictsTheSnapshot() {
        // wrong name for the code
        ReorganisedUnit misnamed = new ReorganisedUnit("26554", "Phường Long Toàn", UnitLevel.COMMUNE, "Phường", "748",
                UnitOrigin.ON_MAP, null);
        fixture.givenNoPriorActivity().when(merger("2/NQ", List.of(misnamed), PHUOC_TRUNG, DAY))
                .expectException(DomainException.class)
                .expectExceptionMessage(allOf(containsString("contradicts-snapshot"), containsString("Phường Phước Nguyên")))
                .expectNoEvents();
        // the snapshot has Phước Nguyên until the 2025 reform: it cannot have been merged away in 2020
        ReorganisedUnit phuocNguyen = new ReorganisedUnit("26554", "Phường Phước Nguyên", UnitLevel.COMMUNE, "Phường",
                "748", UnitOrigin.ON_MAP, null);
        fixture.givenNoPriorActivity().when(merger("3/NQ", List.of(phuocNguyen), PHUOC_TRUNG, DAY))
                .expectException(DomainException.class)
                .expectExceptionMessage(allOf(containsString("contradicts-snapshot"), containsString("2025-06-30")));
        // a successor that does not exist on the effective date
        ReorganisedUnit nowhere = new ReorganisedUnit("26999", "Phường Không Có", UnitLevel.COMMUNE, "Phường", "748",
                UnitOrigin.ON_MAP, null);
        fixture.givenNoPriorActivity().when(merger("4/NQ", List.of(PHUOC_HIEP), nowhere, DAY))
                .expectException(DomainException.class).expectExceptionMessage(containsString("contradicts-snapshot"));
        // a historical ward whose parent district did not exist (the territory refuses to place it)
        ReorganisedUnit orphan = new ReorganisedUnit("26551", "Phường Phước Hiệp", UnitLevel.COMMUNE, "Phường", "999",
                UnitOrigin.HISTORICAL, null);
        fixture.givenNoPriorActivity().when(merger("5/NQ", List.of(orphan), PHUOC_TRUNG, DAY))
                .expectException(DomainException.class).expectExceptionMessage(containsString("contradicts-snapshot"));
    }

    @Test
    void rejectsMalformedDecisions() {
        fixture.givenNoPriorActivity()
                .when(new RecordReorganisationDecisionCommand("X", "837/NQ-UBTVQH14", ReorganisationKind.MERGER, DAY,
                        List.of(PHUOC_HIEP), List.of(PHUOC_TRUNG), List.of()))
                .expectException(DomainException.class).expectExceptionMessage(containsString("invalid-decision-id"));
        fixture.givenNoPriorActivity()
                .when(new RecordReorganisationDecisionCommand("6_NQ", "6/NQ", ReorganisationKind.SPLIT, DAY,
                        List.of(PHUOC_HIEP), List.of(PHUOC_TRUNG), List.of()))
                .expectException(DomainException.class).expectExceptionMessage(containsString("invalid-shape"));
        fixture.givenNoPriorActivity()
                .when(merger("7/NQ", List.of(PHUOC_HIEP), new ReorganisedUnit("26551", "Phường Phước Hiệp",
                        UnitLevel.COMMUNE, "Phường", "748", UnitOrigin.HISTORICAL, null), DAY))
                .expectException(DomainException.class).expectExceptionMessage(containsString("invalid-successor"));
        fixture.givenNoPriorActivity()
                .when(merger("8/NQ", List.of(new ReorganisedUnit("26551", "Phường Phước Hiệp", UnitLevel.DISTRICT,
                        "Phường", "748", UnitOrigin.HISTORICAL, null)), PHUOC_TRUNG, DAY))
                .expectException(DomainException.class).expectExceptionMessage(containsString("mixed-levels"));
        fixture.givenNoPriorActivity()
                .when(merger("9/NQ", List.of(new ReorganisedUnit("2655", "Phường Phước Hiệp", UnitLevel.COMMUNE,
                        "Phường", "748", UnitOrigin.HISTORICAL, null)), PHUOC_TRUNG, DAY))
                .expectException(DomainException.class).expectExceptionMessage(containsString("invalid-unit"));
    }
}
