package vn.doanket.feedback.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import vn.doanket.calendar.WorkingCalendar;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.feedback.api.*;
import vn.doanket.territory.Territory;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The upcasters fill stored events deterministically from their own data (and the map of their own day). */
class PetitionEventUpcastersTest {

    static final Territory TERRITORY = Territory.loadOfficial(Clock.fixed(
            LocalDate.of(2027, 1, 29).atTime(9, 0).atZone(Territory.ZONE).toInstant(), Territory.ZONE));
    static final FeedbackRules RULES = new FeedbackRules(new FeedbackProperties(), TERRITORY, WorkingCalendar.official());

    @Test
    void receivedEventsOfVersions1And2GetTheLevelAndUnitOfTheirOwnUnitCode() throws IOException {
        for (String version : new String[]{"v1", "v2"}) {
            ObjectNode stored = golden("PetitionReceived-" + version + ".json");
            assertThat(stored.has("handlingLevel")).isFalse();
            PetitionReceivedEvent read = EnvelopeCodec.mapper().treeToValue(
                    PetitionEventUpcasters.ReceivedV3.fill(stored), PetitionReceivedEvent.class);
            assertThat(read.handlingLevel()).as(version).isEqualTo(HandlingLevel.COMMUNE);
            assertThat(read.handlingUnit()).as(version).isEqualTo("26560");
        }
        for (String[] unit : new String[][]{{"VN", "NATIONAL", "VN"}, {"79", "PROVINCE", "79"}, {"26560", "COMMUNE", "26560"}}) {
            ObjectNode stored = golden("PetitionReceived-v2.json").put("unitCode", unit[0]);
            JsonNode upcast = PetitionEventUpcasters.ReceivedV3.fill(stored);
            assertThat(upcast.get("handlingLevel").asText()).isEqualTo(unit[1]);
            assertThat(upcast.get("handlingUnit").asText()).isEqualTo(unit[2]);
        }
    }

    @Test
    void receivedEventsOfVersions1To3AreReadWithAnExplicitlyEmptyProvenance() throws IOException {
        for (String version : new String[]{"v1", "v2", "v3"}) {
            ObjectNode stored = golden("PetitionReceived-" + version + ".json");
            stored.remove("provenance");
            JsonNode upcast = PetitionEventUpcasters.ReceivedV4.fill(PetitionEventUpcasters.ReceivedV3.fill(stored));
            assertThat(upcast.has("provenance")).as(version).isTrue();
            assertThat(upcast.get("provenance").isNull()).as(version).isTrue();
            assertThat(EnvelopeCodec.mapper().treeToValue(upcast, PetitionReceivedEvent.class).provenance()).isNull();
        }
        // a version-4 event passes through unchanged, provenance and all
        ObjectNode v4 = EnvelopeCodec.mapper().valueToTree(new PetitionReceivedEvent("PA-1", "26560", Channel.CONFERENCE,
                "LAND", "a", "b", false, false, null, LocalDate.of(2027, 1, 29), java.util.List.of(), null, null, "26560",
                LocalDate.of(2027, 1, 29), false, HandlingLevel.COMMUNE, "26560",
                PetitionProvenance.conference("HN-1", "YK-1", "DB-1")));
        assertThat(PetitionEventUpcasters.ReceivedV4.fill(v4.deepCopy())).isEqualTo(v4);
        assertThat(v4.at("/provenance/source").asText()).isEqualTo("conference");
    }

    @Test
    void eventsThatRecordTheirDecisionsPassThroughUnchanged() throws IOException {
        ObjectNode v3 = golden("PetitionReceived-v3.json").put("handlingLevel", "PROVINCE").put("handlingUnit", "79");
        assertThat(PetitionEventUpcasters.ReceivedV3.fill(v3.deepCopy())).isEqualTo(v3);
        ObjectNode classified = golden("PetitionClassified-v2.json");
        assertThat(new PetitionEventUpcasters.ClassifiedV2(RULES).fill(classified.deepCopy(), LocalDate.of(2030, 1, 1)))
                .isEqualTo(classified);
    }

    @Test
    void aClassificationOfVersion1GetsTheUnitOnTheMapOfItsOwnDay() throws IOException {
        PetitionEventUpcasters.ClassifiedV2 upcaster = new PetitionEventUpcasters.ClassifiedV2(RULES);
        ObjectNode atCommune = golden("PetitionClassified-v1.json");
        assertThat(upcaster.fill(atCommune, LocalDate.of(2027, 1, 29)).get("handlingUnit").asText()).isEqualTo("26560");
        // a province-level classification of 2024: Bà Rịa–Vũng Tàu (77) on the map of its day, never today's 79
        ObjectNode of2024 = golden("PetitionClassified-v1.json").put("level", "PROVINCE");
        assertThat(upcaster.fill(of2024.deepCopy(), LocalDate.of(2024, 5, 6)).get("handlingUnit").asText()).isEqualTo("77");
        assertThat(upcaster.fill(of2024.deepCopy(), LocalDate.of(2026, 5, 6)).get("handlingUnit").asText()).isEqualTo("79");
        // a pre-2025 commune classified after the reform: read as it last existed, on the map of its day
        ObjectNode closedCommune = golden("PetitionClassified-v1.json").put("level", "PROVINCE").put("unitCode", "26548");
        assertThat(upcaster.fill(closedCommune, LocalDate.of(2025, 8, 1)).get("handlingUnit").asText()).isEqualTo("79");
        ObjectNode national = golden("PetitionClassified-v1.json").put("level", "NATIONAL");
        assertThat(upcaster.fill(national, LocalDate.of(2024, 5, 6)).get("handlingUnit").asText()).isEqualTo("VN");
    }

    /** The stored JSON of an event of a given schema (as in feedback-api's golden files). */
    static ObjectNode golden(String name) {
        LocalDate day = LocalDate.of(2027, 1, 29);
        ObjectNode node;
        if (name.startsWith("PetitionReceived")) {
            node = EnvelopeCodec.mapper().valueToTree(new PetitionReceivedEvent("PA-26560-0001", "26560-KP01",
                    Channel.DIRECT_VISIT, "LAND", "Lấn chiếm lối đi", "Nội dung", false, true, "u-can-bo-ba-ria", day,
                    java.util.List.of(), null, null, "26560", day, false, HandlingLevel.COMMUNE, "26560"));
        } else {
            node = EnvelopeCodec.mapper().valueToTree(new PetitionClassifiedEvent("PA-26560-0001", "26560-KP01",
                    "LAND", "OTHER", name.endsWith("v2.json") ? HandlingLevel.PROVINCE : HandlingLevel.COMMUNE,
                    null, null, "26560", "79"));
        }
        if (name.endsWith("v1.json") || name.startsWith("PetitionReceived-v2")) {
            node.remove(java.util.List.of("handlingLevel", "handlingUnit"));
        }
        if (name.equals("PetitionReceived-v1.json")) {
            node.remove(java.util.List.of("recordedOn", "recordedLate"));
        }
        return node;
    }
}
