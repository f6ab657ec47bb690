package vn.doanket.events;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvelopeCodecTest {

    /** A stand-in event record, shaped like the real ones in the *-api modules. */
    @SchemaVersion(2)
    record SampleThingRecordedEvent(String thingId, String unitCode, String name, LocalDate recordedOn, long amountVnd)
            implements DomainEvent {
    }

    static final EventEnvelope SAMPLE = EnvelopeCodec.envelope(
            UUID.fromString("6f1c1a7e-2b0e-4a55-9a57-0d7c0c9b1f01"), "Thing", "26560-AB12CD34", 3,
            Instant.parse("2026-11-18T08:30:00Z"), new Actor("u-42", "OFFICER"), "req-7",
            new SampleThingRecordedEvent("26560-AB12CD34", "26560", "Tổ dân phố Đồng Tâm",
                    LocalDate.of(2026, 11, 18), 300_000L));

    @Test
    void envelopeMatchesGoldenJson() throws IOException {
        String json = new String(EnvelopeCodec.encode(SAMPLE), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo(golden("golden/envelope-v1.json").strip());
    }

    @Test
    void decodesGoldenJsonBackToTheSameEnvelope() throws IOException {
        EventEnvelope decoded = EnvelopeCodec.decode(golden("golden/envelope-v1.json").getBytes(StandardCharsets.UTF_8));
        assertThat(decoded).isEqualTo(SAMPLE);
        assertThat(EnvelopeCodec.payload(decoded, SampleThingRecordedEvent.class).name()).isEqualTo("Tổ dân phố Đồng Tâm");
    }

    @Test
    void eventTypeIsTheSimpleNameWithoutSuffixAndVersionComesFromAnnotation() {
        assertThat(SAMPLE.eventType()).isEqualTo("SampleThingRecorded");
        assertThat(SAMPLE.schemaVersion()).isEqualTo(2);
        assertThat(SAMPLE.unitCode()).isEqualTo("26560");
        assertThat(EventTypes.schemaVersionOf(String.class)).isEqualTo(1);
    }

    @Test
    void unknownFieldsAreToleratedSoAdditiveChangesDoNotBreakConsumers() {
        String json = golden("golden/envelope-v1.json").replace("\"traceId\"", "\"newField\":1,\"traceId\"");
        assertThat(EnvelopeCodec.decode(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(SAMPLE);
    }

    @Test
    void garbageIsReportedAsMalformed() {
        assertThatThrownBy(() -> EnvelopeCodec.decode("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEnvelopeException.class);
        assertThatThrownBy(() -> EnvelopeCodec.decode(new byte[0])).isInstanceOf(MalformedEnvelopeException.class);
        assertThatThrownBy(() -> EnvelopeCodec.decode("{\"eventId\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEnvelopeException.class);
        assertThatThrownBy(() -> EnvelopeCodec.decode("null".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEnvelopeException.class);
    }

    @Test
    void payloadOfTheWrongShapeIsMalformed() {
        JsonNode notAThing = EnvelopeCodec.toTree(java.util.Map.of("amountVnd", "many"));
        EventEnvelope wrong = new EventEnvelope(SAMPLE.eventId(), SAMPLE.eventType(), 1, "Thing", "x", 0,
                SAMPLE.occurredAt(), "26560", Actor.SYSTEM, null, notAThing);
        assertThatThrownBy(() -> EnvelopeCodec.payload(wrong, SampleThingRecordedEvent.class))
                .isInstanceOf(MalformedEnvelopeException.class);
    }

    @Test
    void unitCodeForms() {
        assertThat(UnitCode.isValid("VN")).isTrue();
        assertThat(UnitCode.isValid("79")).isTrue();
        assertThat(UnitCode.isValid("748")).isTrue();
        assertThat(UnitCode.isValid("26560")).isTrue();
        assertThat(UnitCode.isValid("26560-AB12CD34")).isTrue();
        assertThat(UnitCode.isValid("7")).isFalse();
        assertThat(UnitCode.isValid("265601")).isFalse();
        assertThat(UnitCode.isValid(null)).isFalse();
        assertThatThrownBy(() -> UnitCode.of("x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Topics.eventsOf("membership")).isEqualTo("doanket.membership.events");
    }

    static String golden(String path) {
        try (InputStream in = EnvelopeCodecTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing golden file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
