package vn.doanket.dashboard.rebuild;

import vn.doanket.dashboard.TestMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import vn.doanket.dashboard.query.DatedFigures;
import vn.doanket.dashboard.query.FeedbackProjector;
import vn.doanket.dashboard.query.FigureQueries;
import vn.doanket.dashboard.query.FigureQueries.ChildFigures;
import vn.doanket.dashboard.query.MembershipProjector;
import vn.doanket.dashboard.query.Periods;
import vn.doanket.dashboard.query.UnitFigures;
import vn.doanket.dashboard.web.UnitAccess;
import vn.doanket.dashboard.web.UnitFiguresController;
import vn.doanket.events.Actor;
import vn.doanket.events.DomainEvent;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.events.error.DomainException;
import vn.doanket.feedback.api.Channel;
import vn.doanket.feedback.api.PetitionReceivedEvent;
import vn.doanket.membership.api.ReorganisationDecisionRecordedEvent;
import vn.doanket.membership.api.ReorganisationKind;
import vn.doanket.membership.api.ReorganisedUnit;
import vn.doanket.membership.api.ResidentialAreaKind;
import vn.doanket.membership.api.ResidentialAreaRegisteredEvent;
import vn.doanket.membership.api.UnitLevel;
import vn.doanket.membership.api.UnitOrigin;
import vn.doanket.membership.api.UnitTransfer;
import vn.doanket.membership.territory.MembershipTerritoryApplier;
import vn.doanket.membership.territory.MembershipTerritoryFeed;
import vn.doanket.messaging.AggregateDocuments;
import vn.doanket.security.TerritorialScope;
import vn.doanket.testing.InfrastructureProperties;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.territory.Territory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "As of date D" on the map of D for every date, on the real broker and the MongoDB stand-in: two
 * reorganisation decisions recorded by membership (a 2020 merger of a historical ward into Phước
 * Trung, district 748; a 2026 merger of Phường Long Hương into Phường Bà Rịa) reach the dashboard's
 * territory through membership-territory's feed; the dashboard rebuilds once for the burst, the
 * rebuilt read models equal a full replay on the new map, each epoch has its own map (both communes
 * before a merger, the successor with the sum after), facts recorded under the closed code afterwards
 * count for the successor, a restart that reads the same decisions again rebuilds nothing, and the
 * scope of dated pages is checked on the map of the day.
 */
class DatedMapsTest {

