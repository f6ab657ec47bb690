package vn.doanket.dashboard.query;

import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.doanket.events.Actor;
import vn.doanket.events.DomainEvent;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.feedback.api.Channel;
import vn.doanket.feedback.api.HandlingLevel;
import vn.doanket.feedback.api.PetitionAnsweredEvent;
import vn.doanket.feedback.api.PetitionClosedEvent;
import vn.doanket.feedback.api.PetitionEscalatedEvent;
import vn.doanket.feedback.api.PetitionForwardedEvent;
import vn.doanket.feedback.api.PetitionMergedIntoEvent;
import vn.doanket.feedback.api.PetitionReceivedEvent;
import vn.doanket.feedback.api.PetitionReopenedEvent;
import vn.doanket.feedback.api.ResponsibleBody;
import vn.doanket.feedback.api.ResponsibleBodyKind;
import vn.doanket.messaging.AggregateDocuments;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Petition figures on the MongoDB stand-in: counts by stage, topic, channel and responsible body,
 * days to answer (median, 90th percentile), share within deadline, satisfaction, overdue from the
 * day after the deadline (as of a day and today), duplicates and replays change nothing.
 */
public class FeedbackProjectorTest {

    static final LocalDate D = LocalDate.of(2026, 3, 2);

    @BeforeAll
    public static void setUp() {
        MembershipProjectorTest.setUp();
    }

    static EventEnvelope event(String id, long seq, DomainEvent event) {
        return EnvelopeCodec.envelope(UUID.randomUUID(), "Petition", id, seq,
                D.atStartOfDay(Territory.ZONE).toInstant(), Actor.SYSTEM, null, event);
    }

    static PetitionReceivedEvent received(String id, String unit, Channel channel, String topic, LocalDate on) {
        return new PetitionReceivedEvent(id, unit, channel, topic, "Tiêu đề", "Nội dung", false, true, null, on,
                List.of(), null, null, unit);
    }

    static PetitionForwardedEvent forwarded(String id, String unit, LocalDate on, LocalDate deadline) {
        return new PetitionForwardedEvent(id, unit, new ResponsibleBody("ubnd-" + unit, ResponsibleBodyKind.PEOPLES_COMMITTEE,
                "Ủy ban nhân dân", unit), on, 15, deadline, HandlingLevel.COMMUNE, unit, null, unit);
    }

    /** Five petitions in Phường Bà Rịa (79) and one in Hà Nội (01). */
    public static List<EventEnvelope> history() {
        List<EventEnvelope> events = new ArrayList<>();
        // p1: answered after 10 days, within the deadline, closed satisfied
        events.add(event("p1", 0, received("p1", "26560", Channel.ONLINE, "LAND", D)));
        events.add(event("p1", 1, forwarded("p1", "26560", D.plusDays(1), D.plusDays(20))));
        events.add(event("p1", 2, new PetitionAnsweredEvent("p1", "26560", "ubnd-26560", D.plusDays(10), "Đã giải quyết", "1/TL", "26560")));
        events.add(event("p1", 3, new PetitionClosedEvent("p1", "26560", true, D.plusDays(12), null, "26560")));
        // p2: answered after 30 days, past its deadline; closed unsatisfied, reopened
        events.add(event("p2", 0, received("p2", "26560", Channel.DIRECT_VISIT, "LAND", D)));
        events.add(event("p2", 1, forwarded("p2", "26560", D, D.plusDays(20))));
        events.add(event("p2", 2, new PetitionEscalatedEvent("p2", "26560", HandlingLevel.COMMUNE, "26560",
                HandlingLevel.PROVINCE, "79", vn.doanket.feedback.api.EscalationReason.values()[0], D.plusDays(20),
                D.plusDays(22), 15, D.plusDays(40), "26560")));
        events.add(event("p2", 3, new PetitionAnsweredEvent("p2", "26560", "ubnd-26560", D.plusDays(30), "Trả lời", "2/TL", "79")));
        events.add(event("p2", 4, new PetitionClosedEvent("p2", "26560", false, D.plusDays(31), null, "26560")));
        events.add(event("p2", 5, new PetitionReopenedEvent("p2", "26560", D.plusDays(33), "Chưa thỏa đáng", "26560")));
        // p3: forwarded, never answered: overdue from the day after its deadline
        events.add(event("p3", 0, received("p3", "26506", Channel.PHONE, "ENVIRONMENT", D)));
        events.add(event("p3", 1, forwarded("p3", "26506", D.plusDays(2), D.plusDays(17))));
        // p4: a duplicate merged into p1: not counted
        events.add(event("p4", 0, received("p4", "26560", Channel.ONLINE, "LAND", D)));
        events.add(event("p4", 1, new PetitionMergedIntoEvent("p4", "26560", "p1", D.plusDays(1), "Trùng", "26560")));
        // p5: received only
        events.add(event("p5", 0, received("p5", "26560", Channel.LETTER, "OTHER", D.plusDays(5))));
        // p6: in Hà Nội
        events.add(event("p6", 0, received("p6", "00004", Channel.ONLINE, "LAND", D)));
        return events;
    }

