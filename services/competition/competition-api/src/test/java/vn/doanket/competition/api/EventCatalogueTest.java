package vn.doanket.competition.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.doanket.events.DomainEvent;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventTypes;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

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

    static Stream<Class<? extends DomainEvent>> events() {
        return CompetitionEvents.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void theGoldenJsonValidatesAgainstTheCatalogueSchema(Class<? extends DomainEvent> event) throws IOException {
        String type = EventTypes.nameOf(event);
        Path file = CATALOGUE.resolve(type + "-v" + EventTypes.schemaVersionOf(event) + ".schema.json");
        @SuppressWarnings("unchecked")
        JsonNode derived = schemaOf((Class<? extends Record>) event);
        if (Boolean.getBoolean("doanket.catalogue.write")) {
            Files.createDirectories(CATALOGUE);
            Files.writeString(file, EnvelopeCodec.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(derived) + "\n");
        }
        assertThat(file).as("catalogue entry of " + type).exists();
        JsonNode documented = EnvelopeCodec.mapper().readTree(Files.readString(file));
        assertThat(documented).as("catalogue schema of " + type + " is the one derived from the record").isEqualTo(derived);

        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(documented);
        JsonNode golden = EnvelopeCodec.mapper().readTree(Files.readString(
                Path.of("src", "test", "resources", "golden", type + "-v1.json")));
        Set<ValidationMessage> errors = schema.validate(golden);
        assertThat(errors).as(type).isEmpty();
        assertThat(schema.validate(EnvelopeCodec.toTree(GoldenSamples.all().get(type)))).as(type).isEmpty();
        // and the schema is strict: an unknown field or a missing one is refused
        ObjectNode extra = golden.deepCopy();
        extra.put("surprise", 1);
        assertThat(schema.validate(extra)).isNotEmpty();
        ObjectNode missing = golden.deepCopy();
        missing.remove("unitCode");
        assertThat(schema.validate(missing)).isNotEmpty();
    }

    static JsonNode schemaOf(Class<? extends Record> event) {
        ObjectNode schema = object(event);
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://doanket.vn/events/competition/" + EventTypes.nameOf(event) + "-v"
                + EventTypes.schemaVersionOf(event) + ".schema.json");
        root.put("title", EventTypes.nameOf(event));
        root.put("description", "Published on doanket.competition.events (key: aggregate id), payload of the envelope; "
                + "Java record " + event.getName());
        root.setAll(schema);
        return root;
    }

    private static ObjectNode object(Class<?> record) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        for (RecordComponent c : record.getRecordComponents()) {
            properties.set(c.getName(), type(c.getGenericType(),
                    NULLABLE.contains(record.getSimpleName() + "." + c.getName())));
            required.add(c.getName());
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private static ObjectNode type(Type type, boolean nullable) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            node.put("type", "array");
            node.set("items", type(p.getActualTypeArguments()[0], false));
            return node;
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            scalar(node, "string", nullable);
            node.put("minLength", nullable ? 0 : 1);
        } else if (c == LocalDate.class) {
            scalar(node, "string", nullable);
            node.put("format", "date");
            node.put("pattern", "^\\d{4}-\\d{2}-\\d{2}$");
        } else if (c == int.class || c == long.class) {
            node.put("type", "integer");
        } else if (c == boolean.class) {
            node.put("type", "boolean");
        } else if (c.isEnum()) {
            ArrayNode values = node.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            if (nullable) {
                values.addNull();
            }
        } else if (c.isRecord()) {
            return object(c);
        } else {
            throw new IllegalArgumentException("no schema for " + c);
        }
        return node;
    }

    private static void scalar(ObjectNode node, String type, boolean nullable) {
        if (nullable) {
            node.putArray("type").add(type).add("null");
        } else {
            node.put("type", type);
        }
    }
}
