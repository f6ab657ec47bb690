package vn.doanket.dashboard.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.doanket.context.ContextProjection;
import vn.doanket.events.Actor;
import vn.doanket.events.EventEnvelope;
import vn.doanket.messaging.AggregateDocuments;
import vn.doanket.territory.Territory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plugged context's projection counts like the built-in ones: rolled up to every level, today and as of a day,
 * on the map before the reorganisation, idempotent under redelivery, and a source under a residential area the
 * dashboard has not placed yet counts through its commune.
 */
class PluggedProjectorTest {

    /** A tiny context: "meetings" held on a day at a unit, counted from that day; "cancelled" takes them out. */
    static final class Meetings implements ContextProjection {
        @Override public String context() { return "meetings"; }
        @Override public List<Figure> figures() { return List.of(new Figure("meetingsHeld", "Cuộc họp", "Meetings")); }
        @Override public List<Ratio> ratios() {
            return List.of(new Ratio("meetingsPerArea", "Cuộc họp / khu dân cư", "Meetings per area", "meetingsHeld", "residentialAreas"));
        }
        @Override public List<String> collections() { return List.of("meetings_meetings"); }
        @Override public String collection(EventEnvelope e) {
            return e.eventType().startsWith("Meeting") ? "meetings_meetings" : null;
        }
        @Override public void apply(Document state, EventEnvelope e) {
            JsonNode p = e.payload();
            switch (e.eventType()) {
                case "MeetingHeld" -> state.append("unit", p.get("unit").asText()).append("on", p.get("on").asText());
                case "MeetingCancelled" -> state.append("cancelledOn", p.get("on").asText());
                default -> { }
            }
        }
        @Override public Placement placement(Document state) {
            return state.getString("unit") == null ? null
                    : new Placement(state.getString("unit"), LocalDate.parse(state.getString("on")));
        }
        @Override public SortedMap<LocalDate, Map<String, Long>> timeline(Document state) {
            SortedMap<LocalDate, Map<String, Long>> t = new TreeMap<>();
            if (state.getString("on") != null) {
                t.put(LocalDate.parse(state.getString("on")), Map.of("meetingsHeld", 1L));
            }
            if (state.getString("cancelledOn") != null) {
                t.put(LocalDate.parse(state.getString("cancelledOn")), Map.of());
            }
            return t;
        }
    }

    @BeforeAll
    static void setUp() {
        MembershipProjectorTest.setUp();
    }

    static EventEnvelope event(String id, long seq, String type, String unit, LocalDate on) {
        var payload = JsonNodeFactory.instance.objectNode().put("unit", unit).put("on", on.toString());
        return new EventEnvelope(UUID.randomUUID(), type, 1, "Meeting", id, seq, Instant.parse("2026-11-01T00:00:00Z"),
                unit, Actor.SYSTEM, null, payload);
    }

    record Read(UnitFigures figures, DatedFigures dated) {
    }

    static Read project(MongoTemplate mongo, List<EventEnvelope> events) {
        Territory territory = MembershipProjectorTest.territory;
        UnitFigures figures = new UnitFigures(mongo);
        DatedFigures dated = new DatedFigures(figures, territory);
        PluggedProjector projector = new PluggedProjector(new Meetings(), new AggregateDocuments(mongo), figures, dated, territory);
        events.forEach(projector::handle);
        return new Read(figures, dated);
    }

    static List<EventEnvelope> history() {
        List<EventEnvelope> events = new ArrayList<>();
        events.add(event("m1", 0, "MeetingHeld", "26560", LocalDate.of(2026, 3, 1)));
        events.add(event("m2", 0, "MeetingHeld", "26560", LocalDate.of(2026, 4, 1)));
        events.add(event("m2", 1, "MeetingCancelled", "26560", LocalDate.of(2026, 5, 1)));
        // recorded in 2024 under the former Bà Rịa–Vũng Tàu (77): counts in 79 today, in 77 on the old map
        events.add(event("m3", 0, "MeetingHeld", "77", LocalDate.of(2024, 6, 1)));
        events.add(event("m4", 0, "MeetingHeld", "00004", LocalDate.of(2026, 3, 1)));
        events.add(event("x", 0, "SomethingElse", "00004", LocalDate.of(2026, 3, 1)));
        return events;
    }

    @Test
    void countsRollUpTodayAsOfADayAndOnTheMapBeforeTheReorganisation() {
        Read read = project(MembershipProjectorTest.freshDatabase(), history());
        assertThat(read.figures().totals("current", "26560").orElseThrow()).containsEntry("meetingsHeld", 1L);
        assertThat(read.figures().totals("current", "79").orElseThrow()).containsEntry("meetingsHeld", 2L);
        assertThat(read.figures().totals("current", "VN").orElseThrow()).containsEntry("meetingsHeld", 3L);
        assertThat(read.dated().asOf("26560", LocalDate.of(2026, 4, 15))).containsEntry("meetingsHeld", 2L);
        assertThat(read.dated().asOf("26560", LocalDate.of(2026, 2, 28))).doesNotContainKey("meetingsHeld");
        assertThat(read.dated().asOf("77", LocalDate.of(2024, 12, 31))).containsEntry("meetingsHeld", 1L);
    }

    @Test
    void aRedeliveredHistoryChangesNothing() {
        MongoTemplate mongo = MembershipProjectorTest.freshDatabase();
        List<EventEnvelope> twice = new ArrayList<>(history());
        twice.addAll(history().stream().map(e -> new EventEnvelope(e.eventId(), e.eventType(), 1, e.aggregateType(),
                e.aggregateId(), e.sequence(), e.occurredAt(), e.unitCode(), e.actor(), null, e.payload())).toList());
        Read read = project(mongo, twice);
        assertThat(read.figures().totals("current", "VN").orElseThrow()).containsEntry("meetingsHeld", 3L);
    }

    @Test
    void aMeetingUnderAnAreaNotPlacedYetCountsThroughItsCommune() {
        MongoTemplate mongo = MembershipProjectorTest.freshDatabase();
        Read read = project(mongo, List.of(event("m9", 0, "MeetingHeld", "26560-KP99", LocalDate.of(2026, 3, 1))));
        assertThat(read.figures().totals("current", "26560").orElseThrow()).containsEntry("meetingsHeld", 1L);
        assertThat(mongo.getCollection(SourcePlacements.WAITLIST).find(new Document("_id", "26560-KP99")).first())
                .isNotNull();
    }
}