    record Read(UnitFigures figures, DatedFigures dated, FigureQueries queries) {
    }

    static Read project(MongoTemplate mongo, List<EventEnvelope> events) {
        UnitFigures figures = new UnitFigures(mongo);
        DatedFigures dated = new DatedFigures(figures, MembershipProjectorTest.territory);
        FeedbackProjector projector = new FeedbackProjector(new AggregateDocuments(mongo), figures, dated,
                MembershipProjectorTest.territory);
        events.forEach(projector::handle);
        return new Read(figures, dated, new FigureQueries(figures, dated, MembershipProjectorTest.territory));
    }

    @Test
    void petitionFiguresByStageTopicChannelAndBody() {
        Read read = project(MembershipProjectorTest.freshDatabase(), history());
        Map<String, Long> city = read.figures().totals("current", "79").orElseThrow();
        assertThat(city).containsEntry("petitionsReceived", 4L).containsEntry("petitionsForwarded", 3L)
                .containsEntry("petitionsAnswered", 2L).containsEntry("petitionsClosed", 1L)
                .containsEntry("petitionsEscalated", 1L).containsEntry("petitionsOpen", 3L)
                .containsEntry("petitionsOverdue", 1L).containsEntry("petitionsSatisfied", 1L)
                .containsEntry("petitionsAnsweredWithinDeadline", 1L)
                .containsEntry("petitionsByTopic_LAND", 2L).containsEntry("petitionsByTopic_ENVIRONMENT", 1L)
                .containsEntry("petitionsByChannel_ONLINE", 1L).containsEntry("petitionsByChannel_PHONE", 1L)
                .containsEntry("petitionsByBody_PEOPLES_COMMITTEE", 3L);
        assertThat(read.figures().totals("current", "26506").orElseThrow()).containsEntry("petitionsOverdue", 1L);
        assertThat(read.figures().totals("current", "VN").orElseThrow()).containsEntry("petitionsReceived", 5L);
        assertThat(read.figures().totals("current", "01").orElseThrow()).containsEntry("petitionsReceived", 1L)
                .doesNotContainKey("petitionsForwarded");

        FigureQueries.UnitFiguresView view = read.queries().figures("79", null);
        assertThat(view.figures()).noneSatisfy((k, v) -> assertThat(k).startsWith(FeedbackProjector.ANSWER_DAYS));
        // days to answer: 10 and 30 → median 10 (nearest rank), 90th percentile 30
        assertThat(view.derived()).containsEntry("medianDaysToAnswer", 10.0).containsEntry("p90DaysToAnswer", 30.0);
        assertThat(view.derived().get("shareAnsweredWithinDeadline")).isCloseTo(0.5, within(1e-9));
        assertThat(view.derived().get("satisfactionShare")).isCloseTo(1.0, within(1e-9));
        assertPageRowsEqualTheSubUnitsOwnFigures(read, "79");
        assertPageRowsEqualTheSubUnitsOwnFigures(read, "VN");
    }

    @Test
    void aPageReadsOneDocumentWhoseRowsEqualTheSubUnitsOwnFiguresOnTheBatchPathToo() {
        MongoTemplate mongo = MembershipProjectorTest.freshDatabase();
        List<EventBatch.Item> items = history().stream().map(e -> new EventBatch.Item(EventBatch.Source.FEEDBACK, e)).toList();
        assertThat(new EventBatch(mongo, MembershipProjectorTest.territory, null).apply(items, (i, item, error) -> {
            throw error;
        })).isEqualTo(items.size());
        UnitFigures figures = new UnitFigures(mongo);
        DatedFigures dated = new DatedFigures(figures, MembershipProjectorTest.territory);
        Read read = new Read(figures, dated, new FigureQueries(figures, dated, MembershipProjectorTest.territory));
        assertThat(read.queries().figures("79", null).figures()).containsEntry("petitionsReceived", 4L);
        assertPageRowsEqualTheSubUnitsOwnFigures(read, "79");
        assertPageRowsEqualTheSubUnitsOwnFigures(read, "VN");
    }

