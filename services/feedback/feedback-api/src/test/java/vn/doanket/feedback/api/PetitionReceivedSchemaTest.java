package vn.doanket.feedback.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventTypes;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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

    @Test
    void theCatalogueSchemaIsDerivedFromTheRecordAndTheGoldenJsonValidates() throws IOException {
        Class<PetitionReceivedEvent> event = PetitionReceivedEvent.class;
        String type = EventTypes.nameOf(event);
        Path file = CATALOGUE.resolve(type + "-v" + EventTypes.schemaVersionOf(event) + ".schema.json");
        JsonNode derived = schemaOf(event);
        if (Boolean.getBoolean("doanket.catalogue.write")) {
            Files.createDirectories(CATALOGUE);
            Files.writeString(file, EnvelopeCodec.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(derived) + "\n");
        }
        assertThat(file).as("schema of " + type).exists();
        JsonNode documented = EnvelopeCodec.mapper().readTree(Files.readString(file));
        assertThat(documented).as("the schema of " + type + " is the one derived from the record").isEqualTo(derived);

        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(documented);
        JsonNode v4 = EnvelopeCodec.mapper().readTree(golden("golden/PetitionReceived-v4.json"));
        assertThat(schema.validate(v4)).isEmpty();
        assertThat(schema.validate(EnvelopeCodec.toTree(PublishedEventsGoldenTest.received()))).isEmpty();
        // a stored version-3 event as consumers read it now (upcast: provenance null)
        ObjectNode v3 = (ObjectNode) EnvelopeCodec.mapper().readTree(golden("golden/PetitionReceived-v3.json"));
        v3.putNull("provenance");
        assertThat(schema.validate(v3)).isEmpty();
        // strict: an unknown field, a provenance without its ids, a wrong channel are refused
        ObjectNode extra = v4.deepCopy();
        extra.put("surprise", 1);
        assertThat(schema.validate(extra)).isNotEmpty();
        ObjectNode partial = v4.deepCopy();
        ((ObjectNode) partial.get("provenance")).remove("opinionId");
        assertThat(schema.validate(partial)).isNotEmpty();
        ObjectNode channel = v4.deepCopy();
        channel.put("channel", "FAX");
        assertThat(schema.validate(channel)).isNotEmpty();
    }

    static JsonNode schemaOf(Class<? extends Record> event) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://doanket.vn/events/feedback/" + EventTypes.nameOf(event) + "-v"
                + EventTypes.schemaVersionOf(event) + ".schema.json");
        root.put("title", EventTypes.nameOf(event));
        root.put("description", "Published on doanket.feedback.events (key: aggregate id), payload of the envelope; "
                + "Java record " + event.getName());
        root.setAll(object(event));
        return root;
    }

    private static ObjectNode object(Class<?> record) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        for (RecordComponent c : record.getRecordComponents()) {
            properties.set(c.getName(), type(c.getGenericType(), NULLABLE.contains(c.getName())));
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
        } else if (c == boolean.class || c == Boolean.class) {
            scalar(node, "boolean", nullable);
        } else if (c.isEnum()) {
            ArrayNode values = node.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            if (nullable) {
                values.addNull();
            }
        } else if (c.isRecord()) {
            if (!nullable) {
                return object(c);
            }
            ArrayNode anyOf = node.putArray("anyOf");
            anyOf.addObject().put("type", "null");
            anyOf.add(object(c));
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

    private static String golden(String path) throws IOException {
        try (InputStream in = PetitionReceivedSchemaTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