    static final String PHUOC_TRUNG = "26560";  // district 748 before 2025; Phường Bà Rịa today (province 79)
    static final String PHUOC_HIEP = "26551";   // a ward until 2020, not in the official data
    static final String LONG_HUONG = "26566";   // Phường Long Hương, merged into Phường Bà Rịa on 1 March 2026
    static final LocalDate MERGER_2020 = LocalDate.of(2020, 1, 1);
    static final LocalDate MERGER_2026 = LocalDate.of(2026, 3, 1);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRecordedDecisionRebuildsOnceOnTheNewMapsEqualToAFullReplay() throws Exception {
        assertThat(LocalDate.now(Territory.ZONE)).as("the test dates its 2026 decision in the past").isAfter(MERGER_2026);
        String suffix = InfrastructureProperties.uniqueName("maps");
        String membershipTopic = suffix + ".doanket.membership.events";
        String feedbackTopic = suffix + ".doanket.feedback.events";
        String areaA = PHUOC_TRUNG + "-A" + Long.toString(System.nanoTime(), 36).toUpperCase();
        List<EventEnvelope> membership = List.of(
                area(PHUOC_HIEP + "-H1", PHUOC_HIEP, LocalDate.of(2019, 3, 1)),
                area(PHUOC_TRUNG + "-H2", PHUOC_TRUNG, LocalDate.of(2019, 4, 1)),
                area(areaA, PHUOC_TRUNG, LocalDate.of(2025, 8, 1)),
                decision(historicalMerger()),
                decision(merger2026()));
        List<EventEnvelope> feedback = List.of(
                petition("m1", LONG_HUONG, LocalDate.of(2025, 9, 10)),
                petition("m2", PHUOC_TRUNG, LocalDate.of(2025, 10, 1)),
                // recorded after the merger under the closed commune's code
                petition("m3", LONG_HUONG, LocalDate.of(2026, 4, 10)));
        RebuildTest.publish(membershipTopic, membership);
        RebuildTest.publish(feedbackTopic, feedback);

        // the live read models, placed while the dashboard's tree did not know the decisions yet
        Territory territory = Territory.loadOfficial();
        String home = InfrastructureProperties.uniqueName("dashboard");
        ReadModelDatabase databases = new ReadModelDatabase(TestMongo.client(), home);
        MongoTemplate live = new MongoTemplate(databases);
        project(live, territory, membership, feedback);
        FigureQueries stale = queries(live, territory);
        assertThat(stale.totals(PHUOC_TRUNG, LocalDate.of(2021, 1, 1))).as("the 2019 ward is unknown: not counted")
                .containsEntry(UnitFigures.RESIDENTIAL_AREAS, 1L);

        // the feed brings the decisions to the tree; the dashboard rebuilds once for both
        Rebuild rebuild = new Rebuild(databases, territory, SharedInfrastructure.get().kafka().bootstrapServers(),
                Rebuild.topics(membershipTopic, feedbackTopic), Clock.systemUTC());
        MapChangeRebuild rebuilds = new MapChangeRebuild(rebuild, databases, Duration.ofSeconds(2));
        MembershipTerritoryApplier applier = new MembershipTerritoryApplier(territory);
        applier.onDecisionApplied(rebuilds::decisionApplied);
        MembershipTerritoryFeed feed = new MembershipTerritoryFeed(applier,
                SharedInfrastructure.get().kafka().bootstrapServers(), membershipTopic, Duration.ofSeconds(60));
        try {
            feed.start();
            assertThat(feed.isCaughtUp()).isTrue();
            assertThat(territory.mapChangeDates()).containsExactly(MERGER_2020, Territory.REFORM_DATE, MERGER_2026);
            assertThat(rebuilds.awaitIdle(Duration.ofMinutes(2))).isTrue();
        } finally {
            feed.stop();
            rebuilds.close();
        }
        assertThat(rebuilds.rebuildsStarted()).isEqualTo(1);
        Rebuild.Progress done = rebuild.progress();
        assertThat(done.state()).as(String.valueOf(done.error())).isEqualTo(Rebuild.State.SWITCHED);
        assertThat(databases.active()).isEqualTo(done.database()).isNotEqualTo(home);
        assertThat(rebuilds.recorded(databases.active())).containsExactlyInAnyOrder(
                historicalMerger().decisionId(), merger2026().decisionId());

        // the re-placed read models equal a full replay on the new map
        MongoTemplate replayed = new MongoTemplate(TestMongo.client(), InfrastructureProperties.uniqueName("replay"));
        project(replayed, territory, membership, feedback);
        assertThat(RebuildTest.snapshot(live)).isEqualTo(RebuildTest.snapshot(replayed));

        FigureQueries queries = queries(live, territory);
        DatedFigures dated = new DatedFigures(new UnitFigures(live), territory);
        // 2019: both wards under district 748, each with its own figures
        LocalDate in2019 = LocalDate.of(2019, 6, 30);
        assertThat(dated.view(in2019)).isEqualTo("map2019-12-31");
        assertThat(areas(queries.children("748", in2019).children()))
                .containsEntry(PHUOC_HIEP, 1L).containsEntry(PHUOC_TRUNG, 1L);
        // 2021: only the merged ward, with the sum
        LocalDate in2021 = LocalDate.of(2021, 1, 1);
        assertThat(dated.view(in2021)).isEqualTo(DatedFigures.PRE_REFORM);
        assertThat(areas(queries.children("748", in2021).children()))
                .doesNotContainKey(PHUOC_HIEP).containsEntry(PHUOC_TRUNG, 2L);
        assertThat(queries.totals("748", in2021)).isEqualTo(queries.totals("748", in2019));

        // February 2026: both communes under Hồ Chí Minh City with their own petitions
        LocalDate february = LocalDate.of(2026, 2, 15);
        assertThat(dated.view(february)).isEqualTo("map2026-02-28");
        Map<String, Long> received = received(queries.children("79", february).children());
        assertThat(received).containsEntry(LONG_HUONG, 1L).containsEntry(PHUOC_TRUNG, 1L);
        assertThat(queries.figures(LONG_HUONG, february).figures()).containsEntry("petitionsReceived", 1L);
        // today: only the successor, with the sum and the petition recorded later under the old code
        assertThat(received(queries.children("79", null).children())).doesNotContainKey(LONG_HUONG)
                .containsEntry(PHUOC_TRUNG, 3L);
        assertThat(queries.totals(PHUOC_TRUNG, LocalDate.of(2026, 5, 1))).containsEntry("petitionsReceived", 3L)
                .containsEntry(UnitFigures.RESIDENTIAL_AREAS, 3L);
        assertThat(queries.figures("79", null).figures()).containsEntry("petitionsReceived", 3L);
        // trends and their exports follow the map of the day
        FigureQueries.Trend trend = queries.trend(LONG_HUONG, Periods.Granularity.MONTH, 6, february);
        assertThat(trend.points()).hasSize(6);
        assertThat(trend.points().get(5).to()).isEqualTo(february);
        assertThat(trend.points().get(5).total()).containsEntry("petitionsReceived", 1L);
        assertThat(trend.points()).filteredOn(p -> p.period().equals("2025-09")).singleElement()
                .satisfies(p -> assertThat(p.change()).containsEntry("petitionsReceived", 1L));
        assertThatThrownBy(() -> queries.trend(LONG_HUONG, Periods.Granularity.MONTH, 6))
                .as("not a unit of today's map").isInstanceOf(DomainException.class);
        UnitFiguresController api = new UnitFiguresController(queries, null);
        String trendCsv = new String(api.trendsCsv(LONG_HUONG, "month", 6, february).getBody(), StandardCharsets.UTF_8);
        assertThat(trendCsv).contains("2026-02,2026-02-01,2026-02-15").contains("2025-09,2025-09-01,2025-09-30");
        String childrenCsv = new String(api.childrenCsv("79", february).getBody(), StandardCharsets.UTF_8);
        assertThat(childrenCsv).contains(LONG_HUONG + ",Phường Long Hương");
        assertThat(new String(api.childrenCsv("79", null).getBody(), StandardCharsets.UTF_8)).doesNotContain(LONG_HUONG);
        assertThat(api.trendsXlsx(LONG_HUONG, "month", 6, february).getHeaders().getContentDisposition().getFilename())
                .isEqualTo("xu-huong-month-" + LONG_HUONG + "-" + february + ".xlsx");

        // a restart reads the same decisions again, before consuming: nothing to rebuild
        MapChangeRebuild afterRestart = restart(rebuild, databases, membership);
        afterRestart.caughtUp(false);
        assertThat(afterRestart.busy()).isFalse();
        assertThat(afterRestart.rebuildsStarted()).isZero();
        afterRestart.close();
        // and so does a decision applied again after start
        MapChangeRebuild live2 = new MapChangeRebuild(rebuild, databases, Duration.ofSeconds(1));
        MembershipTerritoryApplier again = new MembershipTerritoryApplier(Territory.loadOfficial());
        again.onDecisionApplied(live2::decisionApplied);
        membership.forEach(again::apply);
        assertThat(live2.busy()).isFalse();
        live2.close();
        // a first start on an empty database takes the decisions as its own
        ReadModelDatabase empty = new ReadModelDatabase(TestMongo.client(), InfrastructureProperties.uniqueName("dashboard"));
        MapChangeRebuild firstStart = restart(rebuild, empty, membership);
        firstStart.caughtUp(false);
        assertThat(firstStart.busy()).isFalse();
        assertThat(firstStart.recorded(empty.active())).containsExactlyInAnyOrder(
                historicalMerger().decisionId(), merger2026().decisionId());
        firstStart.close();
        // a feed slower than the start-up wait: the consumers may have placed events on an incomplete map
        MapChangeRebuild slowFeed = restart(rebuild, databases, membership);
        slowFeed.caughtUp(true);
        assertThat(slowFeed.busy()).isTrue();
        assertThat(slowFeed.awaitIdle(Duration.ofMinutes(2))).isTrue();
        slowFeed.close();
        assertThat(slowFeed.rebuildsStarted()).isEqualTo(1);
        assertThat(databases.active()).isEqualTo(rebuild.progress().database()).isNotEqualTo(done.database());
        assertThat(RebuildTest.snapshot(live)).isEqualTo(RebuildTest.snapshot(replayed));
        // an administrator's rebuild records the map it was built on too: the next start rebuilds nothing
        MapChangeRebuild serving = restart(rebuild, databases, membership);
        serving.caughtUp(false);
        Rebuild.Progress byAdministrator = rebuild.start();
        assertThat(rebuild.await(Duration.ofMinutes(2)).state()).isEqualTo(Rebuild.State.SWITCHED);
        assertThat(serving.recorded(byAdministrator.database())).containsExactlyInAnyOrder(
                historicalMerger().decisionId(), merger2026().decisionId());
        serving.close();
        MapChangeRebuild nextStart = restart(rebuild, databases, membership);
        nextStart.caughtUp(false);
        assertThat(nextStart.busy()).as("nothing to rebuild after the administrator's rebuild").isFalse();
        nextStart.close();

        // scope on the map of the day: a leader of Hồ Chí Minh City reads the closed units as they were
        UnitAccess access = new UnitAccess(new TerritorialScope(territory), territory);
        signIn("79");
        assertThat(access.require(LONG_HUONG, february)).isTrue();
        assertThat(access.require(PHUOC_HIEP, in2019)).isTrue();
        assertNotFound(() -> access.require(LONG_HUONG, null));
        assertNotFound(() -> access.require(PHUOC_HIEP, in2021));
        signIn("01");
        assertNotFound(() -> access.require(LONG_HUONG, february));
        assertNotFound(() -> access.require(PHUOC_HIEP, in2019));
        assertNotFound(() -> access.require("748", in2019));
    }

