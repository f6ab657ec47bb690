package vn.doanket.competition.dashboard;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.doanket.competition.api.*;
import vn.doanket.context.ContextProjection;
import vn.doanket.events.Actor;
import vn.doanket.events.DomainEvent;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doanket.competition.dashboard.CompetitionProjection.*;

/**
 * The competition context's dashboard projection as pure functions: documents from events, placements and dated
 * timelines; replaying gives the same documents; nothing of marks, nothing of names.
 */
class CompetitionProjectionTest {

    static final CompetitionProjection PROJECTION = new CompetitionProjection();
    static final LocalDate CREATED = LocalDate.of(2026, 11, 2);
    static final LocalDate NOMINATED = LocalDate.of(2026, 11, 5);
    static final LocalDate PUBLISHED = LocalDate.of(2026, 12, 1);
    static final List<String> COMMUNES = List.of("26506", "26526", "26536", "26542", "26545", "26560", "26566", "26572",
            "26575", "26584", "26590");

    /** One aggregate's events as envelopes, numbered from 0. */
    static final class Stream {
        final String aggregateType;
        final String aggregateId;
        final List<EventEnvelope> envelopes = new ArrayList<>();

        Stream(String aggregateType, String aggregateId) {
            this.aggregateType = aggregateType;
            this.aggregateId = aggregateId;
        }

        Stream add(DomainEvent event) {
            envelopes.add(EnvelopeCodec.envelope(UUID.nameUUIDFromBytes((aggregateId + envelopes.size())
                            .getBytes(StandardCharsets.UTF_8)), aggregateType, aggregateId, envelopes.size(),
                    Instant.parse("2026-12-01T03:00:00Z"), new Actor("u-can-bo-hcm", "OFFICER"), null, event));
            return this;
        }

        /** The document the dashboard keeps: each counted event applied once, in order. */
        Document document() {
            Document state = new Document("_id", aggregateId);
            for (EventEnvelope envelope : envelopes) {
                if (PROJECTION.collection(envelope) != null) {
                    PROJECTION.apply(state, envelope);
                }
            }
            return state;
        }
    }

    /** What an aggregate adds to its unit at the end of {@code day}. */
    static Map<String, Long> asOf(Document document, LocalDate day) {
        SortedMap<LocalDate, Map<String, Long>> timeline = PROJECTION.timeline(document);
        SortedMap<LocalDate, Map<String, Long>> upTo = timeline.headMap(day.plusDays(1));
        return upTo.isEmpty() ? Map.of() : upTo.get(upTo.lastKey());
    }

    static Map<String, Long> sum(List<Document> documents, LocalDate day) {
        Map<String, Long> total = new HashMap<>();
        for (Document document : documents) {
            asOf(document, day).forEach((figure, value) -> total.merge(figure, value, Math::addExact));
        }
        return total;
    }

