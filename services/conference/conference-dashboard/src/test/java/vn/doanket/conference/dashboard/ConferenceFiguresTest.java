package vn.doanket.conference.dashboard;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.doanket.conference.api.*;
import vn.doanket.context.ContextProjection;
import vn.doanket.events.Actor;
import vn.doanket.events.DomainEvent;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.SortedMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conference context's dashboard projection as pure functions: events fold into bounded documents, the same
 * events give the same document, timelines date every figure (a Unity Day counts for its year only), placements, and
 * nothing secret in a document. The events are the published ones (the API's records through the envelope codec).
 */
class ConferenceFiguresTest {

    final ConferenceFigures projection = new ConferenceFigures();

    // ------------------------------------------------------------------ folding, as the dashboard does

    /** One aggregate's events, in order. */
    static final class Stream {
        final String type;
        final String id;
        final List<EventEnvelope> events = new ArrayList<>();

        Stream(String type, String id) {
            this.type = type;
            this.id = id;
        }

        Stream then(DomainEvent event) {
            events.add(EnvelopeCodec.envelope(UUID.randomUUID(), type, id, events.size(),
                    Instant.parse("2026-11-20T02:00:00Z"), Actor.SYSTEM, null, event));
            return this;
        }

        Stream then(String eventType, ObjectNode payload, String unitCode) {
            events.add(new EventEnvelope(UUID.randomUUID(), eventType, 1, type, id, events.size(),
                    Instant.parse("2026-11-20T02:00:00Z"), unitCode, Actor.SYSTEM, null, payload));
            return this;
        }
    }

    Document fold(Stream stream) {
        Document state = new Document("_id", stream.id);
        for (EventEnvelope event : stream.events) {
            assertThat(projection.collection(event)).isNotNull();
            projection.apply(state, event);
        }
        return state;
    }

    /** What a document adds on a day: its last timeline entry on or before it. */
    Map<String, Long> on(Document state, LocalDate day) {
        SortedMap<LocalDate, Map<String, Long>> timeline = projection.timeline(state);
        SortedMap<LocalDate, Map<String, Long>> upTo = timeline.headMap(day.plusDays(1));
        return upTo.isEmpty() ? Map.of() : upTo.get(upTo.lastKey());
    }

    long sum(List<Document> states, String figure, LocalDate day) {
        return states.stream().mapToLong(s -> on(s, day).getOrDefault(figure, 0L)).sum();
    }

    // ------------------------------------------------------------------ fixtures

    static Stream unityDay(String area, LocalDate heldOn, int participants) {
        String id = "ngay-hoi-" + area + "-" + heldOn.getYear();
        LocalDateTime startsAt = heldOn.atTime(7, 30);
        return new Stream("Conference", id)
                .then(new ConferencePlannedEvent(id, ConferenceKind.UNITY_DAY, area, "Ngày hội", startsAt, null,
                        "Nhà văn hóa", List.of(), heldOn.minusDays(30)))
                .then(new ConferenceOpenedEvent(id, area, ConferenceKind.UNITY_DAY, heldOn))
                .then(new UnityDayActivitiesRecordedEvent(id, area, List.of("Văn nghệ"), heldOn))
                .then(new HeadcountRecordedEvent(id, area, participants, heldOn))
                .then(new ConferenceClosedEvent(id, area, ConferenceKind.UNITY_DAY, null, heldOn, 0, participants, 0, 0,
                        0, 0, 0));
    }

    static Stream dialogue(String id) {
        LocalDate held = LocalDate.of(2026, 10, 20);
        return new Stream("Conference", id)
                .then(new ConferencePlannedEvent(id, ConferenceKind.DIALOGUE, "26560", "Đối thoại", held.atTime(8, 0),
                        null, "Hội trường", List.of(), LocalDate.of(2026, 10, 1)))
                .then(new InvitationsSentEvent(id, "26560", 2, 2, LocalDate.of(2026, 10, 10)))
                .then(new ConferenceOpenedEvent(id, "26560", ConferenceKind.DIALOGUE, held))
                .then(new AttendeeCheckedInEvent(id, "26560", "moi-1", InviteeKind.COMMITTEE, "26560-KP01",
                        CheckInMethod.SCAN, held, 1, 1))
                .then(new AttendeeCheckedInEvent(id, "26560", "moi-2", InviteeKind.COMMITTEE, "26560-KP02",
                        CheckInMethod.CODE, held, 2, 1))
                .then(new DelegateRegisteredEvent(id, "26560", "d-1", null, List.of("26560-KP01/2024", "26560-KP02/2024"),
                        1, 2, 1, held))
                .then(new OpinionRaisedEvent(id, "y-1", "d-1", null, List.of("26560-KP01/2024"), "26560-KP01", "LAND",
                        "Nội dung ý kiến riêng tư số một", held, "26560"))
                .then(new OpinionRaisedEvent(id, "y-2", "d-1", null, List.of("26560-KP01/2024"), "26560-KP02", "OTHER",
                        "Nội dung ý kiến riêng tư số hai", held, "26560"))
                .then(new OpinionPetitionLinkedEvent(id, "26560", "y-1", "PA-1", 1, LocalDate.of(2026, 10, 21)))
                .then(new ConferenceClosedEvent(id, "26560", ConferenceKind.DIALOGUE, "Kết luận", held, 2, 0, 1, 2, 1, 2, 0))
                .then(new OpinionPetitionLinkedEvent(id, "26560", "y-2", "PA-2", 2, LocalDate.of(2026, 10, 25)));
    }

    // ------------------------------------------------------------------ the issue's acceptance: coverage

    @Test
    void unityDayCoverageOfACommuneWithEightAreasReads75ThenAHundredPercent() {
        LocalDate day = LocalDate.of(2026, 11, 30);
        List<Document> held = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            held.add(fold(unityDay("26560-KP0" + i, LocalDate.of(2026, 11, 10 + i), 100 + i)));
        }
        long residentialAreas = 8; // membership's figure of the commune's areas in force that day
        ContextProjection.Ratio coverage = projection.ratios().get(0);
        assertThat(coverage.name()).isEqualTo("unityDayCoverage");
        assertThat(coverage.numerator()).isEqualTo("unityDayAreasThisYear");
        assertThat(coverage.denominator()).isEqualTo("residentialAreas");
        assertThat(sum(held, coverage.numerator(), day)).isEqualTo(6);
        assertThat(100.0 * sum(held, coverage.numerator(), day) / residentialAreas).isEqualTo(75.0);
        assertThat(sum(held, ConferenceFigures.UNITY_DAY_PARTICIPANTS, day)).isEqualTo(101 + 102 + 103 + 104 + 105 + 106);

        held.add(fold(unityDay("26560-KP07", LocalDate.of(2026, 12, 1), 90)));
        held.add(fold(unityDay("26560-KP08", LocalDate.of(2026, 12, 2), 90)));
        assertThat(sum(held, coverage.numerator(), day)).as("before the last two were held").isEqualTo(6);
        assertThat(100.0 * sum(held, coverage.numerator(), LocalDate.of(2026, 12, 31)) / residentialAreas).isEqualTo(100.0);
        // a year's Unity Days count for that year only
        assertThat(sum(held, coverage.numerator(), LocalDate.of(2027, 1, 1))).isZero();
        assertThat(sum(held, coverage.numerator(), LocalDate.of(2026, 11, 10))).isZero();
        // the next year's count starts again
        held.add(fold(unityDay("26560-KP01", LocalDate.of(2027, 11, 15), 80)));
        assertThat(sum(held, coverage.numerator(), LocalDate.of(2027, 11, 30))).isEqualTo(1);
    }

    @Test
    void aUnityDayCountsAtItsResidentialAreaFromTheDayItWasHeld() {
        Document state = fold(unityDay("26560-KP01", LocalDate.of(2026, 11, 18), 240));
        assertThat(projection.placement(state)).isEqualTo(new ContextProjection.Placement("26560-KP01",
                LocalDate.of(2026, 11, 18)));
        assertThat(projection.timeline(state)).containsOnlyKeys(LocalDate.of(2026, 11, 18), LocalDate.of(2027, 1, 1));
        assertThat(projection.timeline(state).get(LocalDate.of(2027, 1, 1))).isEmpty();
    }

    // ------------------------------------------------------------------ conferences

    @Test
    void aDialogueCountsFromTheDayItWasHeldAndItsPetitionsFromTheDayTheyWereReceived() {
        Document state = fold(dialogue("doi-thoai-1"));
        assertThat(projection.placement(state)).isEqualTo(new ContextProjection.Placement("26560",
                LocalDate.of(2026, 10, 20)));
        assertThat(on(state, LocalDate.of(2026, 10, 19))).isEmpty();
        Map<String, Long> held = on(state, LocalDate.of(2026, 10, 20));
        assertThat(held).containsEntry("conferencesDialogue", 1L).containsEntry(ConferenceFigures.ATTENDEES, 2L)
                .containsEntry(ConferenceFigures.DELEGATES, 1L).containsEntry(ConferenceFigures.OPINIONS, 2L)
                .doesNotContainKey(ConferenceFigures.PETITIONED);
        assertThat(on(state, LocalDate.of(2026, 10, 21))).containsEntry(ConferenceFigures.PETITIONED, 1L);
        assertThat(on(state, LocalDate.of(2026, 10, 25))).containsEntry(ConferenceFigures.PETITIONED, 2L)
                .containsEntry("conferencesDialogue", 1L);
        assertThat(on(state, LocalDate.of(2030, 1, 1))).containsEntry(ConferenceFigures.PETITIONED, 2L);
    }

    @Test
    void replayingTheSameEventsGivesTheSameDocumentAndTimeline() {
        Stream stream = dialogue("doi-thoai-2");
        Document first = fold(stream);
        Document second = fold(stream);
        assertThat(second.toJson()).isEqualTo(first.toJson());
        assertThat(projection.timeline(second)).isEqualTo(projection.timeline(first));
        // and the document stays small whatever the history: counts and days only
        Stream many = new Stream("Conference", "lon");
        many.then(new ConferencePlannedEvent("lon", ConferenceKind.THEMATIC, "79", "Lớn",
                LocalDateTime.of(2026, 9, 15, 8, 0), null, "Hội trường", List.of(), LocalDate.of(2026, 9, 1)));
        many.then(new ConferenceOpenedEvent("lon", "79", ConferenceKind.THEMATIC, LocalDate.of(2026, 9, 15)));
        for (int i = 1; i <= 3_000; i++) {
            many.then(new AttendeeCheckedInEvent("lon", "79", "m" + i, InviteeKind.PERSON, null, CheckInMethod.SCAN,
                    LocalDate.of(2026, 9, 15), i, 0));
        }
        Document big = fold(many);
        assertThat(big.toJson().length()).isLessThan(300);
        assertThat(on(big, LocalDate.of(2026, 9, 15))).containsEntry(ConferenceFigures.ATTENDEES, 3_000L)
                .containsEntry("conferencesThematic", 1L);
    }

    @Test
    void nothingSecretGoesIntoTheDocument() {
        Document state = fold(dialogue("doi-thoai-3"));
        String json = state.toJson();
        assertThat(json).doesNotContain("riêng tư").doesNotContain("Kết luận").doesNotContain("moi-1")
                .doesNotContain("d-1").doesNotContain("26560-KP01/2024");
        Document certificate = fold(new Stream("Certificate", "c-1")
                .then("CertificateIssued", certificateIssued("c-1", "26560", "2026-10-08"), "26560"));
        assertThat(certificate.toJson()).doesNotContain("Hoàn thành lớp tập huấn").doesNotContain("26560-2026-000001")
                .doesNotContain("th:hv-1");
    }

    @Test
    void aCancelledOrNeverHeldConferenceCountsNowhere() {
        LocalDateTime startsAt = LocalDateTime.of(2026, 12, 20, 8, 0);
        Document cancelled = fold(new Stream("Conference", "huy")
                .then(new ConferencePlannedEvent("huy", ConferenceKind.BRIEFING, "26560", "Giao ban", startsAt, null,
                        "Hội trường", List.of(), LocalDate.of(2026, 12, 1)))
                .then(new ConferenceCancelledEvent("huy", "26560", ConferenceKind.BRIEFING, "Bão", LocalDate.of(2026, 12, 5))));
        assertThat(projection.timeline(cancelled)).isEmpty();
        assertThat(projection.placement(cancelled)).isNull();
        Document postponed = fold(new Stream("Conference", "hoan")
                .then(new ConferencePlannedEvent("hoan", ConferenceKind.BRIEFING, "26560", "Giao ban", startsAt, null,
                        "Hội trường", List.of(), LocalDate.of(2026, 12, 1)))
                .then(new ConferencePostponedEvent("hoan", "26560", "Bão", null, null, LocalDate.of(2026, 12, 5))));
        assertThat(projection.timeline(postponed)).isEmpty();
        assertThat(projection.placement(postponed)).isNull();
    }

    @Test
    void propagandaSessionsCountSessionsAndTheirHeadcount() {
        LocalDate day = LocalDate.of(2026, 8, 10);
        Document state = fold(new Stream("Conference", "tt")
                .then(new ConferencePlannedEvent("tt", ConferenceKind.PROPAGANDA_SESSION, "26560-KP01", "Tuyên truyền",
                        day.atTime(19, 0), null, "Nhà văn hóa", List.of(), day.minusDays(3)))
                .then(new ConferenceOpenedEvent("tt", "26560-KP01", ConferenceKind.PROPAGANDA_SESSION, day))
                .then(new HeadcountRecordedEvent("tt", "26560-KP01", 85, day)));
        assertThat(on(state, day)).containsEntry("propagandaSessions", 1L)
                .containsEntry(ConferenceFigures.PROPAGANDA_ATTENDEES, 85L)
                .doesNotContainKey(ConferenceFigures.ATTENDEES);
    }

    @Test
    void aConferenceOfThePastIsPlacedOnTheDayItWasHeldUnderItsUnitAsRecorded() {
        LocalDate day = LocalDate.of(2023, 11, 10);
        Document state = fold(new Stream("Conference", "cu")
                .then(new ConferencePlannedEvent("cu", ConferenceKind.THEMATIC, "26548", "Chuyên đề", day.atTime(8, 0),
                        null, "Hội trường", List.of(), LocalDate.of(2026, 11, 20)))
                .then(new ConferenceOpenedEvent("cu", "26548", ConferenceKind.THEMATIC, day)));
        assertThat(projection.placement(state)).isEqualTo(new ContextProjection.Placement("26548", day));
        assertThat(on(state, day)).containsEntry("conferencesThematic", 1L);
    }

    // ------------------------------------------------------------------ training and certificates

    @Test
    void aTrainingClassCountsItsSessionsAndThePeopleWhoCompletedIt() {
        LocalDate s1 = LocalDate.of(2026, 10, 6);
        LocalDate s2 = LocalDate.of(2026, 10, 7);
        Document state = fold(new Stream("TrainingClass", "th")
                .then(new TrainingClassPlannedEvent("th", "26560", "Bồi dưỡng", "Hội trường", List.of(),
                        List.of(new TrainingSession(1, s1, "Một"), new TrainingSession(2, s2, "Hai")), s1.minusDays(10)))
                .then(new TraineeEnrolledEvent("th", "26560", "hv-1", null, TraineeRole.COMMITTEE_HEAD, "26560-KP01", s1))
                .then(new TraineeEnrolledEvent("th", "26560", "hv-2", null, TraineeRole.COMMITTEE_HEAD, "26560-KP02", s1))
                .then(new SessionAttendanceRecordedEvent("th", "26560", 1, s1, List.of("hv-1", "hv-2"), 2))
                .then(new SessionAttendanceRecordedEvent("th", "26560", 2, s2, List.of("hv-1"), 2))
                .then(new TraineeCompletedEvent("th", "26560", "hv-1", null, TraineeRole.COMMITTEE_HEAD, "26560-KP01",
                        "Bồi dưỡng", 2, LocalDate.of(2026, 10, 9)))
                .then(new TrainingClassClosedEvent("th", "26560", 2, 1, LocalDate.of(2026, 10, 9))));
        assertThat(projection.placement(state)).isEqualTo(new ContextProjection.Placement("26560", s1));
        assertThat(on(state, s1.minusDays(1))).isEmpty();
        assertThat(on(state, s1)).containsEntry("trainingClasses", 1L).containsEntry(ConferenceFigures.TRAINING_SESSIONS, 1L)
                .containsEntry(ConferenceFigures.PEOPLE_TRAINED, 0L);
        assertThat(on(state, s2)).containsEntry(ConferenceFigures.TRAINING_SESSIONS, 2L);
        assertThat(on(state, LocalDate.of(2026, 10, 9))).containsEntry(ConferenceFigures.PEOPLE_TRAINED, 1L)
                .containsEntry("trainingClasses", 1L);
        assertThat(state.toJson()).doesNotContain("hv-1");
    }

    @Test
    void certificatesCountAtTheirIssuerFromTheDayOfIssueAndRevocation() {
        Document state = fold(new Stream("Certificate", "c-2")
                .then("CertificateIssued", certificateIssued("c-2", "26560", "2026-10-08"), "26560")
                .then("CertificateRevoked", JsonNodeFactory.instance.objectNode().put("certificateId", "c-2")
                        .put("number", "26560-2026-000002").put("issuerUnitCode", "26560").put("reason", "Nhầm")
                        .put("revokedOn", "2026-11-01"), "26560"));
        assertThat(projection.placement(state)).isEqualTo(new ContextProjection.Placement("26560",
                LocalDate.of(2026, 10, 8)));
        assertThat(on(state, LocalDate.of(2026, 10, 8))).isEqualTo(Map.of(ConferenceFigures.CERTIFICATES_ISSUED, 1L));
        assertThat(on(state, LocalDate.of(2026, 11, 1))).isEqualTo(Map.of(ConferenceFigures.CERTIFICATES_ISSUED, 1L,
                ConferenceFigures.CERTIFICATES_REVOKED, 1L));
    }

    // ------------------------------------------------------------------ declaration

    @Test
    void itIsFoundByTheServiceLoaderWithUniqueFiguresLabelledVietnameseFirst() {
        List<ContextProjection> found = ServiceLoader.load(ContextProjection.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).isInstanceOf(ConferenceFigures.class);
        assertThat(projection.context()).isEqualTo("conference");
        assertThat(projection.topic()).isEqualTo("doanket.conference.events");
        Set<String> names = new HashSet<>();
        for (ContextProjection.Figure figure : projection.figures()) {
            assertThat(names.add(figure.name())).as(figure.name()).isTrue();
            assertThat(figure.name()).matches("[a-z][A-Za-z]+");
            assertThat(figure.vi()).isNotBlank().isNotEqualTo(figure.en());
            assertThat(figure.en()).isNotBlank();
        }
        for (ConferenceKind kind : ConferenceKind.values()) {
            assertThat(names).as("a figure per kind").contains(kind.figure());
        }
        for (ContextProjection.Ratio ratio : projection.ratios()) {
            assertThat(names).contains(ratio.numerator());
        }
        assertThat(projection.collections()).containsExactly(ConferenceFigures.CONFERENCES,
                ConferenceFigures.TRAINING_CLASSES, ConferenceFigures.CERTIFICATES);
    }

    @Test
    void invitationsAndUnknownAggregatesAreNotKept() {
        EventEnvelope invitation = EnvelopeCodec.envelope(UUID.randomUUID(), "Invitation", "c/m", 0, Instant.now(),
                Actor.SYSTEM, null, new InvitationSentEvent("c", "m", "26560", InviteeKind.COMMUNE, "26506", "26506",
                        false, LocalDate.of(2026, 10, 1)));
        assertThat(projection.collection(invitation)).isNull();
        EventEnvelope unknown = new EventEnvelope(UUID.randomUUID(), "Something", 1, "Something", "x", 0, Instant.now(),
                "26560", Actor.SYSTEM, null, JsonNodeFactory.instance.objectNode());
        assertThat(projection.collection(unknown)).isNull();
        // an unknown event type of a known aggregate changes nothing
        Document state = fold(dialogue("doi-thoai-4"));
        String before = state.toJson();
        projection.apply(state, new EventEnvelope(UUID.randomUUID(), "ConferenceRenamed", 2, "Conference",
                "doi-thoai-4", 99, Instant.now(), "26560", Actor.SYSTEM, null, JsonNodeFactory.instance.objectNode()));
        assertThat(state.toJson()).isEqualTo(before);
    }

    static ObjectNode certificateIssued(String id, String issuer, String issuedOn) {
        return JsonNodeFactory.instance.objectNode().put("certificateId", id).put("number", issuer + "-2026-000001")
                .put("issuerUnitCode", issuer).put("kind", "TRAINING_COMPLETION")
                .putNull("holderPersonId")
                .put("title", "Hoàn thành lớp tập huấn").put("basisType", "TraineeCompleted")
                .put("basisId", "th:hv-1").put("issuedOn", issuedOn);
    }
}
