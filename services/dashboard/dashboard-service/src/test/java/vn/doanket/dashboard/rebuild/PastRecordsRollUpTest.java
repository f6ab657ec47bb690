package vn.doanket.dashboard.rebuild;

import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.doanket.dashboard.TestMongo;
import vn.doanket.dashboard.query.FigureQueries;
import vn.doanket.dashboard.query.UnitFigures;
import vn.doanket.events.EventEnvelope;
import vn.doanket.feedback.api.Channel;
import vn.doanket.feedback.api.PetitionReceivedEvent;
import vn.doanket.testing.InfrastructureProperties;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doanket.dashboard.rebuild.DatedMapsTest.area;
import static vn.doanket.dashboard.rebuild.DatedMapsTest.areas;
import static vn.doanket.dashboard.rebuild.DatedMapsTest.envelope;
import static vn.doanket.dashboard.rebuild.DatedMapsTest.received;

/**
 * Facts of the past as membership and feedback now record them (issue 11, "recording the past"): an area
 * registered as of 2023 under a pre-2025 commune (Phường Phước Hưng, 26548, district 748 of Bà Rịa–Vũng Tàu)
 * and one as of 2024 under the code 26560 when it denoted Phường Phước Trung, plus a petition of January 2023
 * entered years later (recorded late): on the map of 2023/2024 they count under the old commune, district 748 and
 * province 77; on today's map through the lineage under Phường Bà Rịa (26560) and Hồ Chí Minh City (79).
 */
class PastRecordsRollUpTest {

    static final String PHUOC_HUNG = "26548";
    static final String BA_RIA = "26560";

    @Test
    void areasAndPetitionsOfThePastRollUpOnTheMapOfTheirDayAndOnTodaysMapThroughLineage() {
        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        String oldCommuneArea = PHUOC_HUNG + "-P" + suffix;
        String reusedCodeArea = BA_RIA + "-P" + suffix;
        LocalDate receivedOn = LocalDate.of(2023, 1, 16);
        LocalDate today = LocalDate.now(Territory.ZONE);
        List<EventEnvelope> membership = List.of(
                area(oldCommuneArea, PHUOC_HUNG, LocalDate.of(2023, 3, 1)),
                area(reusedCodeArea, BA_RIA, LocalDate.of(2024, 5, 1)));
        // received in January 2023, entered today: the envelope says today, the event the real day of receipt
        List<EventEnvelope> feedback = List.of(envelope("Petition", "PA-" + suffix, 0, today,
                new PetitionReceivedEvent("PA-" + suffix, PHUOC_HUNG, Channel.DIRECT_VISIT, "INFRASTRUCTURE",
                        "Ngập nước", "Đường ngập sau mưa", true, false, "u-can-bo-ba-ria", receivedOn, List.of(), null,
                        null, BA_RIA, today, true)));
        Territory territory = Territory.loadOfficial();
        MongoTemplate mongo = new MongoTemplate(TestMongo.client(), InfrastructureProperties.uniqueName("past"));
        DatedMapsTest.project(mongo, territory, membership, feedback);
        FigureQueries queries = DatedMapsTest.queries(mongo, territory);

        // 2023: the old commune under district 748 and province 77; 26560 (Phước Trung) has no area yet
        LocalDate in2023 = LocalDate.of(2023, 6, 30);
        assertThat(areas(queries.children("748", in2023).children())).containsExactly(java.util.Map.entry(PHUOC_HUNG, 1L));
        assertThat(queries.totals("77", in2023)).containsEntry(UnitFigures.RESIDENTIAL_AREAS, 1L);
        assertThat(received(queries.children("748", in2023).children())).containsEntry(PHUOC_HUNG, 1L);
        assertThat(queries.totals("77", in2023)).containsEntry("petitionsReceived", 1L);
        // 2024: both, each under its own commune of that day
        LocalDate in2024 = LocalDate.of(2024, 12, 31);
        assertThat(areas(queries.children("748", in2024).children()))
                .containsEntry(PHUOC_HUNG, 1L).containsEntry(BA_RIA, 1L);
        assertThat(queries.totals("77", in2024)).containsEntry(UnitFigures.RESIDENTIAL_AREAS, 2L);
        // today: both under Phường Bà Rịa and Hồ Chí Minh City, through the lineage; nothing left at the old code
        assertThat(queries.totals(BA_RIA, null)).containsEntry(UnitFigures.RESIDENTIAL_AREAS, 2L)
                .containsEntry("petitionsReceived", 1L);
        assertThat(queries.figures("79", null).figures()).containsEntry(UnitFigures.RESIDENTIAL_AREAS, 2L)
                .containsEntry("petitionsReceived", 1L);
        assertThat(areas(queries.children("79", null).children())).containsExactly(java.util.Map.entry(BA_RIA, 2L));
    }
}