    /** A restarted service: a fresh tree, the feed reading the decisions again while the consumers wait. */
    static MapChangeRebuild restart(Rebuild rebuild, ReadModelDatabase databases, List<EventEnvelope> membership) {
        Territory restarted = Territory.loadOfficial();
        MapChangeRebuild rebuilds = new MapChangeRebuild(rebuild, databases, Duration.ofMillis(500));
        rebuilds.holdUntilCaughtUp();
        MembershipTerritoryApplier applier = new MembershipTerritoryApplier(restarted);
        applier.onDecisionApplied(rebuilds::decisionApplied);
        membership.forEach(applier::apply);
        applier.retryPending();
        assertThat(restarted.mapChangeDates()).containsExactly(MERGER_2020, Territory.REFORM_DATE, MERGER_2026);
        assertThat(rebuilds.busy()).as("nothing decided before the feed caught up").isFalse();
        return rebuilds;
    }

    static void project(MongoTemplate mongo, Territory territory, List<EventEnvelope> membership, List<EventEnvelope> feedback) {
        UnitFigures figures = new UnitFigures(mongo);
        DatedFigures dated = new DatedFigures(figures, territory);
        AggregateDocuments documents = new AggregateDocuments(mongo);
        membership.forEach(new MembershipProjector(documents, figures, territory, dated)::handle);
        feedback.forEach(new FeedbackProjector(documents, figures, dated, territory)::handle);
    }

