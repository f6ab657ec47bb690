package vn.doanket.testing.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doanket.events.EnvelopeCodec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventSchemasTest {

    enum Kind { A, B }

    record Place(String code, int rank) {
    }

    record SampleHappenedEvent(String id, String note, LocalDate on, int count, boolean done, Boolean checked,
                               Kind kind, List<String> tags, Place place, Place formerPlace) {
    }

    static final SampleHappenedEvent SAMPLE = new SampleHappenedEvent("s-1", null, LocalDate.of(2026, 11, 18), 3,
            true, null, Kind.A, List.of("x"), new Place("26560", 1), null);

    @Test
    void theSchemaHasTheRecordsComponentsAllRequiredAndNoOtherField() {
        EventSchemas schemas = EventSchemas.of("sample").nullable(Set.of("note", "checked", "formerPlace"));
        JsonNode schema = schemas.schemaOf(SampleHappenedEvent.class);
        assertThat(schema.get("$id").asText()).isEqualTo("https://doanket.vn/events/sample/SampleHappened-v1.schema.json");
        assertThat(schema.get("title").asText()).isEqualTo("SampleHappened");
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.get("required")).extracting(JsonNode::asText).containsExactly("id", "note", "on", "count",
                "done", "checked", "kind", "tags", "place", "formerPlace");
        JsonNode p = schema.get("properties");
        assertThat(p.get("id").get("type").asText()).isEqualTo("string");
        assertThat(p.get("id").get("minLength").asInt()).isEqualTo(1);
        assertThat(p.get("note").get("type")).extracting(JsonNode::asText).containsExactly("string", "null");
        assertThat(p.get("note").get("minLength").asInt()).isZero();
        assertThat(p.get("on").get("format").asText()).isEqualTo("date");
        assertThat(p.get("count").get("type").asText()).isEqualTo("integer");
        assertThat(p.get("count").has("minimum")).isFalse();
        assertThat(p.get("checked").get("type").asText()).isEqualTo("boolean");      // not nullable by default
        assertThat(p.get("kind").get("enum")).extracting(JsonNode::asText).containsExactly("A", "B");
        assertThat(p.get("tags").get("items").get("type").asText()).isEqualTo("string");
        assertThat(p.get("place").get("properties").get("code").get("type").asText()).isEqualTo("string");
        assertThat(p.get("formerPlace").get("type").asText()).isEqualTo("object");  // not anyOf by default
    }

    @Test
    void theOptionsOfTheContextsCatalogues() {
        JsonNode p = EventSchemas.of("sample").nullableQualified(Set.of("SampleHappenedEvent.note",
                        "SampleHappenedEvent.checked", "SampleHappenedEvent.formerPlace", "Place.code"))
                .nullableStringsWithoutMinLength().nonNegativeIntegers().nullableBooleans().nullableRecordsAsAnyOf()
                .schemaOf(SampleHappenedEvent.class).get("properties");
        assertThat(p.get("note").has("minLength")).isFalse();
        assertThat(p.get("count").get("minimum").asInt()).isZero();
        assertThat(p.get("checked").get("type")).extracting(JsonNode::asText).containsExactly("boolean", "null");
        assertThat(p.get("formerPlace").get("anyOf").get(0).get("type").asText()).isEqualTo("null");
        assertThat(p.get("place").get("properties").get("code").get("type")).extracting(JsonNode::asText)
                .containsExactly("string", "null");
    }

    @Test
    void theCatalogueEntryMustExistAndBeTheDerivedSchemaAndIsStrict(@TempDir Path catalogue) throws IOException {
        EventSchemas schemas = EventSchemas.of("sample").nullable(Set.of("note", "checked", "formerPlace"))
                .nullableBooleans().nullableRecordsAsAnyOf();
        assertThatThrownBy(() -> schemas.checkCatalogueEntry(catalogue, SampleHappenedEvent.class))
                .isInstanceOf(AssertionError.class).hasMessageContaining("catalogue entry of SampleHappened");

        Path file = catalogue.resolve("SampleHappened-v1.schema.json");
        EventSchemas.write(file, schemas.schemaOf(SampleHappenedEvent.class));
        JsonSchema schema = schemas.checkCatalogueEntry(catalogue, SampleHappenedEvent.class);
        JsonNode sample = EnvelopeCodec.toTree(SAMPLE);
        EventSchemas.assertValid(schema, sample, "the sample");
        EventSchemas.assertRefusesAnUnknownField(schema, sample);
        ObjectNode wrong = sample.deepCopy();
        wrong.put("kind", "C");
        EventSchemas.assertRefused(schema, wrong, "an unknown constant");

        // a record change without a catalogue change fails
        Files.writeString(file, Files.readString(file).replace("\"minLength\" : 1", "\"minLength\" : 2"));
        assertThatThrownBy(() -> schemas.checkCatalogueEntry(catalogue, SampleHappenedEvent.class))
                .isInstanceOf(AssertionError.class).hasMessageContaining("is the one derived from the record");
    }
}
