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

    private static String golden(String path) throws IOException {
        try (InputStream in = PublishedEventsGoldenTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
