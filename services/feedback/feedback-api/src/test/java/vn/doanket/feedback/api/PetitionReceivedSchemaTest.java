package vn.doanket.feedback.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import org.junit.jupiter.api.Test;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.testing.events.EventSchemas;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schema of {@code PetitionReceived} ({@code services/feedback/docs/events/PetitionReceived-v4.schema.json},
 * JSON Schema 2020-12, derived from the record like membership's event catalogue): the schema is the one derived
 * from the record (a record change without a schema change fails), the v4 golden JSON validates against it, a v3
 * event read with {@code provenance: null} (as the upcaster gives it) validates too, and the schema is strict.
 * Regenerate with {@code -Ddoanket.catalogue.write=true}.
 */
class PetitionReceivedSchemaTest {

    static final Path CATALOGUE = Path.of("..", "docs", "events");
    /** Components that may be null on the wire. */
    static final Set<String> NULLABLE = Set.of("enteredOnBehalfBy", "conference", "splitFrom", "recordedOn",
            "recordedLate", "handlingLevel", "handlingUnit", "provenance", "sha256", "mediaType", "title", "heldOn",
            "opinionRef", "actingUnit");
    static final EventSchemas SCHEMAS = EventSchemas.of("feedback").nullable(NULLABLE).nullableBooleans()
            .nullableRecordsAsAnyOf();

    @Test
    void theCatalogueSchemaIsDerivedFromTheRecordAndTheGoldenJsonValidates() throws IOException {
        JsonSchema schema = SCHEMAS.checkCatalogueEntry(CATALOGUE, PetitionReceivedEvent.class);
        JsonNode v4 = EnvelopeCodec.mapper().readTree(golden("golden/PetitionReceived-v4.json"));
        EventSchemas.assertValid(schema, v4, "the v4 golden JSON");
        EventSchemas.assertValid(schema, EnvelopeCodec.toTree(PublishedEventsGoldenTest.received()), "a received event");
        // a stored version-3 event as consumers read it now (upcast: provenance null)
        ObjectNode v3 = (ObjectNode) EnvelopeCodec.mapper().readTree(golden("golden/PetitionReceived-v3.json"));
        v3.putNull("provenance");
        EventSchemas.assertValid(schema, v3, "a v3 event upcast");
        // strict: an unknown field, a provenance without its ids, a wrong channel are refused
        EventSchemas.assertRefusesAnUnknownField(schema, v4);
        ObjectNode partial = v4.deepCopy();
        ((ObjectNode) partial.get("provenance")).remove("opinionId");
        EventSchemas.assertRefused(schema, partial, "a provenance without its ids is refused");
        ObjectNode channel = v4.deepCopy();
        channel.put("channel", "FAX");
        EventSchemas.assertRefused(schema, channel, "a wrong channel is refused");
    }

    private static String golden(String path) throws IOException {
        try (InputStream in = PetitionReceivedSchemaTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
