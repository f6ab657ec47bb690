package vn.doanket.conference.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.doanket.events.DomainEvent;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventTypes;
import vn.doanket.testing.events.EventSchemas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published language of the conference context, pinned: every event of {@link ConferenceEvents#ALL} has a golden
 * JSON ({@code src/test/resources/golden/<Type>-v<n>.json}, what a consumer receives as the envelope's payload) and a
 * JSON Schema 2020-12 ({@code src/main/resources/schemas/<Type>-v<n>.schema.json}, shipped in the jar) derived from
 * its record; the golden JSON validates against the schema, the schema is strict (an unknown field or a wrong type is
 * refused), and a record change without a catalogue change fails. Regenerate both with
 * {@code -Ddoanket.catalogue.write=true}.
 */
class EventCatalogueTest {

    static final Path SCHEMA_DIRECTORY = Path.of("src", "main", "resources", "schemas");
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    /** Components that may be null on the wire. */
    static final Set<String> NULLABLE = Set.of("endsAt", "newStartsAt", "newEndsAt", "personId", "delegatePersonId",
            "inviteeRef", "inviteeUnitCode", "conclusions");
    static final EventSchemas SCHEMAS = EventSchemas.of("conference").nullable(NULLABLE)
            .nullableStringsWithoutMinLength().nonNegativeIntegers();

    static final LocalDate DAY = LocalDate.of(2026, 11, 18);
    static final LocalDateTime START = LocalDateTime.of(2026, 11, 18, 8, 0);
    static final String ID = "doi-thoai-26560-2026-11";

    /** One realistic instance of every published event. */
    static final Map<Class<? extends DomainEvent>, DomainEvent> SAMPLES = samples();

    private static Map<Class<? extends DomainEvent>, DomainEvent> samples() {
        Map<Class<? extends DomainEvent>, DomainEvent> s = new LinkedHashMap<>();
        put(s, new ConferencePlannedEvent(ID, ConferenceKind.DIALOGUE, "26560", "Hội nghị đối thoại quý IV", START,
                START.plusHours(3), "Hội trường Ủy ban MTTQ phường Bà Rịa", List.of("Khai mạc", "Đối thoại", "Kết luận"),
                DAY.minusDays(20)));
        put(s, new ConferencePostponedEvent(ID, "26560", "Trùng lịch họp Hội đồng nhân dân", START.plusDays(7), null,
                DAY.minusDays(10)));
        put(s, new ConferenceRescheduledEvent(ID, "26560", START.plusDays(7), START.plusDays(7).plusHours(3),
                ConferenceStatus.INVITING, DAY.minusDays(9)));
        put(s, new ConferenceCancelledEvent(ID, "26560", ConferenceKind.DIALOGUE, "Thiên tai", DAY.minusDays(1)));
        put(s, new InvitationsSentEvent(ID, "26560", 12, 12, DAY.minusDays(14)));
        put(s, new RegistrationRecordedEvent(ID, "26560", "moi-kp01", RegistrationResponse.ACCEPTED, 7, 1,
                DAY.minusDays(5)));
        put(s, new ConferenceOpenedEvent(ID, "26560", ConferenceKind.DIALOGUE, DAY));
        put(s, new AttendeeCheckedInEvent(ID, "26560", "moi-kp01", InviteeKind.COMMITTEE, "26560-KP01",
                CheckInMethod.SCAN, DAY, 8, 1));
        put(s, new HeadcountRecordedEvent("tuyen-truyen-kp01", "26560-KP01", 85, DAY));
        put(s, new DelegateRegisteredEvent(ID, "26560", "dai-bieu-3", "p-demo-26560-kp03-0",
                List.of("26560-KP03/2024", "26560-AP01/2024"), 3, 5, 1, DAY));
        put(s, new OpinionRaisedEvent(ID, "y-kien-4", "dai-bieu-3", "p-demo-26560-kp03-0",
                List.of("26560-KP03/2024", "26560-AP01/2024"), "26560-AP01", "SOCIAL_POLICY",
                "Đề nghị hỗ trợ sửa chữa nhà cho hộ nghèo ấp Tân Hưng.", DAY, "26560"));
        put(s, new OpinionPetitionLinkedEvent(ID, "26560", "y-kien-4", "6f0c6a4e-6f0b-3c3b-9a55-0c1d2e3f4a5b", 4,
                DAY.plusDays(1)));
        put(s, new PresentationRecordedEvent("chuyen-de-79-2026-09", "79", "tham-luan-1",
                "Kinh nghiệm kiện toàn Ban Công tác Mặt trận", "Ủy ban MTTQ Việt Nam phường Bà Rịa", 1, DAY));
        put(s, new PropagandaTopicsRecordedEvent("tuyen-truyen-kp01", "26560-KP01",
                List.of("Phòng, chống lừa đảo qua mạng", "An toàn giao thông"), DAY));
        put(s, new UnityDayActivitiesRecordedEvent("ngay-hoi-26560-kp01-2026", "26560-KP01",
                List.of("Báo cáo kết quả Cuộc vận động", "Văn nghệ quần chúng"), DAY));
        put(s, new ConferenceClosedEvent(ID, "26560", ConferenceKind.DIALOGUE,
                "Ủy ban nhân dân phường tiếp thu, trả lời các ý kiến trong thời hạn quy định.", DAY, 11, 0, 7, 12, 1,
                20, 0));
        put(s, new InvitationSentEvent(ID, "moi-kp01", "26560", InviteeKind.COMMITTEE, "26560-KP01/2024", "26560-KP01",
                false, DAY.minusDays(14)));
        put(s, new InvitationRespondedEvent(ID, "moi-kp01", "26560", RegistrationResponse.ACCEPTED, DAY.minusDays(5)));
        put(s, new InvitationCheckedInEvent(ID, "moi-kp01", "26560", CheckInMethod.SCAN, DAY));
        put(s, new TrainingClassPlannedEvent("tap-huan-26560-2026", "26560",
                "Bồi dưỡng nghiệp vụ cho Trưởng ban Công tác Mặt trận", "Trung tâm chính trị phường",
                List.of(new SyllabusItem("Chức năng, nhiệm vụ của Mặt trận", 4)),
                List.of(new TrainingSession(1, LocalDate.of(2026, 10, 6), "Nhiệm vụ"),
                        new TrainingSession(2, LocalDate.of(2026, 10, 7), "Kỹ năng")), LocalDate.of(2026, 9, 20)));
        put(s, new TraineeEnrolledEvent("tap-huan-26560-2026", "26560", "hv-01", null, TraineeRole.COMMITTEE_HEAD,
                "26560-KP01", LocalDate.of(2026, 10, 1)));
        put(s, new SessionAttendanceRecordedEvent("tap-huan-26560-2026", "26560", 1, LocalDate.of(2026, 10, 6),
                List.of("hv-01", "hv-02"), 2));
        put(s, new TraineeCompletedEvent("tap-huan-26560-2026", "26560", "hv-01", null, TraineeRole.COMMITTEE_HEAD,
                "26560-KP01", "Bồi dưỡng nghiệp vụ cho Trưởng ban Công tác Mặt trận", 2, LocalDate.of(2026, 10, 8)));
        put(s, new TrainingClassClosedEvent("tap-huan-26560-2026", "26560", 2, 1, LocalDate.of(2026, 10, 8)));
        put(s, new TrainingClassCancelledEvent("tap-huan-26560-2027", "26560", "Không đủ học viên",
                LocalDate.of(2026, 11, 2)));
        return s;
    }

    private static void put(Map<Class<? extends DomainEvent>, DomainEvent> samples, DomainEvent event) {
        samples.put(event.getClass(), event);
    }

    static Stream<Class<? extends DomainEvent>> events() {
        return ConferenceEvents.ALL.stream();
    }

    @Test
    void everyPublishedEventHasASample() {
        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(ConferenceEvents.ALL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void theGoldenJsonIsThePayloadAndValidatesAgainstTheSchemaDerivedFromTheRecord(Class<? extends DomainEvent> event)
            throws IOException {
        assertThat(event.isRecord() || event == OpinionRaisedEvent.class).as("events are records").isTrue();
        String name = EventSchemas.nameOf(event);
        JsonNode payload = EnvelopeCodec.toTree(SAMPLES.get(event));
        Path goldenFile = GOLDEN.resolve(name + ".json");
        if (EventSchemas.writing()) {
            EventSchemas.write(goldenFile, payload);
        }
        assertThat(goldenFile).as("golden JSON of " + name).exists();
        JsonNode golden = EventSchemas.read(goldenFile);
        assertThat(payload).as("the payload of " + name + " is its golden JSON").isEqualTo(golden);
        // a consumer reads the golden JSON back into the record
        assertThat(EnvelopeCodec.mapper().treeToValue(golden, event)).isEqualTo(SAMPLES.get(event));

        JsonSchema schema = SCHEMAS.checkCatalogueEntry(SCHEMA_DIRECTORY, event);
        EventSchemas.assertValid(schema, golden, name);
        EventSchemas.assertRefusesAnUnknownField(schema, golden);
        ObjectNode wrongType = golden.deepCopy();
        wrongType.put(golden.fieldNames().next(), 42);
        EventSchemas.assertRefused(schema, wrongType, "a wrong type is refused");
    }

    @Test
    void opinionRaisedHasContractBsFieldsAndTheOrganisersUnitInTheEnvelope() throws IOException {
        JsonNode golden = EnvelopeCodec.mapper().readTree(Files.readString(GOLDEN.resolve("OpinionRaised-v1.json")));
        assertThat(iterable(golden.fieldNames())).containsExactly("conferenceId", "opinionId", "delegateId",
                "delegatePersonId", "committeeIds", "unitCode", "topic", "text", "raisedOn", "organiserUnitCode");
        assertThat(golden.get("unitCode").asText()).isEqualTo("26560-AP01");
        OpinionRaisedEvent event = (OpinionRaisedEvent) SAMPLES.get(OpinionRaisedEvent.class);
        assertThat(event.unitCode()).as("the envelope's unit: the organiser").isEqualTo("26560");
        assertThat(EventTypes.nameOf(OpinionRaisedEvent.class)).isEqualTo("OpinionRaised");
        assertThat(EventTypes.schemaVersionOf(OpinionRaisedEvent.class)).isEqualTo(1);
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