    static FigureQueries queries(MongoTemplate mongo, Territory territory) {
        UnitFigures figures = new UnitFigures(mongo);
        return new FigureQueries(figures, new DatedFigures(figures, territory), territory);
    }

    static Map<String, Long> areas(List<ChildFigures> children) {
        Map<String, Long> areas = new java.util.TreeMap<>();
        children.forEach(c -> areas.put(c.unitCode(), c.residentialAreas()));
        areas.values().removeIf(v -> v == 0L);
        return areas;
    }

    static Map<String, Long> received(List<ChildFigures> children) {
        Map<String, Long> received = new java.util.TreeMap<>();
        children.forEach(c -> received.put(c.unitCode(), c.figures().getOrDefault("petitionsReceived", 0L)));
        received.values().removeIf(v -> v == 0L);
        return received;
    }

    static ReorganisationDecisionRecordedEvent historicalMerger() {
        return new ReorganisationDecisionRecordedEvent("837_NQ-UBTVQH14", "837/NQ-UBTVQH14", ReorganisationKind.MERGER,
                MERGER_2020, "748",
                List.of(new ReorganisedUnit(PHUOC_HIEP, "Phường Phước Hiệp", UnitLevel.COMMUNE, "Phường", "748",
                        UnitOrigin.HISTORICAL, LocalDate.of(1994, 7, 2))),
                List.of(new ReorganisedUnit(PHUOC_TRUNG, "Phường Phước Trung", UnitLevel.COMMUNE, "Phường", "748",
                        UnitOrigin.ON_MAP, null)),
                List.of(new UnitTransfer(PHUOC_HIEP, PHUOC_TRUNG, false)));
    }

