package vn.doanket.membership.api;

import org.junit.jupiter.api.Test;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventTypes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published JSON of membership's events is a contract with every consumer: a change
 * that alters it fails here. Add a new golden file (and raise the schema version) instead.
 */
class PublishedEventsGoldenTest {

    @Test
    void residentialAreaRegistered() throws IOException {
        ResidentialAreaRegisteredEvent event = new ResidentialAreaRegisteredEvent(
                "26560-7K3M9Q2X", "26560", "Khu phố Long Hương", ResidentialAreaKind.KHU_PHO, LocalDate.of(2026, 11, 18));
        String golden = golden("golden/ResidentialAreaRegistered-v1.json");
        assertThat(EnvelopeCodec.toTree(event)).isEqualTo(EnvelopeCodec.mapper().readTree(golden));
        assertThat(EnvelopeCodec.mapper().readValue(golden, ResidentialAreaRegisteredEvent.class)).isEqualTo(event);
        assertThat(EventTypes.nameOf(ResidentialAreaRegisteredEvent.class)).isEqualTo("ResidentialAreaRegistered");
        assertThat(EventTypes.schemaVersionOf(ResidentialAreaRegisteredEvent.class)).isEqualTo(1);
        assertThat(event.unitCode()).isEqualTo("26560");
    }

    @Test
    void workCommitteeEvents() throws IOException {
        String id = "26560-KP01/2024";
        String area = "26560-KP01";
        assertGolden("WorkCommitteeEstablished", new WorkCommitteeEstablishedEvent(id, area, LocalDate.of(2024, 10, 1),
                LocalDate.of(2029, 9, 30), 2, 5, "12/QĐ-MTTQ", LocalDate.of(2024, 10, 1)));
        assertGolden("MemberAppointed", new MemberAppointedEvent(id, area, "p-7f3a", Position.HEAD,
                MemberOrganisation.VILLAGE_HEAD, LocalDate.of(2024, 10, 2), "13/QĐ-MTTQ"));
        assertGolden("MemberPositionChanged", new MemberPositionChangedEvent(id, area, "p-7f3a", Position.DEPUTY,
                Position.HEAD, LocalDate.of(2025, 3, 16), "21/QĐ-MTTQ"));
        assertGolden("MemberDismissed", new MemberDismissedEvent(id, area, "p-7f3a", Position.MEMBER,
                LocalDate.of(2025, 3, 15), "Chuyển nơi cư trú", "22/QĐ-MTTQ"));
        assertGolden("WorkCommitteeConsolidated", new WorkCommitteeConsolidatedEvent(id, area, LocalDate.of(2025, 3, 15),
                "30/QĐ-MTTQ"));
        assertGolden("WorkCommitteeDissolved", new WorkCommitteeDissolvedEvent(id, area, LocalDate.of(2025, 3, 15),
                "Khu dân cư sáp nhập"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("samples")
    void areaPersonRecognitionAndReorganisationEvents(String eventType, vn.doanket.events.DomainEvent event) throws IOException {
        String golden = golden("golden/" + eventType + "-v1.json");
        assertThat(EnvelopeCodec.toTree(event)).as(eventType).isEqualTo(EnvelopeCodec.mapper().readTree(golden));
        assertThat(EnvelopeCodec.mapper().readValue(golden, event.getClass())).as(eventType).isEqualTo(event);
        assertThat(EventTypes.nameOf(event.getClass())).isEqualTo(eventType);
        assertThat(EventTypes.schemaVersionOf(event.getClass())).isEqualTo(1);
        assertThat(event.unitCode()).as(eventType).isNotBlank();
    }

    @Test
    void publishedPeopleEventsCarryNoNameOrPhone() {
        for (Class<?> type : new Class<?>[] {PersonRegisteredEvent.class, PersonUpdatedEvent.class}) {
            assertThat(java.util.Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName))
                    .as(type.getSimpleName()).doesNotContain("fullName", "name", "phone");
        }
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> samples() {
        return GoldenSamples.all().entrySet().stream()
                .map(e -> org.junit.jupiter.params.provider.Arguments.of(e.getKey(), e.getValue()));
    }

    private static void assertGolden(String eventType, vn.doanket.events.DomainEvent event) throws IOException {
        String golden = golden("golden/" + eventType + "-v1.json");
        assertThat(EnvelopeCodec.toTree(event)).as(eventType).isEqualTo(EnvelopeCodec.mapper().readTree(golden));
        assertThat(EnvelopeCodec.mapper().readValue(golden, event.getClass())).as(eventType).isEqualTo(event);
        assertThat(EventTypes.nameOf(event.getClass())).isEqualTo(eventType);
        assertThat(event.unitCode()).isEqualTo("26560-KP01");
    }

    private static String golden(String path) throws IOException {
        try (InputStream in = PublishedEventsGoldenTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
