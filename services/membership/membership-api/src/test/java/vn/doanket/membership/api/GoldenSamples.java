package vn.doanket.membership.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One sample of every event published by membership since the second round of the published language, keyed by
 * event type. Each has a golden JSON file {@code golden/<type>-v1.json} and a JSON Schema
 * {@code schemas/<type>-v1.schema.json}. The historical ward 26551 (Phường Phước Hiệp) and its decision number are
 * illustrative: the code is free in the shipped snapshot.
 */
final class GoldenSamples {

    private GoldenSamples() {
    }

    static final String AREA = "26560-KP01";

    static Map<String, DomainEvent> all() {
        Map<String, DomainEvent> samples = new LinkedHashMap<>();
        samples.put("ResidentialAreaRenamed", new ResidentialAreaRenamedEvent(AREA, "26560", "Khu phố 1",
                "Khu phố Long Hương", ResidentialAreaKind.KHU_PHO, LocalDate.of(2025, 9, 1), "45/QĐ-UBND"));
        samples.put("ResidentialAreaMerged", new ResidentialAreaMergedEvent("26560-KP02", "26560", AREA,
                List.of("26560-KP02", "26560-KP03"), LocalDate.of(2025, 8, 1), "38/QĐ-UBND"));
        samples.put("ResidentialAreaSplit", new ResidentialAreaSplitEvent("26560-KP04", "26560",
                List.of("26560-KP05", "26560-KP06"), LocalDate.of(2026, 1, 1), "02/QĐ-UBND"));
        samples.put("PersonRegistered", new PersonRegisteredEvent("p-7f3a", "26560", Gender.FEMALE, 1968, "Kinh",
                "Phật giáo", true, LocalDate.of(2024, 10, 1)));
        samples.put("PersonUpdated", new PersonUpdatedEvent("p-7f3a", "26560", Gender.FEMALE, 1968, "Hoa", null,
                true, LocalDate.of(2025, 2, 3)));
        samples.put("PrestigiousPersonRecognised", new PrestigiousPersonRecognisedEvent(AREA + "/p-7f3a", "p-7f3a",
                AREA, LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31), "15/QĐ-UBND"));
        samples.put("PrestigiousPersonRecognitionEnded", new PrestigiousPersonRecognitionEndedEvent(AREA + "/p-7f3a",
                "p-7f3a", AREA, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 6, 1), "Chuyển nơi cư trú",
                "61/QĐ-UBND"));
        samples.put("ReorganisationDecisionRecorded", new ReorganisationDecisionRecordedEvent("837_NQ-UBTVQH14",
                "837/NQ-UBTVQH14", ReorganisationKind.MERGER, LocalDate.of(2020, 1, 1), "748",
                List.of(new ReorganisedUnit("26551", "Phường Phước Hiệp", UnitLevel.COMMUNE, "Phường", "748",
                        UnitOrigin.HISTORICAL, LocalDate.of(1994, 7, 2))),
                List.of(new ReorganisedUnit("26560", "Phường Phước Trung", UnitLevel.COMMUNE, "Phường", "748",
                        UnitOrigin.ON_MAP, null)),
                List.of(new UnitTransfer("26551", "26560", false))));
        return samples;
    }
}
