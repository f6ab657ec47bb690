package vn.doanket.dashboard.query;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.doanket.events.EventEnvelope;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doanket.dashboard.query.MembershipProjectorTest.committeeHistory;
import static vn.doanket.dashboard.query.MembershipProjectorTest.freshDatabase;
import static vn.doanket.dashboard.query.MembershipProjectorTest.history;
import static vn.doanket.dashboard.query.MembershipProjectorTest.projector;
import static vn.doanket.dashboard.query.MembershipProjectorTest.snapshot;
import static vn.doanket.dashboard.query.MembershipProjectorTest.territory;

/**
 * Figures per period on the MongoDB stand-in: as of a past day on the map of that day (the
 * pre-reform provinces before 1 July 2025), trends per month and quarter, always equal to the
 * current totals today, and unchanged by duplicates and out-of-order redelivery.
 */
class DatedFiguresTest {

    static final LocalDate TODAY = MembershipProjectorTest.TODAY;

    @org.junit.jupiter.api.BeforeAll
    static void setUp() {
        MembershipProjectorTest.setUp();
    }

    record Read(UnitFigures figures, DatedFigures dated, FigureQueries queries) {
    }

    static Read project(MongoTemplate mongo, List<EventEnvelope> events) {
        MembershipProjector projector = projector(mongo);
        events.forEach(projector::handle);
        UnitFigures figures = new UnitFigures(mongo);
        DatedFigures dated = new DatedFigures(figures, territory);
        return new Read(figures, dated, new FigureQueries(figures, dated, territory));
    }

    static List<EventEnvelope> all() {
        List<EventEnvelope> all = new ArrayList<>(history());
        all.addAll(committeeHistory());
        return all;
    }

    @Test
    void timelineChangesArePerPeriodAndSumToTheLatestContribution() {
        Document source = new Document();
        DatedFigures.record(source, LocalDate.of(2024, 10, 1), Map.of("members", 3L, "committees", 1L));
        DatedFigures.record(source, LocalDate.of(2024, 10, 1), Map.of("members", 4L, "committees", 1L));
        DatedFigures.record(source, LocalDate.of(2026, 2, 10), Map.of("members", 2L, "committees", 1L));
        Map<String, Map<String, Long>> changes = DatedFigures.changes(DatedFigures.timeline(source));
        assertThat(changes.get("D2024-10-01")).isEqualTo(Map.of("members", 4L, "committees", 1L));
        assertThat(changes.get("M2024-10")).isEqualTo(Map.of("members", 4L, "committees", 1L));
        assertThat(changes.get("Q2024-4")).isEqualTo(Map.of("members", 4L, "committees", 1L));
        assertThat(changes.get("Y2026")).isEqualTo(Map.of("members", -2L));
        assertThat(changes.get("Q2026-1")).isEqualTo(Map.of("members", -2L));
        assertThat(changes).doesNotContainKey("M2025-01");
    }

    @Test
    void asOfTodayEqualsTheCurrentTotalsAtEveryLevel() {
        Read read = project(freshDatabase(), all());
        LocalDate today = territory.today();
        for (String unit : List.of("VN", "79", "26560", "26506", "01", "00004", "26560-AAAAAAAA")) {
            assertThat(read.dated().asOf(unit, today)).as(unit)
                    .isEqualTo(nonZero(read.figures().totals("current", unit).orElseThrow()));
        }
    }

