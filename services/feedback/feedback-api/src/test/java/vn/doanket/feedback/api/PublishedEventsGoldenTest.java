package vn.doanket.feedback.api;

import org.junit.jupiter.api.Test;
import vn.doanket.events.DomainEvent;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventTypes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published JSON of feedback's events is a contract with every consumer (dashboard, reports): a change
 * that alters it fails here. Add a new golden file (and raise the schema version) instead. On a mismatch
 * the actual JSON is written to {@code target/golden-actual/} for review.
 */
class PublishedEventsGoldenTest {

    static final String ID = "PA-26560-0001";
    static final String AREA = "26560-KP01";
    static final LocalDate DAY = LocalDate.of(2027, 1, 29);

    static Map<String, DomainEvent> samples() {
        ResponsibleBody body = new ResponsibleBody("26560:PEOPLES_COMMITTEE", ResponsibleBodyKind.PEOPLES_COMMITTEE,
                "Ủy ban nhân dân Phường Bà Rịa", "26560");
        Map<String, DomainEvent> samples = new LinkedHashMap<>();
        samples.put("PetitionReceived", received());
        samples.put("PetitionClassified", new PetitionClassifiedEvent(ID, AREA, "LAND", "OTHER", HandlingLevel.PROVINCE,
                "u-xu-ly-don-ba-ria", "Thuộc lĩnh vực đất đai", "26560", "79"));
        samples.put("PetitionForwarded", new PetitionForwardedEvent(ID, AREA, body, DAY, 15, LocalDate.of(2027, 3, 1),
                HandlingLevel.COMMUNE, "26560", "Đề nghị trả lời bằng văn bản", "26560", LocalDate.of(2027, 3, 3), true));
        samples.put("PetitionAnswered", new PetitionAnsweredEvent(ID, AREA, "26560:PEOPLES_COMMITTEE",
                LocalDate.of(2027, 2, 25), "Đã lập biên bản, yêu cầu tháo dỡ trong 10 ngày", "45/UBND", "26560"));
        samples.put("AnswerCommunicated", new AnswerCommunicatedEvent(ID, AREA, CommunicationMethod.LETTER,
                LocalDate.of(2027, 2, 26), "26560"));
        samples.put("PetitionClosed", new PetitionClosedEvent(ID, AREA, false, LocalDate.of(2027, 3, 2),
                "Công dân chưa đồng ý với thời hạn tháo dỡ", "26560"));
        samples.put("PetitionReopened", new PetitionReopenedEvent(ID, AREA, LocalDate.of(2027, 3, 20),
                "Chưa tháo dỡ đúng hạn", "26560"));
        samples.put("PetitionWithdrawn", new PetitionWithdrawnEvent(ID, AREA, LocalDate.of(2027, 3, 21),
                "Công dân tự hòa giải", "26560"));
        samples.put("PetitionsMerged", new PetitionsMergedEvent(ID, AREA, List.of("PA-26560-0002", "PA-26560-0003"),
                DAY, "Cùng nội dung", "26560"));
        samples.put("PetitionMergedInto", new PetitionMergedIntoEvent("PA-26560-0002", AREA, ID, DAY, "Cùng nội dung",
                "26560"));
        samples.put("PetitionSplit", new PetitionSplitEvent(ID, AREA, List.of("PA-26560-0004", "PA-26560-0005"), DAY,
                "Hai nội dung khác nhau", "26560"));
        samples.put("PetitionEscalated", new PetitionEscalatedEvent(ID, AREA, HandlingLevel.COMMUNE, "26560",
                HandlingLevel.PROVINCE, "79", EscalationReason.OVERDUE_WHEN_RECORDED, LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 3), 30, LocalDate.of(2027, 4, 15), "26560"));
        return samples;
    }

    /** The current {@code PetitionReceived} (schema 4): an opinion raised at a dialogue conference, with its provenance. */
    static PetitionReceivedEvent received() {
        return new PetitionReceivedEvent(ID, AREA, Channel.CONFERENCE, "LAND", "Lấn chiếm lối đi chung",
                "Đề nghị xử lý việc lấn chiếm lối đi chung ở hẻm 12.", false, false, "u-can-bo-ba-ria", DAY, List.of(),
                null, null, "26560", LocalDate.of(2027, 2, 10), true, HandlingLevel.COMMUNE, "26560",
                PetitionProvenance.conference("3f2b6c1e-7d4a-4c59-9e1b-2a8f0c6d5e41", "YK-03", "DB-07"));
    }

    /** A version-3 event (before the provenance): it must still be read, with provenance null. */
    static PetitionReceivedEvent version3Received() {
        return new PetitionReceivedEvent(ID, AREA, Channel.CONFERENCE_OPINION, "LAND",
                "Lấn chiếm lối đi chung", "Đề nghị xử lý việc lấn chiếm lối đi chung ở hẻm 12.", false, true,
                "u-can-bo-ba-ria", DAY,
                List.of(new Attachment("anh-hien-trang.jpg", "image/jpeg", 204_800,
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")),
                new ConferenceProvenance("HN-26560-2027-01", "Hội nghị tiếp xúc cử tri", LocalDate.of(2027, 1, 28),
                        "26560", "YK-03"), null, "26560", LocalDate.of(2027, 2, 10), true, HandlingLevel.COMMUNE,
                "26560");
    }

    @Test
    void version3EventsAreStillReadWithoutAProvenance() throws IOException {
        PetitionReceivedEvent read = EnvelopeCodec.mapper().readValue(golden("golden/PetitionReceived-v3.json"),
                PetitionReceivedEvent.class);
        assertThat(read).isEqualTo(version3Received());
        assertThat(read.provenance()).isNull();
        assertThat(read.handlingLevel()).isEqualTo(HandlingLevel.COMMUNE);
    }

    /** Events of schema version 1 as they were published before version 2: they must still be read. */
    static Map<String, DomainEvent> version1Samples() {
        ResponsibleBody body = new ResponsibleBody("26560:PEOPLES_COMMITTEE", ResponsibleBodyKind.PEOPLES_COMMITTEE,
                "Ủy ban nhân dân Phường Bà Rịa", "26560");
        Map<String, DomainEvent> samples = new LinkedHashMap<>();
        samples.put("PetitionReceived", new PetitionReceivedEvent(ID, AREA, Channel.CONFERENCE_OPINION, "LAND",
                "Lấn chiếm lối đi chung", "Đề nghị xử lý việc lấn chiếm lối đi chung ở hẻm 12.", false, true,
                "u-can-bo-ba-ria", DAY,
                List.of(new Attachment("anh-hien-trang.jpg", "image/jpeg", 204_800,
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")),
                new ConferenceProvenance("HN-26560-2027-01", "Hội nghị tiếp xúc cử tri", LocalDate.of(2027, 1, 28),
                        "26560", "YK-03"), null, "26560"));
        samples.put("PetitionForwarded", new PetitionForwardedEvent(ID, AREA, body, DAY, 15, LocalDate.of(2027, 3, 1),
                HandlingLevel.COMMUNE, "26560", "Đề nghị trả lời bằng văn bản", "26560"));
        samples.put("PetitionEscalated", new PetitionEscalatedEvent(ID, AREA, HandlingLevel.COMMUNE, "26560",
                HandlingLevel.PROVINCE, "79", EscalationReason.OVERDUE, LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 2), 30, LocalDate.of(2027, 4, 14), "VN"));
        return samples;
    }

    /** Events of the schema version before the handling level and unit were recorded: they must still be read. */
    static Map<String, DomainEvent> version2Samples() {
        Map<String, DomainEvent> samples = new LinkedHashMap<>();
        samples.put("PetitionReceived", new PetitionReceivedEvent(ID, AREA, Channel.CONFERENCE_OPINION, "LAND",
                "Lấn chiếm lối đi chung", "Đề nghị xử lý việc lấn chiếm lối đi chung ở hẻm 12.", false, true,
                "u-can-bo-ba-ria", DAY,
                List.of(new Attachment("anh-hien-trang.jpg", "image/jpeg", 204_800,
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")),
                new ConferenceProvenance("HN-26560-2027-01", "Hội nghị tiếp xúc cử tri", LocalDate.of(2027, 1, 28),
                        "26560", "YK-03"), null, "26560", LocalDate.of(2027, 2, 10), true));
        return samples;
    }

    @Test
    void version2EventsAreStillReadWithoutTheHandlingLevelAndUnit() throws IOException {
        for (Map.Entry<String, DomainEvent> sample : version2Samples().entrySet()) {
            String path = "golden/" + sample.getKey() + "-v2.json";
            DomainEvent read = EnvelopeCodec.mapper().readValue(golden(path), sample.getValue().getClass());
            assertThat(read).as(path).isEqualTo(sample.getValue());
        }
        PetitionReceivedEvent received = EnvelopeCodec.mapper().readValue(golden("golden/PetitionReceived-v2.json"),
                PetitionReceivedEvent.class);
        assertThat(received.recordedOn()).isEqualTo(LocalDate.of(2027, 2, 10));
        assertThat(received.handlingLevel()).isNull();
        assertThat(received.handlingUnit()).isNull();
        PetitionClassifiedEvent classified = EnvelopeCodec.mapper().readValue(golden("golden/PetitionClassified-v1.json"),
                PetitionClassifiedEvent.class);
        assertThat(classified.level()).isEqualTo(HandlingLevel.COMMUNE);
        assertThat(classified.handlingUnit()).isNull();
    }

    @Test
    void version1EventsAreStillReadWithTheNewFieldsEmpty() throws IOException {
        for (Map.Entry<String, DomainEvent> sample : version1Samples().entrySet()) {
            String path = "golden/" + sample.getKey() + "-v1.json";
            String golden = golden(path);
            assertThat(golden).as(path).isNotNull();
            DomainEvent read = EnvelopeCodec.mapper().readValue(golden, sample.getValue().getClass());
            assertThat(read).as(path).isEqualTo(sample.getValue());
        }
        PetitionReceivedEvent received = EnvelopeCodec.mapper().readValue(golden("golden/PetitionReceived-v1.json"),
                PetitionReceivedEvent.class);
        assertThat(received.recordedOn()).isNull();
        assertThat(received.recordedLate()).isNull();
    }

    @Test
    void everyPublishedEventHasItsGoldenJson() throws IOException {
        Map<String, DomainEvent> samples = samples();
        assertThat(samples.values().stream().map(Object::getClass).toList())
                .containsExactlyInAnyOrderElementsOf(FeedbackEvents.ALL);
        for (Map.Entry<String, DomainEvent> sample : samples.entrySet()) {
            writeActualOnMismatch(sample.getKey(), sample.getValue());
        }
        for (Map.Entry<String, DomainEvent> sample : samples.entrySet()) {
            assertGolden(sample.getKey(), sample.getValue());
        }
    }

    @Test
    void noPublishedEventCarriesPetitionerIdentity() {
        for (Class<? extends DomainEvent> type : FeedbackEvents.ALL) {
            List<String> components = Arrays.stream(type.getRecordComponents())
                    .map(c -> c.getName().toLowerCase(java.util.Locale.ROOT)).toList();
            assertThat(components).as(type.getSimpleName())
                    .noneMatch(n -> n.contains("name") && !n.equals("name") || n.contains("phone")
                            || n.contains("idnumber") || n.contains("address") || n.contains("email")
                            || n.contains("petitioner") && !n.equals("haspetitioner"));
            assertThat(Arrays.stream(type.getRecordComponents()).map(c -> (Object) c.getType()))
                    .as(type.getSimpleName()).doesNotContain(PetitionerIdentity.class);
        }
        assertThat(new PetitionerIdentity("Nguyễn Văn A", "0912345678", "079203001234", "Bà Rịa", "a@b.vn").toString())
                .doesNotContain("Nguyễn").doesNotContain("0912");
    }

    @Test
    void enumsHaveBothLanguagesAndTheCatalogueResolvesTypes() {
        for (Topic topic : Topic.values()) {
            assertThat(topic.labelVi()).isNotBlank().isNotEqualTo(topic.labelEn());
        }
        assertThat(Channel.values()).hasSize(7);
        assertThat(Channel.CONFERENCE.labelVi()).isEqualTo("Hội nghị đối thoại");
        assertThat(Channel.CONFERENCE.labelEn()).isEqualTo("Dialogue conference");
        assertThat(HandlingLevel.COMMUNE.above()).isEqualTo(HandlingLevel.PROVINCE);
        assertThat(HandlingLevel.NATIONAL.above()).isNull();
        assertThat(FeedbackEvents.byType("PetitionEscalated")).contains(PetitionEscalatedEvent.class);
        assertThat(FeedbackEvents.byType("ResidentialAreaRegistered")).isEmpty();
    }

    private static void writeActualOnMismatch(String eventType, DomainEvent event) throws IOException {
        String golden = golden(goldenPath(eventType, event));
        String actual = EnvelopeCodec.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(event);
        if (golden == null || !EnvelopeCodec.toTree(event).equals(EnvelopeCodec.mapper().readTree(golden))) {
            Path out = Path.of("target", goldenPath(eventType, event).replace("golden/", "golden-actual/"));
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual + "\n");
        }
    }

    private static void assertGolden(String eventType, DomainEvent event) throws IOException {
        String path = goldenPath(eventType, event);
        String golden = golden(path);
        assertThat(golden).as(path).isNotNull();
        assertThat(EnvelopeCodec.toTree(event)).as(eventType).isEqualTo(EnvelopeCodec.mapper().readTree(golden));
        assertThat(EnvelopeCodec.mapper().readValue(golden, event.getClass())).as(eventType).isEqualTo(event);
        assertThat(EventTypes.nameOf(event.getClass())).isEqualTo(eventType);
        assertThat(EventTypes.schemaVersionOf(event.getClass())).as(eventType)
                .isEqualTo(VERSIONS.getOrDefault(eventType, 1));
        assertThat(event.unitCode()).isEqualTo("26560-KP01");
    }

    /**
     * Events whose schema is above version 1: 2 = a day of recording and "recorded late", a new escalation reason;
     * 3 (PetitionReceived) and 2 (PetitionClassified) = the handling level and unit decided by the command handler;
     * 4 (PetitionReceived) = the provenance of a petition opened from another context's events (a conference opinion).
     */
    static final Map<String, Integer> VERSIONS = Map.of("PetitionReceived", 4, "PetitionClassified", 2,
            "PetitionForwarded", 2, "PetitionEscalated", 2);

    private static String goldenPath(String eventType, DomainEvent event) {
        return "golden/" + eventType + "-v" + EventTypes.schemaVersionOf(event.getClass()) + ".json";
    }

    private static String golden(String path) throws IOException {
        try (InputStream in = PublishedEventsGoldenTest.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