    /** The province contest of the acceptance: 19 contestants of 11 communes, a locked round, 1/2/3/13, published. */
    static Stream nineteen(boolean published) {
        String id = "hoi-thi-2026";
        Stream s = new Stream("Contest", id);
        s.add(new ContestCreatedEvent(id, "79", OrganiserLevel.PROVINCE, "Hội thi Trưởng ban giỏi", CREATED,
                CREATED.plusMonths(2), null, 2, List.of(new TierQuota(PrizeTier.FIRST, 1), new TierQuota(PrizeTier.SECOND, 2),
                new TierQuota(PrizeTier.THIRD, 3), new TierQuota(PrizeTier.CONSOLATION, 13)), List.of(), CREATED));
        List<ContestantResult> results = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            String commune = COMMUNES.get(i % 11);
            s.add(new ContestantNominatedEvent(id, "79", "ts-" + i, commune, commune, null, null, NOMINATED));
            results.add(new ContestantResult("ts-" + i, commune, String.format("%d.1234", 95 - i), i + 1, 3, 3,
                    List.of(new CriterionMean("noi-dung", "9.8765")), true));
        }
        s.add(new RoundPlannedEvent(id, "79", "r1", 1, "Thuyết trình", List.of(new Criterion("noi-dung", "Nội dung", 1, 10)),
                Advancement.all()));
        s.add(new JudgeAppointedEvent(id, "79", "kiem-tra-hcm", "79", List.of(), NOMINATED));
        s.add(new ConflictOfInterestDeclaredEvent(id, "79", "kiem-tra-hcm", "ts-3", "Quan hệ gia đình", NOMINATED));
        s.add(new RoundOpenedEvent(id, "79", "r1", results.stream().map(ContestantResult::contestantId).toList(), NOMINATED));
        s.add(new RoundClosedEvent(id, "79", "r1", 57, NOMINATED.plusDays(5)));
        s.add(new RoundLockedEvent(id, "79", "r1", results, NOMINATED.plusDays(6)));
        for (int i = 0; i < 19; i++) {
            PrizeTier tier = i == 0 ? PrizeTier.FIRST : i < 3 ? PrizeTier.SECOND : i < 6 ? PrizeTier.THIRD : PrizeTier.CONSOLATION;
            s.add(new PrizeAwardedEvent(id, "79", "ts-" + i, COMMUNES.get(i % 11), COMMUNES.get(i % 11), tier, i + 1,
                    AwardBasis.RANKING, "125/QĐ-MTTQ", null, NOMINATED.plusDays(7)));
        }
        s.add(new ContestResultsLockedEvent(id, "79", List.of(new TierCount(PrizeTier.FIRST, 1)), NOMINATED.plusDays(8)));
        if (published) {
            s.add(new ContestResultsPublishedEvent(id, "79", PUBLISHED));
        }
        return s;
    }

    static Stream gift(int i, long amount) {
        String id = "qua-tet-" + i;
        String unit = i % 3 == 0 ? "26560" : "26560-KP0" + (1 + i % 3);
        return new Stream("Gift", id).add(new GiftRecordedEvent(id, unit, GiftOccasion.TET,
                GiftRecipientKind.PRESTIGIOUS_PERSON, null, amount, null, FundingSource.FOR_THE_POOR_FUND, "12/QĐ-MTTQ",
                LocalDate.of(2026, 2, 10), null));
    }

    // ------------------------------------------------------------------ gifts: exact VND

    @Test
    void twentySevenGiftsOf450000VndTotalExactly12150000() {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            documents.add(gift(i, 450_000L).document());
        }
        Map<String, Long> total = sum(documents, LocalDate.of(2026, 12, 31));
        assertThat(total.get(F_GIFTS)).isEqualTo(27L);
        assertThat(total.get(F_GIFTS_VND)).isEqualTo(12_150_000L);
        // before the day they were given: nothing
        assertThat(sum(documents, LocalDate.of(2026, 2, 9))).isEmpty();
        // each counts where it was recorded (the commune or one of its areas), so every level above adds them up
        assertThat(documents.stream().map(PROJECTION::placement).map(ContextProjection.Placement::unitCode).distinct())
                .containsExactlyInAnyOrder("26560", "26560-KP02", "26560-KP03");
        assertThat(documents.get(0).get("gift", Document.class).get("amountVnd")).isInstanceOf(Long.class);
    }

    @Test
    void aCorrectedGiftIsAReversalPlusANewEntryAndTheTotalStaysExact() {
        Stream wrong = gift(1, 540_000L);
        wrong.add(new GiftReversedEvent("qua-tet-1", "26560-KP02", GiftOccasion.TET, 540_000L, "Nhập sai số tiền",
                LocalDate.of(2026, 2, 12), "qua-tet-1b"));
        Stream right = new Stream("Gift", "qua-tet-1b").add(new GiftRecordedEvent("qua-tet-1b", "26560-KP02",
                GiftOccasion.TET, GiftRecipientKind.PRESTIGIOUS_PERSON, null, 450_000L, null,
                FundingSource.FOR_THE_POOR_FUND, "12/QĐ-MTTQ", LocalDate.of(2026, 2, 10), "qua-tet-1"));
        List<Document> documents = List.of(wrong.document(), right.document());
        assertThat(sum(documents, LocalDate.of(2026, 2, 11))).containsEntry(F_GIFTS, 2L).containsEntry(F_GIFTS_VND, 990_000L);
        assertThat(sum(documents, LocalDate.of(2026, 2, 12))).containsEntry(F_GIFTS, 1L).containsEntry(F_GIFTS_VND, 450_000L);
        // amounts beyond int and sums near Long.MAX_VALUE stay exact (no floating point on the way)
        Document big = gift(2, 1_000_000_000L).document();
        assertThat(asOf(big, LocalDate.of(2026, 3, 1))).containsEntry(F_GIFTS_VND, 1_000_000_000L);
    }

    // ------------------------------------------------------------------ contests

    @Test
    void theOrganisingUnitCountsNineteenContestantsElevenCommunesAndPrizesOneTwoThreeThirteenFromPublication() {
        Document document = nineteen(true).document();
        assertThat(PROJECTION.placement(document)).isEqualTo(new ContextProjection.Placement("79", CREATED));
        assertThat(asOf(document, CREATED)).isEqualTo(Map.of(F_CONTESTS, 1L));
        Map<String, Long> running = Map.of(F_CONTESTS, 1L, F_CONTESTANTS, 19L, F_COMMUNES, 11L);
        assertThat(asOf(document, NOMINATED)).isEqualTo(running);
        // awarded and locked but not yet published: no prize on the dashboard
        assertThat(asOf(document, PUBLISHED.minusDays(1))).isEqualTo(running);
        assertThat(asOf(document, PUBLISHED)).isEqualTo(Map.of(F_CONTESTS, 1L, F_CONTESTANTS, 19L, F_COMMUNES, 11L,
                F_FIRST, 1L, F_SECOND, 2L, F_THIRD, 3L, F_CONSOLATION, 13L));
        assertThat(PROJECTION.timeline(document).keySet()).containsExactly(CREATED, NOMINATED, PUBLISHED);
        assertThat(asOf(nineteen(false).document(), PUBLISHED.plusYears(1))).isEqualTo(running);
    }

    @Test
    void aWithdrawalAndACorrectionAfterPublicationAreDated() {
        Stream s = nineteen(true);
        s.add(new ContestResultCorrectedEvent("hoi-thi-2026", "79", "dc-1", "ts-0", "26506", "26506", PrizeTier.FIRST,
                null, "Vi phạm thể lệ", "130/QĐ-MTTQ", PUBLISHED.plusDays(10)));
        s.add(new ContestResultCorrectedEvent("hoi-thi-2026", "79", "dc-2", "ts-1", "26526", "26526", PrizeTier.SECOND,
                PrizeTier.FIRST, "Điều chỉnh", "131/QĐ-MTTQ", PUBLISHED.plusDays(10)));
        Document document = s.document();
        assertThat(asOf(document, PUBLISHED.plusDays(9))).containsEntry(F_FIRST, 1L).containsEntry(F_SECOND, 2L);
        assertThat(asOf(document, PUBLISHED.plusDays(10))).containsEntry(F_FIRST, 1L).containsEntry(F_SECOND, 1L)
                .containsEntry(F_THIRD, 3L).containsEntry(F_CONSOLATION, 13L);

        Stream withdrawn = new Stream("Contest", "hoi-thi-b");
        withdrawn.add(new ContestCreatedEvent("hoi-thi-b", "26560", OrganiserLevel.COMMUNE, "Hội thi", CREATED, CREATED,
                null, 1, List.of(new TierQuota(PrizeTier.FIRST, 1)), List.of(), CREATED));
        withdrawn.add(new ContestantNominatedEvent("hoi-thi-b", "26560", "a", "26560-KP01", "26560", null, null, NOMINATED));
        withdrawn.add(new ContestantNominatedEvent("hoi-thi-b", "26560", "b", "26560-KP02", "26560", null, null, NOMINATED));
        withdrawn.add(new NominationWithdrawnEvent("hoi-thi-b", "26560", "b", "26560-KP02", "26560", "Ốm",
                NOMINATED.plusDays(2)));
        Document doc = withdrawn.document();
        assertThat(asOf(doc, NOMINATED)).containsEntry(F_CONTESTANTS, 2L).containsEntry(F_COMMUNES, 1L);
        assertThat(asOf(doc, NOMINATED.plusDays(2))).containsEntry(F_CONTESTANTS, 1L);
    }

    // ------------------------------------------------------------------ commendations and registrations

    @Test
    void commendationsAndRegistrationsCountFromTheirDayUntilRevoked() {
        Stream c = new Stream("Commendation", "kt-1").add(new CommendationGrantedEvent("kt-1", "26560-KP01", "26560",
                CommendationKind.GIAY_KHEN, "45/QĐ-MTTQ", LocalDate.of(2026, 11, 18), RecipientKind.COLLECTIVE, null,
                CommendationBasis.MOVEMENT, "pt-1", "Hoàn thành xuất sắc"));
        assertThat(PROJECTION.placement(c.document())).isEqualTo(
                new ContextProjection.Placement("26560-KP01", LocalDate.of(2026, 11, 18)));
        assertThat(asOf(c.document(), LocalDate.of(2026, 11, 18))).isEqualTo(Map.of(F_COMMENDATIONS, 1L));
        c.add(new CommendationRevokedEvent("kt-1", "26560-KP01", "26560", "Sai đối tượng", LocalDate.of(2026, 12, 1)));
        assertThat(asOf(c.document(), LocalDate.of(2026, 11, 30))).isEqualTo(Map.of(F_COMMENDATIONS, 1L));
        assertThat(asOf(c.document(), LocalDate.of(2026, 12, 1))).isEmpty();

        Stream r = new Stream("MovementParticipation", "pt-1/26560").add(new UnitRegisteredForMovementEvent("pt-1/26560",
                "26560", "pt-1", "79", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), List.of("a"), null,
                LocalDate.of(2026, 3, 1)));
        assertThat(asOf(r.document(), LocalDate.of(2026, 3, 1))).isEqualTo(Map.of(F_MOVEMENT_UNITS, 1L));
        assertThat(PROJECTION.placement(r.document()).unitCode()).isEqualTo("26560");
    }

    // ------------------------------------------------------------------ determinism and secrets

    @Test
    void replayingTheSameEventsGivesTheSameDocumentsAndTimelines() {
        for (Stream s : List.of(nineteen(true), gift(3, 450_000L), gift(4, 300_000L))) {
            Document first = s.document();
            Document again = s.document();
            assertThat(again).isEqualTo(first);
            assertThat(again.toJson()).isEqualTo(first.toJson());
            assertThat(PROJECTION.timeline(again)).isEqualTo(PROJECTION.timeline(first));
            assertThat(PROJECTION.placement(again)).isEqualTo(PROJECTION.placement(first));
        }
    }

    @Test
    void noMarkAndNoNameEverReachesADocument() {
        Stream s = nineteen(true);
        Document document = s.document();
        String json = document.toJson();
        assertThat(json).doesNotContain("mark").doesNotContain("1234").doesNotContain("9.8765").doesNotContain("rank")
                .doesNotContain("judge").doesNotContain("kiem-tra-hcm").doesNotContain("criterion");
        // RoundLocked, the only event that carries marks, is not counted at all; nor are sheets (never published)
        EventEnvelope locked = s.envelopes.stream().filter(e -> e.eventType().equals("RoundLocked")).findFirst().orElseThrow();
        assertThat(PROJECTION.collection(locked)).isNull();
        Document untouched = new Document("_id", "x");
        PROJECTION.apply(untouched, locked);
        assertThat(untouched).isEqualTo(new Document("_id", "x"));
        for (String type : List.of("RoundPlanned", "JudgeAppointed", "ConflictOfInterestDeclared", "RoundOpened",
                "RoundClosed", "RoundLocked", "ContestResultsLocked")) {
            assertThat(s.envelopes.stream().filter(e -> e.eventType().equals(type)).map(PROJECTION::collection))
                    .as(type).isNotEmpty().containsOnlyNulls();
        }
        // only units, days, counts, tiers and amounts: the document's keys
        assertThat(keys(document)).allMatch(k -> List.of("_id", "contest", "unit", "createdOn", "publishedOn", "contestants",
                "commune", "on", "withdrawnOn", "tiers").contains(k) || k.startsWith("ts-"));
    }

    private static List<String> keys(Document document) {
        List<String> keys = new ArrayList<>();
        document.forEach((k, v) -> {
            keys.add(k);
            if (v instanceof Document d) {
                keys.addAll(keys(d));
            }
        });
        return keys;
    }

    @Test
    void unknownTypesAndOtherAggregatesAreIgnored() {
        Stream certificate = new Stream("Certificate", "c-1").add(new GiftRecordedEvent("c-1", "26560", GiftOccasion.TET,
                GiftRecipientKind.PERSON, null, 1L, null, FundingSource.OTHER, "x", LocalDate.of(2026, 1, 1), null));
        assertThat(PROJECTION.collection(certificate.envelopes.get(0))).isNull();
        Stream movement = new Stream("Movement", "pt-1").add(new MovementLaunchedEvent("pt-1", "79", OrganiserLevel.PROVINCE,
                MovementKind.MOVEMENT, "Phong trào", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null,
                List.of(new MovementCriterion("a", "A")), LocalDate.of(2026, 1, 1)));
        assertThat(PROJECTION.collection(movement.envelopes.get(0))).isNull();
        assertThat(PROJECTION.placement(new Document("_id", "x"))).isNull();
        assertThat(PROJECTION.timeline(new Document("_id", "x"))).isEmpty();
    }

    @Test
    void itIsFoundByTheServiceLoaderWithUniqueBilingualFigures() {
        List<ContextProjection> found = ServiceLoader.load(ContextProjection.class).stream().map(ServiceLoader.Provider::get)
                .toList();
        assertThat(found).hasSize(1).first().isInstanceOf(CompetitionProjection.class);
        ContextProjection projection = found.get(0);
        assertThat(projection.context()).isEqualTo("competition");
        assertThat(projection.topic()).isEqualTo("doanket.competition.events");
        assertThat(projection.figures()).extracting(ContextProjection.Figure::name).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("[a-z][A-Za-z]+"))
                .containsExactly(F_CONTESTS, F_CONTESTANTS, F_COMMUNES, F_FIRST, F_SECOND, F_THIRD, F_CONSOLATION,
                        F_COMMENDATIONS, F_GIFTS, F_GIFTS_VND, F_MOVEMENT_UNITS);
        assertThat(projection.figures()).allMatch(f -> !f.vi().isBlank() && !f.en().isBlank());
        assertThat(projection.collections()).containsExactly(CONTESTS, COMMENDATIONS, GIFTS, MOVEMENT_UNITS);
    }
}
