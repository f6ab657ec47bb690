package vn.doanket.competition.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.doanket.events.DomainEvent;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventTypes;
import vn.doanket.testing.events.EventSchemas;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The event catalogue ({@code competition-api/src/main/resources/schemas/<Type>-v1.schema.json}, JSON Schema 2020-12,
 * shipped in the jar as {@code schemas/…}) documents
 * every published competition event: each golden JSON validates against its schema, and each schema is the one derived
 * from the event record (a record change without a catalogue change fails). Regenerate with
 * {@code -Ddoanket.catalogue.write=true}.
 */
class EventCatalogueTest {

    static final Path CATALOGUE = Path.of("src", "main", "resources", "schemas");

    /** Components that may be null on the wire, as {@code Record.component}. */
    static final Set<String> NULLABLE = Set.of("ContestCreatedEvent.rules", "TieBreak.criterionId",
            "ContestantNominatedEvent.personId", "ContestantNominatedEvent.committeeId", "PrizeAwardedEvent.reason",
            "ContestResultCorrectedEvent.previousTier", "ContestResultCorrectedEvent.newTier",
            "MovementLaunchedEvent.description", "UnitRegisteredForMovementEvent.pledge",
            "MovementProgressReportedEvent.summary", "MovementUnitEvaluatedEvent.note", "CommendationGrantedEvent.personId",
            "CommendationGrantedEvent.basisId", "GiftRecordedEvent.personId", "GiftRecordedEvent.inKind",
            "GiftRecordedEvent.replacesGiftId", "GiftReversedEvent.replacedByGiftId");
    static final EventSchemas SCHEMAS = EventSchemas.of("competition").nullableQualified(NULLABLE);

    static Stream<Class<? extends DomainEvent>> events() {
        return CompetitionEvents.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void theGoldenJsonValidatesAgainstTheCatalogueSchema(Class<? extends DomainEvent> event) throws IOException {
        String type = EventTypes.nameOf(event);
        JsonSchema schema = SCHEMAS.checkCatalogueEntry(CATALOGUE, event);
        JsonNode golden = EventSchemas.read(Path.of("src", "test", "resources", "golden", type + "-v1.json"));
        EventSchemas.assertValid(schema, golden, type);
        EventSchemas.assertValid(schema, EnvelopeCodec.toTree(GoldenSamples.all().get(type)), type);
        // and the schema is strict: an unknown field or a missing one is refused
        EventSchemas.assertRefusesAnUnknownField(schema, golden);
        ObjectNode missing = golden.deepCopy();
        missing.remove("unitCode");
        EventSchemas.assertRefused(schema, missing, "a missing field is refused");
    }
}
