package vn.doanket.conference.stack;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import vn.doanket.territory.Territory;
import vn.doanket.testing.stack.StackScenario;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doanket.conference.stack.StackCalls.figure;

/**
 * Great Unity Day coverage through the whole stack: nine residential areas of Phường Vũng Tàu (26506, Thành phố Hồ Chí
 * Minh) registered in membership, one merged into another before the day (so 8 in force); six hold their Unity Day →
 * the ward's dashboard reads 6 of 8 = 75 %, then the other two → 100 %; the merged-away area cannot hold one; a second
 * Unity Day of an area in the same year is refused; the province (79) and the nation count the areas that held it.
 */
public class UnityDayCoverageScenario implements StackScenario {

    static final String WARD = "26506";
    static final String OFFICER = "can-bo-hcm";
    static final String LEADER = "lanh-dao-hcm";
    static final String NATION_LEADER = "trung-uong";
    static final String MERGED_AWAY = WARD + "-KP09";
    static final String RECEIVING = WARD + "-KP08";

    @Override
    public String name() {
        return "conference: Unity Day coverage of a ward with 8 areas (one merged away before) reads 75 %, then 100 %";
    }

    @Override
    public void run(Stack stack) throws Exception {
        StackCalls calls = new StackCalls(stack);
        LocalDate today = StackCalls.today();
        int year = today.getYear();

        // membership: nine areas registered in July 2025; the ninth merged into the eighth on 1 October 2025
        for (int i = 1; i <= 9; i++) {
            calls.post("membership", OFFICER, "/api/residential-areas", Map.of("communeCode", WARD,
                    "areaCode", area(i), "name", "Khu phố " + i, "kind", "KHU_PHO", "registeredOn", "2025-07-15"), 201);
        }
        JsonNode merged = calls.post("membership", OFFICER, "/api/residential-areas/merges", Map.of("communeCode", WARD,
                "mergedAreaCodes", List.of(MERGED_AWAY), "intoAreaCode", RECEIVING, "mergedOn", "2025-10-01",
                "decisionNumber", "38/QĐ-UBND"), 201);
        assertThat(merged.get("closedAreaCodes").toString()).isEqualTo("[\"" + MERGED_AWAY + "\"]");
        assertThat(merged.get("receivingAreaCodes").toString()).isEqualTo("[\"" + RECEIVING + "\"]");
        // (8 is also counted for a moment before the ninth area's registration and its merger, on another partition,
        // are read: the later reads that assert the 8 areas await them again)
        calls.awaitFigures(LEADER, WARD, "8 areas in force", f -> f.path("residentialAreas").asLong() == 8);

        // the merged-away area holds no Unity Day (once the conference service's territory has the merge)
        Territory territory = calls.context("conference").getBean(Territory.class);
        Awaitility.await("the conference service's territory closes " + MERGED_AWAY).atMost(StackCalls.PATIENCE)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> !territory.versions(MERGED_AWAY).isEmpty() && territory.unit(MERGED_AWAY, today).isEmpty());
        StackCalls.problem(calls.as("conference", OFFICER).post("/api/conferences", unityDay(MERGED_AWAY, today)),
                422, "unit-closed");

        // six of the eight hold it today
        int participants = 0;
        for (int i = 1; i <= 6; i++) {
            participants += holdUnityDay(calls, area(i), i, today);
        }
        // a second Unity Day of an area in the same year is refused
        Map<String, Object> second = new java.util.HashMap<>(unityDay(area(1), today));
        second.put("conferenceId", "ngay-hoi-lan-hai-" + year);
        StackCalls.problem(calls.as("conference", OFFICER).post("/api/conferences", second), 422, "unity-day-already-held");

