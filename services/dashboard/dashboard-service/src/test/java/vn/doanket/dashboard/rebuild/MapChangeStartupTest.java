package vn.doanket.dashboard.rebuild;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.doanket.dashboard.query.FigureQueries;
import vn.doanket.membership.api.ReorganisationDecisionRecordedEvent;
import vn.doanket.membership.api.ReorganisationKind;
import vn.doanket.membership.api.ReorganisedUnit;
import vn.doanket.membership.api.UnitLevel;
import vn.doanket.membership.api.UnitOrigin;
import vn.doanket.membership.api.UnitTransfer;
import vn.doanket.testing.InfrastructureProperties;
import vn.doanket.testing.LocalInfrastructure;
import vn.doanket.territory.Territory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doanket.dashboard.rebuild.DatedMapsTest.LONG_HUONG;
import static vn.doanket.dashboard.rebuild.DatedMapsTest.PHUOC_TRUNG;
import static vn.doanket.dashboard.rebuild.DatedMapsTest.decision;
import static vn.doanket.dashboard.rebuild.DatedMapsTest.merger2026;
import static vn.doanket.dashboard.rebuild.DatedMapsTest.petition;

/**
 * The service as configured ({@code dashboard.yml}) on the real stack: a decision already on the topic
 * when the service starts is read back by the territory feed before the consumers place anything, so
 * the fresh database starts on the new map without a rebuild; a decision recorded while it runs
 * rebuilds the read models once, automatically, and the facts placed meanwhile on the old map move to
 * the successor.
 */
@SpringBootTest(properties = {"spring.config.name=dashboard", "doanket.dashboard.map-change-rebuild.quiet=1s"})
@LocalInfrastructure
class MapChangeStartupTest {

    static final String PREFIX = InfrastructureProperties.uniqueName("mapstart");
    static final String MEMBERSHIP_TOPIC = PREFIX + ".doanket.membership.events";
    static final String FEEDBACK_TOPIC = PREFIX + ".doanket.feedback.events";
    /** Phường Tam Long, merged into Phường Bà Rịa on 1 June 2026 by a decision recorded while the service runs. */
    static final String TAM_LONG = "26572";

    @DynamicPropertySource
    static void topics(DynamicPropertyRegistry registry) throws Exception {
        // on the topics before the service starts: the decision, and petitions under the closed commune
        RebuildTest.publish(MEMBERSHIP_TOPIC, List.of(decision(merger2026())));
        RebuildTest.publish(FEEDBACK_TOPIC, List.of(petition("s1", LONG_HUONG, LocalDate.of(2025, 9, 10)),
                petition("s2", LONG_HUONG, LocalDate.of(2026, 4, 10))));
        registry.add("spring.cloud.stream.bindings.membershipEvents-in-0.destination", () -> MEMBERSHIP_TOPIC);
        registry.add("spring.cloud.stream.bindings.feedbackEvents-in-0.destination", () -> FEEDBACK_TOPIC);
        registry.add("spring.cloud.stream.bindings.membershipEvents-in-0.group", () -> PREFIX);
        registry.add("spring.cloud.stream.bindings.feedbackEvents-in-0.group", () -> PREFIX);
    }

    @Autowired
    MapChangeRebuild rebuilds;
    @Autowired
    ReadModelDatabase databases;
    @Autowired
    FigureQueries queries;
    @Autowired
    Territory territory;

    @Test
    void aDecisionOnTheTopicAtStartNeedsNoRebuildAndOneRecordedLaterRebuildsOnce() throws Exception {
        String home = databases.home();
        // read back before consuming: the empty database took the decision as its own
        assertThat(territory.mapChangeDates()).contains(DatedMapsTest.MERGER_2026);
        assertThat(rebuilds.recorded(home)).containsExactly(merger2026().decisionId());
        await("the petitions of the closed commune counted under its successor")
                .until(() -> queries.totals(PHUOC_TRUNG, null).getOrDefault("petitionsReceived", 0L) == 2);
        assertThat(queries.totals(LONG_HUONG, LocalDate.of(2026, 2, 15))).containsEntry("petitionsReceived", 1L);
        assertThat(rebuilds.busy()).isFalse();
        assertThat(rebuilds.rebuildsStarted()).isZero();
        assertThat(databases.active()).isEqualTo(home);

        // while it runs: a petition under Tam Long, placed on today's map, then a decision merging Tam Long
        RebuildTest.publish(FEEDBACK_TOPIC, List.of(petition("s3", TAM_LONG, LocalDate.of(2026, 5, 4))));
        await("the petition under Tam Long").until(() -> queries.totals(TAM_LONG, null).getOrDefault("petitionsReceived", 0L) == 1);
        RebuildTest.publish(MEMBERSHIP_TOPIC, List.of(decision(tamLongMerger())));
        await("one rebuild, finished").until(() -> rebuilds.rebuildsStarted() == 1 && !rebuilds.busy());
        assertThat(databases.active()).isNotEqualTo(home);
        assertThat(rebuilds.recorded(databases.active()))
                .containsExactlyInAnyOrder(merger2026().decisionId(), tamLongMerger().decisionId());
        assertThat(queries.totals(PHUOC_TRUNG, null)).containsEntry("petitionsReceived", 3L);
        assertThat(queries.totals(TAM_LONG, LocalDate.of(2026, 5, 31))).containsEntry("petitionsReceived", 1L);
        assertThat(queries.children("79", null).children()).extracting(FigureQueries.ChildFigures::unitCode)
                .doesNotContain(TAM_LONG, LONG_HUONG).contains(PHUOC_TRUNG);
    }

    static ReorganisationDecisionRecordedEvent tamLongMerger() {
        return new ReorganisationDecisionRecordedEvent("16_NQ-HDND-2026", "16/NQ-HĐND", ReorganisationKind.MERGER,
                LocalDate.of(2026, 6, 1), "79",
                List.of(new ReorganisedUnit(TAM_LONG, "Phường Tam Long", UnitLevel.COMMUNE, "Phường", "79",
                        UnitOrigin.ON_MAP, null)),
                List.of(new ReorganisedUnit(PHUOC_TRUNG, "Phường Bà Rịa", UnitLevel.COMMUNE, "Phường", "79",
                        UnitOrigin.ON_MAP, null)),
                List.of(new UnitTransfer(TAM_LONG, PHUOC_TRUNG, false)));
    }

    static ConditionFactory await(String what) {
        return Awaitility.await(what).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100));
    }
}
