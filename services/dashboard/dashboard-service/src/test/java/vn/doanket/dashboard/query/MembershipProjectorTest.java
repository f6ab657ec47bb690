package vn.doanket.dashboard.query;

import vn.doanket.dashboard.TestMongo;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.doanket.events.Actor;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.membership.api.ResidentialAreaKind;
import vn.doanket.membership.api.ResidentialAreaRegisteredEvent;
import vn.doanket.messaging.AggregateDocuments;
import vn.doanket.testing.InfrastructureProperties;
import vn.doanket.territory.Territory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The projector on the MongoDB stand-in: exact roll-ups through the territory lineage,
 * duplicates change nothing, and a replay in another database gives identical read models.
 */
public class MembershipProjectorTest {

    static Territory territory;

    @BeforeAll
    public static void setUp() {
        territory = Territory.loadOfficial();
    }

    static MembershipProjector projector(MongoTemplate mongo) {
        return new MembershipProjector(new AggregateDocuments(mongo), new UnitFigures(mongo), territory);
    }

    static MongoTemplate freshDatabase() {
        return new MongoTemplate(TestMongo.client(), InfrastructureProperties.uniqueName("projector"));
    }

    static EventEnvelope registered(String areaCode, String commune, LocalDate on) {
        return EnvelopeCodec.envelope(UUID.randomUUID(), "ResidentialArea", areaCode, 0,
                on.atStartOfDay(Territory.ZONE).toInstant(), Actor.SYSTEM, null,
                new ResidentialAreaRegisteredEvent(areaCode, commune, "Khu dân cư " + areaCode, ResidentialAreaKind.THON, on));
    }

    static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    public static List<EventEnvelope> history() {
        return List.of(
                registered("26560-AAAAAAAA", "26560", TODAY),
                registered("26560-BBBBBBBB", "26560", TODAY),
                registered("26506-CCCCCCCC", "26506", TODAY),
                registered("00004-DDDDDDDD", "00004", TODAY),
                // recorded in 2024 under a ward of the former Bà Rịa city (province 77), which no longer exists
                registered("26554-EEEEEEEE", "26554", LocalDate.of(2024, 5, 2)));
    }