        // (an area counts from its opening, its participants from the headcount recorded after: both are awaited)
        final int sixParticipants = participants;
        JsonNode six = calls.awaitFigures(LEADER, WARD, "6 of 8 areas held Unity Day with their participants",
                f -> figure(f, "unityDayAreasThisYear") == 6 && figure(f, "unityDayParticipants") == sixParticipants
                        && f.path("residentialAreas").asLong() == 8);
        assertThat(six.get("residentialAreas").asLong()).isEqualTo(8);
        assertThat(figure(six, "unityDayAreasThisYear")).isEqualTo(6);
        assertThat(figure(six, "unityDayParticipants")).isEqualTo(participants);
        assertThat(six.path("derived").path("unityDayCoverage").asDouble()).isEqualTo(0.75);
        assertThat(figure(calls.awaitFigures(LEADER, "79", "the province counts 6",
                f -> figure(f, "unityDayAreasThisYear") == 6), "unityDayAreasThisYear")).isEqualTo(6);
        assertThat(figure(calls.awaitFigures(NATION_LEADER, "VN", "the nation counts 6",
                f -> figure(f, "unityDayAreasThisYear") == 6), "unityDayAreasThisYear")).isEqualTo(6);
        // as of yesterday, on the same map: none held yet this year, the same 8 areas
        JsonNode yesterday = calls.await("dashboard", LEADER, "/api/units/" + WARD + "/figures?asOf=" + today.minusDays(1),
                "the same 8 areas as of yesterday", f -> f.path("residentialAreas").asLong() == 8);
        assertThat(yesterday.get("residentialAreas").asLong()).isEqualTo(8);
        assertThat(figure(yesterday, "unityDayAreasThisYear")).isZero();

        // the other two
        for (int i = 7; i <= 8; i++) {
            participants += holdUnityDay(calls, area(i), i, today);
        }
        final int allParticipants = participants;
        JsonNode all = calls.awaitFigures(LEADER, WARD, "8 of 8 areas held Unity Day with their participants",
                f -> figure(f, "unityDayAreasThisYear") == 8 && figure(f, "unityDayParticipants") == allParticipants
                        && f.path("residentialAreas").asLong() == 8);
        assertThat(all.get("residentialAreas").asLong()).isEqualTo(8);
        assertThat(figure(all, "unityDayParticipants")).isEqualTo(participants);
        assertThat(all.path("derived").path("unityDayCoverage").asDouble()).isEqualTo(1.0);
        assertThat(figure(calls.awaitFigures(LEADER, "79", "the province counts 8",
                f -> figure(f, "unityDayAreasThisYear") == 8), "unityDayAreasThisYear")).isEqualTo(8);
        assertThat(figure(calls.awaitFigures(NATION_LEADER, "VN", "the nation counts 8",
                f -> figure(f, "unityDayAreasThisYear") == 8), "unityDayAreasThisYear")).isEqualTo(8);
        // the ward's Unity Days of the year as the conference service lists them
        JsonNode listed = calls.await("conference", LEADER, "/api/conferences?unit=" + WARD + "&kind=UNITY_DAY&year="
                + year + "&page=0&size=50", "the ward's 8 Unity Days closed", page -> page.path("total").asInt() == 8
                && page.path("items").findValuesAsText("status").stream().allMatch("CLOSED"::equals));
        assertThat(listed.get("items")).hasSize(8);
        java.util.Set<String> areas = new java.util.TreeSet<>(listed.get("items").findValuesAsText("unitCode"));
        assertThat(areas).containsExactly(area(1), area(2), area(3), area(4), area(5), area(6), area(7), area(8));
        long headcounts = 0;
        for (JsonNode item : listed.get("items")) {
            assertThat(item.get("openedOn").asText()).isEqualTo(today.toString());
            headcounts += item.get("headcount").asLong();
        }
        assertThat(headcounts).isEqualTo(participants);
    }

    static String area(int i) {
        return WARD + "-KP%02d".formatted(i);
    }

    static Map<String, Object> unityDay(String area, LocalDate day) {
        return Map.of("conferenceId", "ngay-hoi-" + area.toLowerCase() + "-" + day.getYear(), "kind", "UNITY_DAY",
                "unitCode", area, "title", "Ngày hội Đại đoàn kết toàn dân tộc năm " + day.getYear(),
                "startsAt", day + "T07:30:00", "venue", "Nhà văn hóa khu phố");
    }

    /** Plans, opens, records and closes an area's Unity Day today; its headcount. */
    private static int holdUnityDay(StackCalls calls, String area, int i, LocalDate today) {
        Map<String, Object> plan = unityDay(area, today);
        String id = (String) plan.get("conferenceId");
        int headcount = 100 + 10 * i;
        calls.post("conference", OFFICER, "/api/conferences", plan, 201);
        calls.post("conference", OFFICER, "/api/conferences/" + id + "/opening", Map.of(), 200);
        calls.post("conference", OFFICER, "/api/conferences/" + id + "/activities",
                Map.of("activities", List.of("Văn nghệ", "Thể thao", "Biểu dương gia đình văn hóa")), 200);
        calls.post("conference", OFFICER, "/api/conferences/" + id + "/headcount", Map.of("headcount", headcount), 200);
        calls.post("conference", OFFICER, "/api/conferences/" + id + "/closure", Map.of(), 200);
        return headcount;
    }
}