    /** Today's page takes its sub-unit rows from the unit's own document: they must equal each sub-unit's figures. */
    private static void assertPageRowsEqualTheSubUnitsOwnFigures(Read read, String code) {
        FigureQueries.UnitFiguresView view = read.queries().figures(code, null);
        assertThat(view.children()).isNotEmpty();
        assertThat(view.children()).anySatisfy(c -> assertThat(c.figures()).containsKey("petitionsReceived"));
        for (FigureQueries.ChildFigures child : view.children()) {
            Map<String, Long> own = new TreeMap<>(FigureQueries.counts(
                    read.figures().totals("current", child.unitCode()).orElse(Map.of())));
            Map<String, Long> row = new TreeMap<>(child.figures());
            own.values().removeIf(v -> v == 0L);
            row.values().removeIf(v -> v == 0L);
            assertThat(row).as("row of %s on the page of %s", child.unitCode(), code).isEqualTo(own);
            assertThat(child.derived()).isEqualTo(FigureQueries.derived(
                    read.figures().totals("current", child.unitCode()).orElse(Map.of())));
        }
        assertThat(read.queries().children(code, null).children()).isEqualTo(view.children());
    }

    @Test
    void overdueCountsFromTheDayAfterTheDeadlineInAsOfViews() {
        Read read = project(MembershipProjectorTest.freshDatabase(), history());
        // p3's deadline is D+17; p2 was past its first deadline (D+20) on D+21, then escalated with a new one
        assertThat(read.dated().asOf("26506", D.plusDays(17))).doesNotContainKey("petitionsOverdue");
        assertThat(read.dated().asOf("26506", D.plusDays(18))).containsEntry("petitionsOverdue", 1L);
        assertThat(read.dated().asOf("26560", D.plusDays(21))).containsEntry("petitionsOverdue", 1L);
        assertThat(read.dated().asOf("26560", D.plusDays(22))).doesNotContainKey("petitionsOverdue");
        assertThat(read.dated().asOf("79", D.plusDays(21))).containsEntry("petitionsOverdue", 2L)
                .containsEntry("petitionsAnswered", 1L).containsEntry("petitionsClosed", 1L);
        // before the merge the duplicate counted; after it, not
        assertThat(read.dated().asOf("26560", D)).containsEntry("petitionsReceived", 3L);
        assertThat(read.dated().asOf("26560", D.plusDays(1))).containsEntry("petitionsReceived", 2L);
        // today equals the current totals
        Map<String, Long> today = new TreeMap<>(read.figures().totals("current", "79").orElseThrow());
        today.values().removeIf(v -> v == 0L);
        assertThat(read.dated().asOf("79", MembershipProjectorTest.territory.today())).isEqualTo(today);
        // the monthly trend shows March's receipts in the city (p1, p2, p3, p5; the duplicate p4 came and went)
        FigureQueries.Trend trend = read.queries().trend("79", Periods.Granularity.MONTH, 12);
        assertThat(trend.points()).filteredOn(p -> p.period().equals("2026-03")).singleElement()
                .satisfies(p -> assertThat(p.change()).containsEntry("petitionsReceived", 4L));
    }

    @Test
    void duplicatesOutOfOrderAndReplayChangeNothing() {
        MongoTemplate live = MembershipProjectorTest.freshDatabase();
        project(live, history());
        Map<String, List<Document>> once = snapshot(live);
        List<EventEnvelope> again = new ArrayList<>(history());
        Collections.shuffle(again);
        project(live, again);
        assertThat(snapshot(live)).isEqualTo(once);
        MongoTemplate replayed = MembershipProjectorTest.freshDatabase();
        project(replayed, history());
        assertThat(snapshot(replayed)).isEqualTo(once);
    }

    @Test
    void refreshingOverdueIsIdempotent() {
        MongoTemplate mongo = MembershipProjectorTest.freshDatabase();
        Read read = project(mongo, history());
        Map<String, List<Document>> before = snapshot(mongo);
        FeedbackProjector projector = new FeedbackProjector(new AggregateDocuments(mongo), read.figures(), read.dated(),
                MembershipProjectorTest.territory);
        assertThat(projector.refreshOverdue()).isEqualTo(1);
        assertThat(snapshot(mongo)).isEqualTo(before);
    }

    static Map<String, List<Document>> snapshot(MongoTemplate mongo) {
        Map<String, List<Document>> all = new TreeMap<>();
        for (String collection : List.of(FeedbackProjector.PETITIONS, UnitFigures.COLLECTION)) {
            List<Document> docs = new ArrayList<>();
            mongo.getCollection(collection).find().into(docs);
            docs.sort((a, b) -> a.get("_id").toString().compareTo(b.get("_id").toString()));
            docs.forEach(d -> d.remove(AggregateDocuments.LAST_EVENT_ID));
            all.put(collection, docs);
        }
        return all;
    }
}
