package vn.doanket.membership.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.territory.Level;
import vn.doanket.territory.MapView;
import vn.doanket.territory.Territory;
import vn.doanket.testing.LocalInfrastructure;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.testing.TestPersonalData;
import vn.doanket.testing.TopicRecords;
import vn.doanket.testing.http.TestHttp;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The registry over HTTP on the real infrastructure (PostgreSQL event store → Kafka → this service's own territory
 * feed): residential areas renamed, merged and split; people registered without their name or phone leaving the
 * service; prestigious persons; reorganisation decisions of official units incl. a historical ward.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=membership",
        "doanket.axon.publisher.topic=test.membership-api.events"})
@LocalInfrastructure
class MembershipRegistryApiTest {

    static final String TOPIC = "test.membership-api.events";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Territory territory;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    static String suffix() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    @Test
    void areasAreRenamedMergedAndSplitAndMergedAwayAreasTakeNoAppointments() throws Exception {
        String s = suffix();
        String a = "26560-A" + s, b = "26560-B" + s, c = "26560-C" + s;
        registerAreas(a, b, c);
        LocalDate tomorrow = territory.today().plusDays(1);
        assertThat(post("can-bo-ba-ria", "/api/residential-areas/" + a + "/renames",
                Map.of("name", "Khu phố Long Hương", "renamedOn", tomorrow, "decisionNumber", "45/QĐ-UBND"))
                .status()).isEqualTo(201);
        // B's committee (established today: not before B was registered), then B and C merge into a new area from tomorrow
        assertThat(post("can-bo-ba-ria", "/api/residential-areas/" + b + "/committees", establishedToday()).status()).isEqualTo(201);
        String into = "26560-N" + s;
        TestHttp.Response merged = post("can-bo-ba-ria", "/api/residential-areas/merges",
                Map.of("communeCode", "26560", "mergedAreaCodes", List.of(b, c),
                        "newArea", Map.of("name", "Khu phố Mới", "kind", "KHU_PHO", "areaCode", into),
                        "mergedOn", tomorrow, "decisionNumber", "38/QĐ-UBND"));
        assertThat(merged.status()).as(merged.body()).isEqualTo(201);
        assertThat(merged.json().get("receivingAreaCodes").get(0).asText()).isEqualTo(into);
        // merging an area that is already merged away: a rule, in both languages
        TestHttp.Response again = post("can-bo-ba-ria", "/api/residential-areas/merges",
                Map.of("communeCode", "26560", "mergedAreaCodes", List.of(b), "intoAreaCode", a,
                        "mergedOn", tomorrow.plusDays(2), "decisionNumber", "39/QĐ-UBND"));
        assertProblem(again, 422, "area-closed");
        // an unknown area: 404, nothing stored
        assertProblem(post("can-bo-ba-ria", "/api/residential-areas/merges",
                Map.of("communeCode", "26560", "mergedAreaCodes", List.of("26560-ZZ" + s), "intoAreaCode", a,
                        "mergedOn", tomorrow, "decisionNumber", "39/QĐ-UBND")), 404, "not-found");
        // the split of A into two new areas
        TestHttp.Response split = post("can-bo-ba-ria", "/api/residential-areas/" + a + "/splits",
                Map.of("parts", List.of(Map.of("name", "Khu phố 1A", "kind", "KHU_PHO"), Map.of("name", "Khu phố 1B", "kind", "TO_DAN_PHO")),
                        "splitOn", tomorrow.plusDays(3), "decisionNumber", "02/QĐ-UBND"));
        assertThat(split.status()).as(split.body()).isEqualTo(201);

        // the service's own tree follows its published facts (HTTP → PostgreSQL → Kafka → territory feed)
        await("the tree to follow the merge and the split").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> territory.unit(b, tomorrow).isEmpty() && territory.unit(into, tomorrow).isPresent()
                        && territory.unit(a, tomorrow.plusDays(3)).isEmpty());
        assertThat(territory.nameOf(a, tomorrow)).isEqualTo("Khu phố Long Hương");
        // (the merge closes B at once but links it to the new area only once that area's registration, on another
        // partition, is in the tree, and waiting facts are retried after each batch: the link is awaited)
        await("the tree to link the merged area to the new one").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .untilAsserted(() -> assertThat(territory.rollUp(b, territory.today(), MapView.asOf(tomorrow),
                        Level.RESIDENTIAL_AREA).codes()).containsExactly(into));
        // B's committee must be re-formed in the new area: no appointment in B from the merge on
        TestHttp.Response appointed = post("can-bo-ba-ria", "/api/residential-areas/" + b + "/committees/"
                        + territory.today().getYear() + "/members",
                Map.of("personId", "p-9", "position", "MEMBER", "representing", "YOUTH_UNION",
                        "appointedOn", tomorrow.plusDays(1), "decisionNumber", "40/QĐ"));
        assertProblem(appointed, 422, "area-not-in-force");