    static ReorganisationDecisionRecordedEvent merger2026() {
        return new ReorganisationDecisionRecordedEvent("15_NQ-HDND-2026", "15/NQ-HĐND", ReorganisationKind.MERGER,
                MERGER_2026, "79",
                List.of(new ReorganisedUnit(LONG_HUONG, "Phường Long Hương", UnitLevel.COMMUNE, "Phường", "79",
                        UnitOrigin.ON_MAP, null)),
                List.of(new ReorganisedUnit(PHUOC_TRUNG, "Phường Bà Rịa", UnitLevel.COMMUNE, "Phường", "79",
                        UnitOrigin.ON_MAP, null)),
                List.of(new UnitTransfer(LONG_HUONG, PHUOC_TRUNG, false)));
    }

    static EventEnvelope area(String code, String commune, LocalDate on) {
        return envelope("ResidentialArea", code, 0, on,
                new ResidentialAreaRegisteredEvent(code, commune, "Khu dân cư " + code, ResidentialAreaKind.KHU_PHO, on));
    }

    static EventEnvelope decision(ReorganisationDecisionRecordedEvent event) {
        return envelope("ReorganisationDecision", event.decisionId(), 0, event.effectiveDate(), event);
    }

    static EventEnvelope petition(String id, String unit, LocalDate on) {
        return envelope("Petition", id, 0, on, new PetitionReceivedEvent(id, unit, Channel.ONLINE, "LAND", "Tiêu đề",
                "Nội dung", false, true, null, on, List.of(), null, null, unit));
    }

    static EventEnvelope envelope(String type, String id, long seq, LocalDate on, DomainEvent event) {
        return EnvelopeCodec.envelope(UUID.nameUUIDFromBytes((type + id + "#" + seq).getBytes(StandardCharsets.UTF_8)),
                type, id, seq, on.atStartOfDay(Territory.ZONE).toInstant(), Actor.SYSTEM, null, event);
    }

    static void signIn(String scopeUnit) {
        Jwt jwt = Jwt.withTokenValue("test").header("alg", "none").claim("sub", "leader-" + scopeUnit)
                .claim("scope_unit", scopeUnit).claim("roles", List.of("LEADER")).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));
    }

    static void assertNotFound(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(DomainException.class).hasMessageContaining("No such administrative unit");
    }
}
