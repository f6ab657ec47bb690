package vn.doanket.membership.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventTypes;
import vn.doanket.testing.events.EventSchemas;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event catalogue ({@code docs/events/membership/<Type>-v1.schema.json}, JSON Schema 2020-12) documents every
 * published membership event: each golden JSON validates against its schema, and each schema is the one derived from
 * the event record (so a record change without a catalogue change fails). Regenerate the catalogue with
 * {@code -Ddoanket.catalogue.write=true}.
 */
class EventCatalogueTest {

    static final Path CATALOGUE = Path.of("..", "..", "..", "docs", "events", "membership");
    /** Components that may be null on the wire. */
    static final Set<String> NULLABLE = Set.of("religion", "existedFrom");
    static final EventSchemas SCHEMAS = EventSchemas.of("membership").nullable(NULLABLE);

    static final List<Class<? extends Record>> EVENTS = List.of(
            ResidentialAreaRegisteredEvent.class, ResidentialAreaRenamedEvent.class, ResidentialAreaMergedEvent.class,
            ResidentialAreaSplitEvent.class, WorkCommitteeEstablishedEvent.class, MemberAppointedEvent.class,
            MemberPositionChangedEvent.class, MemberDismissedEvent.class, WorkCommitteeConsolidatedEvent.class,
            WorkCommitteeDissolvedEvent.class, PersonRegisteredEvent.class, PersonUpdatedEvent.class,
            PrestigiousPersonRecognisedEvent.class, PrestigiousPersonRecognitionEndedEvent.class,
            ReorganisationDecisionRecordedEvent.class);

    static Stream<Class<? extends Record>> events() {
        return EVENTS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void theGoldenJsonValidatesAgainstTheCatalogueSchema(Class<? extends Record> event) throws IOException {
        String type = EventTypes.nameOf(event);
        JsonSchema schema = SCHEMAS.checkCatalogueEntry(CATALOGUE, event);
        JsonNode golden = EnvelopeCodec.mapper().readTree(golden("golden/" + type + "-v1.json"));
        EventSchemas.assertValid(schema, golden, type);
        // and the schema is strict: an unknown field or a wrong type is refused
        EventSchemas.assertRefusesAnUnknownField(schema, golden);
    }

    private static String golden(String path) throws IOException {
        try (InputStream in = EventCatalogueTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