        List<String> types = new ArrayList<>();
        records(r -> r.key().equals(b) || r.key().equals(a), 5).forEach(r -> types.add(EnvelopeCodec.decode(r.value()).eventType()));
        assertThat(types).contains("ResidentialAreaRenamed", "ResidentialAreaMerged", "ResidentialAreaSplit");
    }

    @Test
    void peopleAreRegisteredAndNoNameOrPhoneLeavesTheService() throws Exception {
        String personId = "p-" + suffix().toLowerCase();
        TestHttp.Response created = post("can-bo-ba-ria", "/api/units/26560/people", person(personId, "0912 345 678"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertProblem(post("can-bo-ba-ria", "/api/units/26560/people", person("p-" + suffix().toLowerCase(), "12")),
                400, null);
        assertThat(post("can-bo-cao-bang", "/api/units/26560/people", person("p-x" + suffix().toLowerCase(), null))
                .status()).isEqualTo(404);
        Map<String, Object> hoa = person(personId, "0912345678");
        hoa.put("ethnicity", "Hoa");
        TestHttp.Response updated = put("can-bo-ba-ria", "/api/units/26560/people/" + personId, hoa);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertProblem(put("can-bo-hcm", "/api/units/26506/people/" + personId, person(personId, null)), 404, "person-not-found");

        List<ConsumerRecord<String, byte[]>> published = records(r -> r.key().equals(personId), 2);
        for (ConsumerRecord<String, byte[]> r : published) {
            String value = new String(r.value(), StandardCharsets.UTF_8);
            assertThat(value).doesNotContain(TestPersonalData.PETITIONER_NAME, TestPersonalData.PHONE_DIGITS, "Nhung");
        }
        assertThat(published).extracting(r -> EnvelopeCodec.decode(r.value()).eventType())
                .containsExactly("PersonRegistered", "PersonUpdated");
        // stored (the event store is the service's own), in the internal event only
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%PersonIdentityRecordedEvent'", Long.class, personId)).isEqualTo(1L);
    }

    @Test
    void aMergeOrSplitRefusedHalfWayRecordsNothing() throws Exception {
        String s = suffix();
        String b = "26560-E" + s, c = "26560-F" + s, x = "26560-G" + s;
        registerAreas(b, c, x);
        LocalDate day = territory.today().plusDays(5);
        assertThat(post("can-bo-ba-ria", "/api/residential-areas/" + c + "/renames",
                Map.of("name", "Khu phố Đổi Tên", "renamedOn", day, "decisionNumber", "46/QĐ-UBND"))
                .status()).isEqualTo(201);
        // B is merged, the new area registered, then C refuses (renamed that very day): nothing stays
        String into = "26560-H" + s;
        assertProblem(post("can-bo-ba-ria", "/api/residential-areas/merges",
                Map.of("communeCode", "26560", "mergedAreaCodes", List.of(b, c),
                        "newArea", Map.of("name", "Khu phố Gộp", "kind", "KHU_PHO", "areaCode", into),
                        "mergedOn", day, "decisionNumber", "47/QĐ-UBND")),
                422, "date-before-area");
        assertThat(eventTypes(b)).containsExactly("ResidentialAreaRegisteredEvent");
        assertThat(eventTypes(into)).as("the new area's registration rolled back").isEmpty();
        // the split's first part is registered, the second part's code is taken: nothing stays
        String part = "26560-I" + s;
        TestHttp.Response split = post("can-bo-ba-ria", "/api/residential-areas/" + b + "/splits",
                Map.of("parts", List.of(Map.of("name", "Khu phố 2A", "kind", "KHU_PHO", "areaCode", part),
                                Map.of("name", "Khu phố 2B", "kind", "KHU_PHO", "areaCode", x)),
                        "splitOn", day, "decisionNumber", "03/QĐ-UBND"));
        assertThat(split.status()).as(split.body()).isEqualTo(409);
        assertThat(eventTypes(part)).isEmpty();
        assertThat(eventTypes(b)).containsExactly("ResidentialAreaRegisteredEvent");
        assertThat(eventTypes(x)).containsExactly("ResidentialAreaRegisteredEvent");
        // and the same merge without C goes through
        TestHttp.Response merged = post("can-bo-ba-ria", "/api/residential-areas/merges",
                Map.of("communeCode", "26560", "mergedAreaCodes", List.of(b), "intoAreaCode", x,
                        "mergedOn", day, "decisionNumber", "48/QĐ-UBND"));
        assertThat(merged.status()).as(merged.body()).isEqualTo(201);
        assertThat(eventTypes(b)).containsExactly("ResidentialAreaRegisteredEvent", "ResidentialAreaMergedEvent");
    }

    /** Areas of Phường Bà Rịa with the given codes. */
    void registerAreas(String... codes) throws Exception {
        for (String area : codes) {
            TestHttp.Response r = post("can-bo-ba-ria", "/api/residential-areas",
                    Map.of("communeCode", "26560", "name", "Khu phố " + area, "kind", "KHU_PHO", "areaCode", area));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
    }

    List<String> eventTypes(String aggregateId) {
        return jdbc.queryForList("select payload_type from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number", String.class, aggregateId).stream()
                .map(t -> t.substring(t.lastIndexOf('.') + 1)).toList();
    }

    @Test
    void prestigiousPersonsAreRecognisedForPeriods() throws Exception {
        String personId = "p-" + suffix().toLowerCase();
        Map<String, Object> body = Map.of("personId", personId, "recognisedFrom", "2025-08-01", "recognisedUntil", "2029-07-31",
                "decisionNumber", "15/QĐ-UBND");
        assertThat(post("can-bo-ba-ria", "/api/units/26560/prestigious-persons", body).status()).isEqualTo(201);
        assertProblem(post("can-bo-ba-ria", "/api/units/26560/prestigious-persons", body), 422, "overlapping-recognition");
        assertThat(post("can-bo-ba-ria", "/api/units/26560/prestigious-persons/" + personId + "/endings",
                Map.of("endedOn", "2026-06-01", "reason", "Chuyển nơi cư trú", "decisionNumber", "61/QĐ")).status())
                .isEqualTo(201);
        assertThat(post("lanh-dao-ba-ria", "/api/units/26560/prestigious-persons", body).status()).isEqualTo(403);
    }

    @Test
    void reorganisationDecisionsAreCheckedAgainstTheSnapshotAndFollowedByTheTree() throws Exception {
        Map<String, Object> historical = decision("837/NQ-UBTVQH14", "26551", "HISTORICAL");
        assertThat(post("can-bo-hcm", "/api/reorganisation-decisions", historical).status()).isEqualTo(403);
        TestHttp.Response recorded = post("quan-tri", "/api/reorganisation-decisions", historical);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertProblem(post("quan-tri", "/api/reorganisation-decisions", historical), 409, "already-exists");

        await("the historical ward in the tree").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> territory.unit("26551", LocalDate.of(2019, 1, 1)).isPresent());
        assertThat(territory.rollUp("26551", LocalDate.of(2019, 5, 1), MapView.current(), Level.PROVINCE).codes())
                .containsExactly("79");
        // now it exists: registering it again as historical (under another decision) is rejected with the reason
        TestHttp.Response exists = post("quan-tri", "/api/reorganisation-decisions",
                decision("838/NQ-UBTVQH14", "26551", "HISTORICAL"));
        assertProblem(exists, 422, "historical-unit-exists");
        assertThat(exists.json().get("detail_vi").asText()).contains("26551", "đã có trong danh mục");
        // a decision that contradicts the snapshot
        TestHttp.Response contradicts = post("quan-tri", "/api/reorganisation-decisions",
                decision("839/NQ-UBTVQH14", "26554", "ON_MAP"));
        assertProblem(contradicts, 422, "contradicts-snapshot");
    }

    @Test
    void referenceDataIsBilingual() throws Exception {
        TestHttp.Response r = get("lanh-dao-ba-ria", "/api/reference/member-organisations");
        assertThat(r.status()).isEqualTo(200);
        JsonNode list = r.json();
        assertThat(list).hasSize(10);
        assertThat(list.get(0).get("labelVi").asText()).isEqualTo("Hội Liên hiệp Phụ nữ");
        assertThat(list.get(0).get("labelEn").asText()).isEqualTo("Women's Union");
        assertThat(get(null, "/api/reference/positions").status()).isEqualTo(401);

        TestHttp.Response docs = get("lanh-dao-ba-ria", "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode openApi = docs.json();
        assertThat(openApi.get("info").get("title").asText()).isEqualTo("Đoàn Kết — membership");
        assertThat(openApi.get("paths").has("/api/residential-areas/merges")).isTrue();
        assertThat(openApi.get("paths").has("/api/units/{communeCode}/roster-imports")).isTrue();
        assertThat(get(null, "/v3/api-docs").status()).isEqualTo(401);
    }

    @Test
    void committeeDetailAndPeopleSearchIgnoringDiacriticsWithPhonesMaskedUnlessEntitled() throws Exception {
        String s = suffix();
        String area = "26560-Q" + s;
        String head = "p-a" + s.toLowerCase();
        String deputy = "p-b" + s.toLowerCase();
        // recorded with the day it was formed: its 2024 committee cannot predate it
        assertThat(post("can-bo-ba-ria", "/api/residential-areas", Map.of("communeCode", "26560", "name", "Khu phố Phước Trung",
                "kind", "KHU_PHO", "areaCode", area, "registeredOn", "2024-01-01")).status()).isEqualTo(201);
        assertThat(post("can-bo-ba-ria", "/api/units/26560/people", Map.of("personId", head, "fullName", "Nguyễn Văn A",
                "gender", "MALE", "birthYear", 1970, "ethnicity", "Kinh", "partyMember", true, "phone", TestPersonalData.PHONE))
                .status()).isEqualTo(201);
        assertThat(post("can-bo-ba-ria", "/api/units/26560/people", Map.of("personId", deputy, "fullName", "Đặng Thị Bích",
                "gender", "FEMALE", "birthYear", 1980, "ethnicity", "Kinh", "partyMember", false)).status()).isEqualTo(201);
        String members = "/api/residential-areas/" + area + "/committees/2024/members";
        assertThat(post("can-bo-ba-ria", "/api/residential-areas/" + area + "/committees", establish()).status()).isEqualTo(201);
        for (Map<String, Object> body : List.of(appointment(head, "HEAD", "VILLAGE_HEAD"), appointment(head, "MEMBER", "VETERANS_ASSOCIATION"),
                appointment(deputy, "DEPUTY", "WOMENS_UNION"))) {
            assertThat(post("can-bo-ba-ria", members, body).status()).isEqualTo(201);
        }
        assertThat(post("can-bo-ba-ria", members + "/" + deputy + "/dismissals", Map.of("position", "DEPUTY",
                "dismissedOn", "2025-03-15", "reason", "Chuyển nơi cư trú", "decisionNumber", "22/QĐ")).status()).isEqualTo(201);

        String detailPath = "/api/residential-areas/" + area + "/committees/2024";
        // (the detail joins the area's name and the members' names from their own documents, which other aggregates'
        // events write, in no order with the committee's: the whole detail is awaited)
        await("the committee's detail with its past member, its area's and its members' names").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).ignoreExceptions().untilAsserted(() -> {
                    TestHttp.Response r = get("lanh-dao-ba-ria", detailPath);
                    assertThat(r.status()).as(r.body()).isEqualTo(200);
                    JsonNode detail = r.json();
                    assertThat(detail.get("pastMembers")).hasSize(1);
                    assertThat(detail.get("areaName").asText()).isEqualTo("Khu phố Phước Trung");
                    assertThat(detail.get("currentMembers")).hasSize(2);
                    assertThat(detail.get("currentMembers").get(0).get("fullName").asText()).isEqualTo("Nguyễn Văn A");
                    assertThat(detail.get("concurrentRoles").get(0).asText()).isEqualTo(head);
                    assertThat(detail.get("members").asInt()).isEqualTo(1);
                    assertThat(detail.get("pastMembers").get(0).get("endReason").asText()).isEqualTo("Chuyển nơi cư trú");
                    assertThat(detail.get("vacancies")).extracting(JsonNode::asText)
                            .containsExactly("MISSING_DEPUTIES", "BELOW_MINIMUM_SIZE");
                });
        assertThat(get("can-bo-cao-bang", detailPath).status()).isEqualTo(404);

        await("the head found by the people search").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .ignoreExceptions()
                .until(() -> get("can-bo-ba-ria", "/api/units/26560/people?q=nguyen%20van%20a&size=100").json()
                        .get("items").findValuesAsText("personId").contains(head));
        JsonNode officer = get("can-bo-ba-ria", "/api/units/26560/people?q=NGUYEN%20VAN%20A&size=100").json();
        JsonNode mine = find(officer.get("items"), head);
        assertThat(mine.get("fullName").asText()).isEqualTo("Nguyễn Văn A");
        assertThat(mine.get("phone").asText()).isEqualTo(TestPersonalData.PHONE_DIGITS);
        JsonNode leader = get("lanh-dao-hcm", "/api/units/79/people?q=nguy%E1%BB%85n%20v%C4%83n%20a&size=100").json();
        assertThat(find(leader.get("items"), head).get("phone").asText()).isNotEqualTo(TestPersonalData.PHONE_DIGITS)
                .doesNotContain("345678");
        // (the deputy is another aggregate, projected in no order with the head: awaited)
        JsonNode paged = await("both people in the unit's pages").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> get("can-bo-ba-ria", "/api/units/26560/people?size=1&page=0").json(),
                        p -> p.get("total").asLong() >= 2);
        assertThat(paged.get("items")).hasSize(1);
        assertThat(paged.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertProblem(get("can-bo-ba-ria", "/api/units/26560/people?size=1000"), 400, "invalid-page");
        JsonNode list = get("can-bo-ba-ria", "/api/units/26560/committees?size=100").json();
        assertThat(list.get("items").findValuesAsText("committeeId")).contains(area + "/2024");
    }

    static JsonNode find(JsonNode items, String personId) {
        for (JsonNode item : items) {
            if (item.get("personId").asText().equals(personId)) {
                return item;
            }
        }
        throw new AssertionError(personId + " not found in " + items);
    }

    static Map<String, Object> appointment(String person, String position, String organisation) {
        return Map.of("personId", person, "position", position, "representing", organisation,
                "appointedOn", "2024-10-02", "decisionNumber", "13/QĐ-MTTQ");
    }

    /** A committee whose term starts today, established today. */
    Map<String, Object> establishedToday() {
        LocalDate today = territory.today();
        return Map.of("termStart", today, "termEnd", today.plusYears(5).minusDays(1), "plannedDeputies", 2,
                "minimumSize", 5, "decisionNumber", "12/QĐ-MTTQ", "establishedOn", today);
    }

    static Map<String, Object> establish() {
        return Map.of("termStart", "2024-10-01", "termEnd", "2029-09-30", "plannedDeputies", 2,
                "minimumSize", 5, "decisionNumber", "12/QĐ-MTTQ", "establishedOn", "2024-10-01");
    }

    /** A person of Phường Bà Rịa, with a phone unless {@code null}; a map the caller may change. */
    static Map<String, Object> person(String personId, String phone) {
        Map<String, Object> person = new LinkedHashMap<>(Map.of("personId", personId, "fullName", TestPersonalData.PETITIONER_NAME,
                "gender", "FEMALE", "birthYear", 1985, "ethnicity", "Kinh", "religion", "Phật giáo", "partyMember", true));
        if (phone != null) {
            person.put("phone", phone);
        }
        return person;
    }

    /** The decision merging the ward {@code predecessor} (of the former Bà Rịa town) into Phường Phước Trung in 2020. */
    static Map<String, Object> decision(String number, String predecessor, String origin) {
        return Map.of("decisionNumber", number, "kind", "MERGER", "effectiveDate", "2020-01-01",
                "predecessors", List.of(Map.of("code", predecessor, "name", "Phường Phước Hiệp", "level", "COMMUNE",
                        "type", "Phường", "parentCode", "748", "origin", origin, "existedFrom", "1994-07-02")),
                "successors", List.of(Map.of("code", "26560", "name", "Phường Phước Trung", "level", "COMMUNE",
                        "type", "Phường", "parentCode", "748", "origin", "ON_MAP")));
    }

    static void assertProblem(TestHttp.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).contains("application/problem+json");
        JsonNode problem = response.json();
        if (code != null) {
            assertThat(problem.get("code").asText()).isEqualTo(code);
        }
        assertThat(problem.get("title_vi")).isNotNull();
        assertThat(problem.get("detail")).isNotNull();
    }

    private TestHttp as(String account) {
        return TestHttp.to("http://127.0.0.1:" + port)
                .as(account == null ? null : SharedInfrastructure.get().identity().bearer(account));
    }

    private TestHttp.Response post(String account, String path, Object body) {
        return as(account).post(path, body);
    }

    private TestHttp.Response put(String account, String path, Object body) {
        return as(account).put(path, body);
    }

    private TestHttp.Response get(String account, String path) {
        return as(account).get(path);
    }

    private List<ConsumerRecord<String, byte[]>> records(Predicate<ConsumerRecord<String, byte[]>> wanted, int expected) {
        List<ConsumerRecord<String, byte[]>> found = TopicRecords.await(bootstrap, TOPIC, wanted, expected, TopicRecords.PATIENCE);
        assertThat(found).hasSizeGreaterThanOrEqualTo(expected);
        return found;
    }
}
