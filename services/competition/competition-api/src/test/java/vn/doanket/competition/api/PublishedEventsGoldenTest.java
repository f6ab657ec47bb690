package vn.doanket.competition.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.doanket.events.DomainEvent;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventTypes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published JSON of competition's events is a contract with every consumer (the dashboard first): a change that
 * alters it fails here. Add a new golden file (and raise the schema version) instead. Regenerate the golden files of
 * new events with {@code -Ddoanket.golden.write=true} and review them.
 */
class PublishedEventsGoldenTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static Stream<Arguments> samples() {
        return GoldenSamples.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theGoldenJsonIsTheEventsPublishedForm(String eventType, DomainEvent event) throws IOException {
        String file = "golden/" + eventType + "-v1.json";
        if (Boolean.getBoolean("doanket.golden.write")) {
            Files.writeString(GOLDEN.resolve(eventType + "-v1.json"),
                    EnvelopeCodec.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(event) + "\n");
        }
        String golden = golden(file);
        assertThat(EnvelopeCodec.toTree(event)).as(eventType).isEqualTo(EnvelopeCodec.mapper().readTree(golden));
        assertThat(EnvelopeCodec.mapper().readValue(golden, event.getClass())).as(eventType).isEqualTo(event);
        assertThat(EventTypes.nameOf(event.getClass())).isEqualTo(eventType);
        assertThat(EventTypes.schemaVersionOf(event.getClass())).isEqualTo(1);
        assertThat(event.unitCode()).as(eventType).isNotBlank();
        assertThat(CompetitionEvents.byType(eventType)).contains(event.getClass());
    }

    @Test
    void everyPublishedEventHasASampleAndNoneCarriesANameOrASheet() {
        assertThat(GoldenSamples.all().keySet()).containsExactlyInAnyOrderElementsOf(
                CompetitionEvents.ALL.stream().map(EventTypes::nameOf).toList());
        for (Class<? extends DomainEvent> type : CompetitionEvents.ALL) {
            assertThat(Arrays.stream(type.getRecordComponents()).map(c -> c.getName()))
                    .as(type.getSimpleName())
                    .doesNotContain("fullName", "recipientName", "holderName", "phone", "scores", "points");
        }
    }

    private static String golden(String path) throws IOException {
        try (InputStream in = PublishedEventsGoldenTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return Files.readString(Path.of("src", "test", "resources", path));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