    @Test
    void asOfAPastDayCountsOnlyWhatWasInForceOnTheMapOfThatDay() {
        Read read = project(freshDatabase(), all());
        // 2 Jan 2025: the 2024 area of former Bà Rịa city and the committee (3 people, a head); the
        // areas registered in 2026 don't exist yet; the map is the pre-reform one (province 77, district 748)
        LocalDate before = LocalDate.of(2025, 1, 2);
        assertThat(DatedFigures.viewFor(before)).isEqualTo(DatedFigures.PRE_REFORM);
        // on the official data alone, the epochs are the two maps of the reform
        assertThat(read.dated().epochEnds()).containsExactly(DatedFigures.PRE_REFORM_MAP);
        assertThat(read.dated().view(before)).isEqualTo(DatedFigures.PRE_REFORM);
        assertThat(read.dated().view(DatedFigures.PRE_REFORM_MAP)).isEqualTo(DatedFigures.PRE_REFORM);
        assertThat(read.dated().view(Territory.REFORM_DATE)).isEqualTo(DatedFigures.CURRENT);
        Map<String, Long> province77 = read.dated().asOf("77", before);
        assertThat(province77).containsEntry("residentialAreas", 1L).containsEntry("committees", 1L)
                .containsEntry("members", 3L).containsEntry("heads", 1L).doesNotContainKey("committeesWithoutHead");
        assertThat(read.dated().asOf("VN", before)).isEqualTo(province77);
        assertThat(read.dated().asOf("01", before)).isEmpty();
        String district = territory.rollUpChain("26554", LocalDate.of(2024, 5, 2),
                vn.doanket.territory.MapView.asOf(DatedFigures.PRE_REFORM_MAP)).get(1);
        assertThat(territory.unit(district, before).orElseThrow().level()).isEqualTo(vn.doanket.territory.Level.DISTRICT);
        assertThat(read.dated().asOf(district, before)).containsEntry("residentialAreas", 1L);
        // the pre-reform province is on the old map only; on today's map the same facts count in 79
        assertThat(read.queries().children("VN", before).children()).extracting(FigureQueries.ChildFigures::unitCode)
                .contains("77", "79").hasSize(63);
        assertThat(read.queries().children("VN", null).children()).hasSize(34);
        // after the reform, on today's map: the head was dismissed only on TODAY
        LocalDate after = LocalDate.of(2025, 8, 1);
        assertThat(read.dated().asOf("79", after)).containsEntry("residentialAreas", 1L).containsEntry("members", 3L)
                .containsEntry("heads", 1L);
        assertThat(read.dated().asOf("79", TODAY)).containsEntry("residentialAreas", 4L).containsEntry("members", 2L)
                .containsEntry("committeesWithoutHead", 1L).doesNotContainKey("heads");
    }

    @Test
    void trendsGivePerPeriodChangesAndLevelsOnTodaysMap() {
        Read read = project(freshDatabase(), all());
        LocalDate today = territory.today();
        int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(
                java.time.YearMonth.of(2024, 4), java.time.YearMonth.from(today)) + 1;
        FigureQueries.Trend monthly = read.queries().trend("79", Periods.Granularity.MONTH, months);
        assertThat(monthly.points()).hasSize(months);
        assertThat(monthly.points().get(0).period()).isEqualTo("2024-04");
        assertThat(monthly.points().get(0).total()).isEmpty();
        FigureQueries.TrendPoint may2024 = monthly.points().get(1);
        assertThat(may2024.change()).isEqualTo(Map.of("residentialAreas", 1L));
        FigureQueries.TrendPoint october2024 = monthly.points().get(6);
        assertThat(october2024.period()).isEqualTo("2024-10");
        assertThat(october2024.change()).containsEntry("committees", 1L).containsEntry("members", 3L);
        assertThat(monthly.points().get(monthly.points().size() - 1).total())
                .isEqualTo(nonZero(read.figures().totals("current", "79").orElseThrow()));

        FigureQueries.Trend quarterly = read.queries().trend("79", Periods.Granularity.QUARTER, 12);
        assertThat(quarterly.points()).hasSize(12);
        assertThat(quarterly.points().get(quarterly.points().size() - 1).total())
                .isEqualTo(nonZero(read.figures().totals("current", "79").orElseThrow()));
        assertThat(quarterly.points()).filteredOn(p -> p.period().equals("2024 Q4")).singleElement()
                .satisfies(q -> assertThat(q.change()).containsEntry("committees", 1L));
    }

    @Test
    void duplicatesAndRedeliveryOutOfOrderChangeNoPeriodFigure() {
        MongoTemplate mongo = freshDatabase();
        project(mongo, all());
        Map<String, List<Document>> once = snapshot(mongo);
        List<EventEnvelope> again = new ArrayList<>(all());
        Collections.shuffle(again);
        project(mongo, again);
        assertThat(snapshot(mongo)).isEqualTo(once);
        assertThat(once.get(UnitFigures.COLLECTION)).extracting(d -> d.getString("_id"))
                .contains("current:M2024-10:79", "current:Q2024-4:VN", "current:Y2026:26560",
                        "map2025-06-30:D2024-05-02:77");
        MongoTemplate replayed = freshDatabase();
        project(replayed, all());
        assertThat(snapshot(replayed)).isEqualTo(once);
    }

    static Map<String, Long> nonZero(Map<String, Long> totals) {
        Map<String, Long> copy = new java.util.TreeMap<>(totals);
        copy.values().removeIf(v -> v == 0L);
        return copy;
    }

    static {
        // the tests take "today" from the territory's clock; the fixtures are dated before it
        assertThat(Territory.loadOfficial().today()).isAfterOrEqualTo(TODAY);
    }
}
