package vn.doanket.testing.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventTypes;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schemas (2020-12) of a context's published events, derived from their records, and the checks the
 * contexts' event catalogue tests share: the catalogue entry {@code <Type>-v<n>.schema.json} exists for every event
 * and is the schema derived from the record (so a record change without a catalogue change fails), and the schema is
 * strict (an unknown field is refused). With {@code -Ddoanket.catalogue.write=true} the entries are (re)written first.
 *
 * <p>A schema has the record's components as {@code properties}, all {@code required}, no
 * {@code additionalProperties}; a {@code String} is a non-empty string, a {@code LocalDate} an ISO date, a
 * {@code LocalDateTime} a local date-time (Vietnam time), an {@code int}/{@code long} an integer, an enum its
 * constants, a {@code List} an array, a nested record an object. A component that may be null on the wire (see
 * {@link #nullable}) also admits {@code null}. The contexts' catalogues differ in a few points, which are options:
 * {@link #nullableStringsWithoutMinLength}, {@link #nonNegativeIntegers}, {@link #nullableBooleans},
 * {@link #nullableRecordsAsAnyOf}. An event that is a JavaBean rather than a record has its properties as the
 * published mapper ({@link EnvelopeCodec#mapper()}) sees them.
 */
public final class EventSchemas {

    /** The system property that makes {@link #checkCatalogueEntry} (re)write the catalogue entry first. */
    public static final String WRITE_PROPERTY = "doanket.catalogue.write";

    private final String context;
    private final BiPredicate<Class<?>, String> nullable;
    private final boolean nullableStringsWithoutMinLength;
    private final boolean nonNegativeIntegers;
    private final boolean nullableBooleans;
    private final boolean nullableRecordsAsAnyOf;

    private EventSchemas(String context, BiPredicate<Class<?>, String> nullable, boolean nullableStringsWithoutMinLength,
                         boolean nonNegativeIntegers, boolean nullableBooleans, boolean nullableRecordsAsAnyOf) {
        this.context = Objects.requireNonNull(context, "context");
        this.nullable = Objects.requireNonNull(nullable, "nullable");
        this.nullableStringsWithoutMinLength = nullableStringsWithoutMinLength;
        this.nonNegativeIntegers = nonNegativeIntegers;
        this.nullableBooleans = nullableBooleans;
        this.nullableRecordsAsAnyOf = nullableRecordsAsAnyOf;
    }

    /** The schemas of the events a context publishes on {@code doanket.<context>.events}; nothing nullable yet. */
    public static EventSchemas of(String context) {
        return new EventSchemas(context, (owner, component) -> false, false, false, false, false);
    }

    /** The components (of any record) that may be null on the wire, by name. */
    public EventSchemas nullable(Set<String> components) {
        Set<String> names = Set.copyOf(components);
        return nullable((owner, component) -> names.contains(component));
    }

    /** The components that may be null on the wire, as {@code <Record simple name>.<component>}. */
    public EventSchemas nullableQualified(Set<String> components) {
        Set<String> names = Set.copyOf(components);
        return nullable((owner, component) -> names.contains(owner.getSimpleName() + "." + component));
    }

    /** Which components (owner, name) may be null on the wire. */
    public EventSchemas nullable(BiPredicate<Class<?>, String> nullable) {
        return new EventSchemas(context, nullable, nullableStringsWithoutMinLength, nonNegativeIntegers,
                nullableBooleans, nullableRecordsAsAnyOf);
    }

    /** A nullable string has no {@code minLength} (by default {@code minLength: 0}). */
    public EventSchemas nullableStringsWithoutMinLength() {
        return new EventSchemas(context, nullable, true, nonNegativeIntegers, nullableBooleans, nullableRecordsAsAnyOf);
    }

    /** An integer has {@code minimum: 0}. */
    public EventSchemas nonNegativeIntegers() {
        return new EventSchemas(context, nullable, nullableStringsWithoutMinLength, true, nullableBooleans,
                nullableRecordsAsAnyOf);
    }

    /** A nullable boolean admits {@code null} (by default a boolean is always {@code "type": "boolean"}). */
    public EventSchemas nullableBooleans() {
        return new EventSchemas(context, nullable, nullableStringsWithoutMinLength, nonNegativeIntegers, true,
                nullableRecordsAsAnyOf);
    }

    /** A nullable nested record is {@code anyOf} null and its object (by default just its object). */
    public EventSchemas nullableRecordsAsAnyOf() {
        return new EventSchemas(context, nullable, nullableStringsWithoutMinLength, nonNegativeIntegers,
                nullableBooleans, true);
    }

    /** {@code <Type>-v<schema version>} of an event, the base name of its catalogue entry and golden JSON. */
    public static String nameOf(Class<?> event) {
        return EventTypes.nameOf(event) + "-v" + EventTypes.schemaVersionOf(event);
    }

    /** The schema derived from an event's record (or JavaBean), with its {@code $id}, title and description. */
    public ObjectNode schemaOf(Class<?> event) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://doanket.vn/events/" + context + "/" + nameOf(event) + ".schema.json");
        root.put("title", EventTypes.nameOf(event));
        root.put("description", "Published on doanket." + context + ".events (key: aggregate id), payload of the "
                + "envelope; Java record " + event.getName());
        root.setAll(object(event));
        return root;
    }

    /**
     * Checks the catalogue entry of an event in {@code directory}: ({@value #WRITE_PROPERTY} set: writes it first)
     * the file {@code <Type>-v<n>.schema.json} exists and is the schema derived from the record.
     *
     * @return the entry, compiled, to validate JSON with
     */
    public JsonSchema checkCatalogueEntry(Path directory, Class<?> event) throws IOException {
        String type = EventTypes.nameOf(event);
        Path file = directory.resolve(nameOf(event) + ".schema.json");
        JsonNode derived = schemaOf(event);
        if (writing()) {
            write(file, derived);
        }
        assertThat(file).as("catalogue entry of " + type).exists();
        JsonNode documented = read(file);
        assertThat(documented).as("catalogue schema of " + type + " is the one derived from the record")
                .isEqualTo(derived);
        return compile(documented);
    }

    /** Whether the catalogue is being (re)written ({@code -Ddoanket.catalogue.write=true}). */
    public static boolean writing() {
        return Boolean.getBoolean(WRITE_PROPERTY);
    }

    /** Writes JSON pretty-printed (and a final newline), creating the directory. */
    public static void write(Path file, JsonNode json) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, EnvelopeCodec.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
    }

    /** Reads a JSON file with the published mapper. */
    public static JsonNode read(Path file) throws IOException {
        return EnvelopeCodec.mapper().readTree(Files.readString(file));
    }

    /** A JSON Schema 2020-12, compiled. */
    public static JsonSchema compile(JsonNode schema) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    }

    /** Asserts that {@code json} validates against {@code schema}. */
    public static void assertValid(JsonSchema schema, JsonNode json, String description) {
        assertThat(schema.validate(json)).as(description).isEmpty();
    }

    /** Asserts that {@code schema} refuses {@code json}. */
    public static void assertRefused(JsonSchema schema, JsonNode json, String description) {
        assertThat(schema.validate(json)).as(description).isNotEmpty();
    }

    /** Asserts that the schema is strict: {@code valid} with an unknown field added is refused. */
    public static void assertRefusesAnUnknownField(JsonSchema schema, JsonNode valid) {
        ObjectNode extra = valid.deepCopy();
        extra.put("surprise", 1);
        assertRefused(schema, extra, "an unknown field is refused");
    }

    // ------------------------------------------------------------------ deriving

    private ObjectNode object(Class<?> type) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                properties.set(c.getName(), type(c.getGenericType(), nullable.test(type, c.getName())));
                required.add(c.getName());
            }
        } else {
            // a JavaBean: its properties as the published mapper sees them
            var description = EnvelopeCodec.mapper().getSerializationConfig()
                    .introspect(EnvelopeCodec.mapper().constructType(type));
            for (BeanPropertyDefinition p : description.findProperties()) {
                if (p.hasGetter()) {
                    properties.set(p.getName(), type(p.getGetter().getAnnotated().getGenericReturnType(),
                            nullable.test(type, p.getName())));
                    required.add(p.getName());
                }
            }
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private ObjectNode type(Type type, boolean isNullable) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            node.put("type", "array");
            node.set("items", type(p.getActualTypeArguments()[0], false));
            return node;
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            scalar(node, "string", isNullable);
            if (!isNullable) {
                node.put("minLength", 1);
            } else if (!nullableStringsWithoutMinLength) {
                node.put("minLength", 0);
            }
        } else if (c == LocalDate.class) {
            scalar(node, "string", isNullable);
            node.put("format", "date");
            node.put("pattern", "^\\d{4}-\\d{2}-\\d{2}$");
        } else if (c == LocalDateTime.class) {
            scalar(node, "string", isNullable);
            node.put("description", "local time in Vietnam (Asia/Ho_Chi_Minh)");
            node.put("pattern", "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
        } else if (c == int.class || c == long.class) {
            node.put("type", "integer");
            if (nonNegativeIntegers) {
                node.put("minimum", 0);
            }
        } else if (c == boolean.class || c == Boolean.class) {
            scalar(node, "boolean", nullableBooleans && isNullable);
        } else if (c.isEnum()) {
            ArrayNode values = node.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            if (isNullable) {
                values.addNull();
            }
        } else if (c.isRecord()) {
            if (!isNullable || !nullableRecordsAsAnyOf) {
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
}