    @Test
    void rollsUpToCommuneProvinceAndNationOnTodaysMap() {
        MongoTemplate mongo = freshDatabase();
        MembershipProjector projector = projector(mongo);
        history().forEach(projector::handle);
        UnitFigures figures = new UnitFigures(mongo);
        assertThat(figures.total("current", "26560")).contains(2L + (successorOf26554().equals("26560") ? 1 : 0));
        assertThat(figures.total("current", "79")).contains(4L);
        assertThat(figures.total("current", "01")).contains(1L);
        assertThat(figures.total("current", "VN")).contains(5L);
        assertThat(figures.total("current", "77")).as("a pre-2025 province has no figures on today's map").isEmpty();
        // an area under a commune of today's map is a unit of its own, below its commune
        assertThat(figures.total("current", "26560-AAAAAAAA")).contains(1L);
        assertThat(territory.parent("26560-AAAAAAAA", TODAY)).hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("26560"));
        assertThat(figures.figuresOf("current", "26560").orElseThrow().get("children", Document.class))
                .containsKeys("26560-AAAAAAAA", "26560-BBBBBBBB");
        Document nation = figures.figuresOf("current", "VN").orElseThrow();
        assertThat(nation.get("children", Document.class).get("79", Document.class)).containsEntry("residentialAreas", 4L);
        assertThat(nation.get("children", Document.class).get("01", Document.class)).containsEntry("residentialAreas", 1L);
    }

    @Test
    void deliveringEveryEventTwiceChangesNothing() {
        MongoTemplate mongo = freshDatabase();
        MembershipProjector projector = projector(mongo);
        history().forEach(projector::handle);
        Map<String, List<Document>> once = snapshot(mongo);
        history().forEach(projector::handle);
        List<EventEnvelope> shuffled = new ArrayList<>(history());
        Collections.shuffle(shuffled);
        shuffled.forEach(projector::handle);
        assertThat(snapshot(mongo)).isEqualTo(once);
    }

    @Test
    void aReplayIntoAFreshDatabaseGivesIdenticalReadModels() {
        MongoTemplate live = freshDatabase();
        history().forEach(projector(live)::handle);
        MongoTemplate replayed = freshDatabase();
        history().forEach(projector(replayed)::handle);
        assertThat(snapshot(replayed)).isEqualTo(snapshot(live));
    }

    static EventEnvelope committeeEvent(String committeeId, long seq, vn.doanket.events.DomainEvent event) {
        return EnvelopeCodec.envelope(UUID.randomUUID(), "WorkCommittee", committeeId, seq,
                TODAY.atStartOfDay(Territory.ZONE).toInstant(), Actor.SYSTEM, null, event);
    }

    public static List<EventEnvelope> committeeHistory() {
        String id = "26560-AAAAAAAA/2024";
        String area = "26560-AAAAAAAA";
        LocalDate start = LocalDate.of(2024, 10, 1);
        return List.of(
                committeeEvent(id, 0, new vn.doanket.membership.api.WorkCommitteeEstablishedEvent(id, area, start,
                        LocalDate.of(2029, 9, 30), 2, 5, "12/QĐ", start)),
                committeeEvent(id, 1, new vn.doanket.membership.api.MemberAppointedEvent(id, area, "p-1",
                        vn.doanket.membership.api.Position.HEAD, vn.doanket.membership.api.MemberOrganisation.VILLAGE_HEAD, start, "13/QĐ")),
                committeeEvent(id, 2, new vn.doanket.membership.api.MemberAppointedEvent(id, area, "p-2",
                        vn.doanket.membership.api.Position.DEPUTY, vn.doanket.membership.api.MemberOrganisation.WOMENS_UNION, start, "13/QĐ")),
                committeeEvent(id, 3, new vn.doanket.membership.api.MemberAppointedEvent(id, area, "p-2",
                        vn.doanket.membership.api.Position.MEMBER, vn.doanket.membership.api.MemberOrganisation.YOUTH_UNION, start, "13/QĐ")),
                committeeEvent(id, 4, new vn.doanket.membership.api.MemberAppointedEvent(id, area, "p-3",
                        vn.doanket.membership.api.Position.MEMBER, vn.doanket.membership.api.MemberOrganisation.ELDERLY_ASSOCIATION, start, "13/QĐ")),
                committeeEvent(id, 5, new vn.doanket.membership.api.MemberDismissedEvent(id, area, "p-1",
                        vn.doanket.membership.api.Position.HEAD, TODAY, "Chuyển công tác", "20/QĐ")));
    }

    @Test
    void committeeFiguresRollUpFromTheirAreaAndDuplicatesChangeNothing() {
        MongoTemplate mongo = freshDatabase();
        MembershipProjector projector = projector(mongo);
        history().forEach(projector::handle);
        committeeHistory().forEach(projector::handle);
        UnitFigures figures = new UnitFigures(mongo);
        // 2 people (one holding two positions), no head after the dismissal, 1 deputy of 2 planned, 3 short of 5
        java.util.Map<String, Long> expected = java.util.Map.of("committees", 1L, "members", 2L, "heads", 0L,
                "deputies", 1L, "committeesWithoutHead", 1L, "vacancies", 1L + 1L + 3L);
        for (String unit : List.of("26560-AAAAAAAA", "26560", "79", "VN")) {
            assertThat(figures.totals("current", unit).orElseThrow()).as(unit).containsAllEntriesOf(expected);
        }
        assertThat(figures.totals("current", "01").orElseThrow()).doesNotContainKey("committees");
        Map<String, List<Document>> once = snapshot(mongo);
        committeeHistory().forEach(projector::handle);
        assertThat(snapshot(mongo)).isEqualTo(once);

        String id = "26560-AAAAAAAA/2024";
        projector.handle(committeeEvent(id, 6, new vn.doanket.membership.api.WorkCommitteeDissolvedEvent(id,
                "26560-AAAAAAAA", TODAY, "Sáp nhập")));
        assertThat(figures.totals("current", "VN").orElseThrow()).doesNotContainKey("committees")
                .containsEntry("residentialAreas", 5L);
    }

    @Test
    void unknownEventTypesAreIgnored() {
        MongoTemplate mongo = freshDatabase();
        EventEnvelope other = new EventEnvelope(UUID.randomUUID(), "SomethingNewHappened", 1, "Thing", "x", 0,
                Instant.now(), "26560", Actor.SYSTEM, null, EnvelopeCodec.toTree(Map.of("a", 1)));
        projector(mongo).handle(other);
        assertThat(snapshot(mongo).values()).allMatch(List::isEmpty);
    }

    private static String successorOf26554() {
        return territory.rollUpChain("26554", LocalDate.of(2024, 5, 2), vn.doanket.territory.MapView.current()).get(0);
    }

    static Map<String, List<Document>> snapshot(MongoTemplate mongo) {
        Map<String, List<Document>> all = new TreeMap<>();
        for (String collection : List.of(MembershipProjector.AREAS, MembershipProjector.COMMITTEES, UnitFigures.COLLECTION)) {
            List<Document> docs = new ArrayList<>();
            mongo.getCollection(collection).find().into(docs);
            docs.sort((a, b) -> a.get("_id").toString().compareTo(b.get("_id").toString()));
            docs.forEach(d -> d.remove(AggregateDocuments.LAST_EVENT_ID));
            all.put(collection, docs);
        }
        return all;
    }
}
