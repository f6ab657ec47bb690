package vn.doanket.membership.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

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

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOPIC = "test.membership-api.events";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Territory territory;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    final HttpClient http = HttpClient.newHttpClient();

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
                "{\"name\":\"Khu phố Long Hương\",\"renamedOn\":\"" + tomorrow + "\",\"decisionNumber\":\"45/QĐ-UBND\"}")
                .statusCode()).isEqualTo(201);
        // B's committee (established today: not before B was registered), then B and C merge into a new area from tomorrow
        assertThat(post("can-bo-ba-ria", "/api/residential-areas/" + b + "/committees", establishedToday()).statusCode()).isEqualTo(201);
        String into = "26560-N" + s;
        HttpResponse<String> merged = post("can-bo-ba-ria", "/api/residential-areas/merges",
                "{\"communeCode\":\"26560\",\"mergedAreaCodes\":[\"" + b + "\",\"" + c + "\"],\"newArea\":{\"name\":\"Khu phố Mới\","
                        + "\"kind\":\"KHU_PHO\",\"areaCode\":\"" + into + "\"},\"mergedOn\":\"" + tomorrow + "\",\"decisionNumber\":\"38/QĐ-UBND\"}");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(201);
        assertThat(JSON.readTree(merged.body()).get("receivingAreaCodes").get(0).asText()).isEqualTo(into);
        // merging an area that is already merged away: a rule, in both languages
        HttpResponse<String> again = post("can-bo-ba-ria", "/api/residential-areas/merges",
                "{\"communeCode\":\"26560\",\"mergedAreaCodes\":[\"" + b + "\"],\"intoAreaCode\":\"" + a + "\","
                        + "\"mergedOn\":\"" + tomorrow.plusDays(2) + "\",\"decisionNumber\":\"39/QĐ-UBND\"}");
        assertProblem(again, 422, "area-closed");
        // an unknown area: 404, nothing stored
        assertProblem(post("can-bo-ba-ria", "/api/residential-areas/merges",
                "{\"communeCode\":\"26560\",\"mergedAreaCodes\":[\"26560-ZZ" + s + "\"],\"intoAreaCode\":\"" + a + "\","
                        + "\"mergedOn\":\"" + tomorrow + "\",\"decisionNumber\":\"39/QĐ-UBND\"}"), 404, "not-found");
        // the split of A into two new areas
        HttpResponse<String> split = post("can-bo-ba-ria", "/api/residential-areas/" + a + "/splits",
                "{\"parts\":[{\"name\":\"Khu phố 1A\",\"kind\":\"KHU_PHO\"},{\"name\":\"Khu phố 1B\",\"kind\":\"TO_DAN_PHO\"}],"
                        + "\"splitOn\":\"" + tomorrow.plusDays(3) + "\",\"decisionNumber\":\"02/QĐ-UBND\"}");
        assertThat(split.statusCode()).as(split.body()).isEqualTo(201);

        // the service's own tree follows its published facts (HTTP → PostgreSQL → Kafka → territory feed)
        await(() -> territory.unit(b, tomorrow).isEmpty() && territory.unit(into, tomorrow).isPresent()
                && territory.unit(a, tomorrow.plusDays(3)).isEmpty());
        assertThat(territory.nameOf(a, tomorrow)).isEqualTo("Khu phố Long Hương");
        assertThat(territory.rollUp(b, territory.today(), MapView.asOf(tomorrow), Level.RESIDENTIAL_AREA).codes())
                .containsExactly(into);
        // B's committee must be re-formed in the new area: no appointment in B from the merge on
        HttpResponse<String> appointed = post("can-bo-ba-ria", "/api/residential-areas/" + b + "/committees/"
                        + territory.today().getYear() + "/members",
                "{\"personId\":\"p-9\",\"position\":\"MEMBER\",\"representing\":\"YOUTH_UNION\",\"appointedOn\":\""
                        + tomorrow.plusDays(1) + "\",\"decisionNumber\":\"40/QĐ\"}");
        assertProblem(appointed, 422, "area-not-in-force");

        List<String> types = new ArrayList<>();
        records(r -> r.key().equals(b) || r.key().equals(a), 5).forEach(r -> types.add(EnvelopeCodec.decode(r.value()).eventType()));
        assertThat(types).contains("ResidentialAreaRenamed", "ResidentialAreaMerged", "ResidentialAreaSplit");
    }

    @Test
    void peopleAreRegisteredAndNoNameOrPhoneLeavesTheService() throws Exception {
        String personId = "p-" + suffix().toLowerCase();
        HttpResponse<String> created = post("can-bo-ba-ria", "/api/units/26560/people", person(personId, "0912 345 678"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertProblem(post("can-bo-ba-ria", "/api/units/26560/people", person("p-" + suffix().toLowerCase(), "12")),
                400, null);
        assertThat(post("can-bo-cao-bang", "/api/units/26560/people", person("p-x" + suffix().toLowerCase(), null))
                .statusCode()).isEqualTo(404);
        HttpResponse<String> updated = put("can-bo-ba-ria", "/api/units/26560/people/" + personId,
                person(personId, "0912345678").replace("\"Kinh\"", "\"Hoa\""));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
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
                "{\"name\":\"Khu phố Đổi Tên\",\"renamedOn\":\"" + day + "\",\"decisionNumber\":\"46/QĐ-UBND\"}")
                .statusCode()).isEqualTo(201);
        // B is merged, the new area registered, then C refuses (renamed that very day): nothing stays
        String into = "26560-H" + s;
        assertProblem(post("can-bo-ba-ria", "/api/residential-areas/merges",
                "{\"communeCode\":\"26560\",\"mergedAreaCodes\":[\"" + b + "\",\"" + c + "\"],\"newArea\":{\"name\":\"Khu phố Gộp\","
                        + "\"kind\":\"KHU_PHO\",\"areaCode\":\"" + into + "\"},\"mergedOn\":\"" + day + "\",\"decisionNumber\":\"47/QĐ-UBND\"}"),
                422, "date-before-area");
        assertThat(eventTypes(b)).containsExactly("ResidentialAreaRegisteredEvent");
        assertThat(eventTypes(into)).as("the new area's registration rolled back").isEmpty();
        // the split's first part is registered, the second part's code is taken: nothing stays
        String part = "26560-I" + s;
        HttpResponse<String> split = post("can-bo-ba-ria", "/api/residential-areas/" + b + "/splits",
                "{\"parts\":[{\"name\":\"Khu phố 2A\",\"kind\":\"KHU_PHO\",\"areaCode\":\"" + part + "\"},"
                        + "{\"name\":\"Khu phố 2B\",\"kind\":\"KHU_PHO\",\"areaCode\":\"" + x + "\"}],"
                        + "\"splitOn\":\"" + day + "\",\"decisionNumber\":\"03/QĐ-UBND\"}");
        assertThat(split.statusCode()).as(split.body()).isEqualTo(409);
        assertThat(eventTypes(part)).isEmpty();
        assertThat(eventTypes(b)).containsExactly("ResidentialAreaRegisteredEvent");
        assertThat(eventTypes(x)).containsExactly("ResidentialAreaRegisteredEvent");
        // and the same merge without C goes through
        HttpResponse<String> merged = post("can-bo-ba-ria", "/api/residential-areas/merges",
                "{\"communeCode\":\"26560\",\"mergedAreaCodes\":[\"" + b + "\"],\"intoAreaCode\":\"" + x + "\","
                        + "\"mergedOn\":\"" + day + "\",\"decisionNumber\":\"48/QĐ-UBND\"}");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(201);
        assertThat(eventTypes(b)).containsExactly("ResidentialAreaRegisteredEvent", "ResidentialAreaMergedEvent");
    }

    /** Areas of Phường Bà Rịa with the given codes. */
    void registerAreas(String... codes) throws Exception {
        for (String area : codes) {
            HttpResponse<String> r = post("can-bo-ba-ria", "/api/residential-areas",
                    "{\"communeCode\":\"26560\",\"name\":\"Khu phố " + area + "\",\"kind\":\"KHU_PHO\",\"areaCode\":\"" + area + "\"}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
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
        String body = "{\"personId\":\"" + personId + "\",\"recognisedFrom\":\"2025-08-01\",\"recognisedUntil\":\"2029-07-31\","
                + "\"decisionNumber\":\"15/QĐ-UBND\"}";
        assertThat(post("can-bo-ba-ria", "/api/units/26560/prestigious-persons", body).statusCode()).isEqualTo(201);
        assertProblem(post("can-bo-ba-ria", "/api/units/26560/prestigious-persons", body), 422, "overlapping-recognition");
        assertThat(post("can-bo-ba-ria", "/api/units/26560/prestigious-persons/" + personId + "/endings",
                "{\"endedOn\":\"2026-06-01\",\"reason\":\"Chuyển nơi cư trú\",\"decisionNumber\":\"61/QĐ\"}").statusCode())
                .isEqualTo(201);
        assertThat(post("lanh-dao-ba-ria", "/api/units/26560/prestigious-persons", body).statusCode()).isEqualTo(403);
    }

    @Test
    void reorganisationDecisionsAreCheckedAgainstTheSnapshotAndFollowedByTheTree() throws Exception {
        String historical = "{\"decisionNumber\":\"837/NQ-UBTVQH14\",\"kind\":\"MERGER\",\"effectiveDate\":\"2020-01-01\","
                + "\"predecessors\":[{\"code\":\"26551\",\"name\":\"Phường Phước Hiệp\",\"level\":\"COMMUNE\",\"type\":\"Phường\","
                + "\"parentCode\":\"748\",\"origin\":\"HISTORICAL\",\"existedFrom\":\"1994-07-02\"}],"
                + "\"successors\":[{\"code\":\"26560\",\"name\":\"Phường Phước Trung\",\"level\":\"COMMUNE\",\"type\":\"Phường\","
                + "\"parentCode\":\"748\",\"origin\":\"ON_MAP\"}]}";
        assertThat(post("can-bo-hcm", "/api/reorganisation-decisions", historical).statusCode()).isEqualTo(403);
        HttpResponse<String> recorded = post("quan-tri", "/api/reorganisation-decisions", historical);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertProblem(post("quan-tri", "/api/reorganisation-decisions", historical), 409, "already-exists");

        await(() -> territory.unit("26551", LocalDate.of(2019, 1, 1)).isPresent());
        assertThat(territory.rollUp("26551", LocalDate.of(2019, 5, 1), MapView.current(), Level.PROVINCE).codes())
                .containsExactly("79");
        // now it exists: registering it again as historical (under another decision) is rejected with the reason
        HttpResponse<String> exists = post("quan-tri", "/api/reorganisation-decisions",
                historical.replace("837/NQ-UBTVQH14", "838/NQ-UBTVQH14"));
        assertProblem(exists, 422, "historical-unit-exists");
        assertThat(JSON.readTree(exists.body()).get("detail_vi").asText()).contains("26551", "đã có trong danh mục");
        // a decision that contradicts the snapshot
        HttpResponse<String> contradicts = post("quan-tri", "/api/reorganisation-decisions",
                historical.replace("837/NQ-UBTVQH14", "839/NQ-UBTVQH14").replace("\"HISTORICAL\"", "\"ON_MAP\"")
                        .replace("26551", "26554"));
        assertProblem(contradicts, 422, "contradicts-snapshot");
    }

    @Test
    void referenceDataIsBilingual() throws Exception {
        HttpResponse<String> r = get("lanh-dao-ba-ria", "/api/reference/member-organisations");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode list = JSON.readTree(r.body());
        assertThat(list).hasSize(10);
        assertThat(list.get(0).get("labelVi").asText()).isEqualTo("Hội Liên hiệp Phụ nữ");
        assertThat(list.get(0).get("labelEn").asText()).isEqualTo("Women's Union");
        assertThat(get(null, "/api/reference/positions").statusCode()).isEqualTo(401);

        HttpResponse<String> docs = get("lanh-dao-ba-ria", "/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode openApi = JSON.readTree(docs.body());
        assertThat(openApi.get("info").get("title").asText()).isEqualTo("Đoàn Kết — membership");
        assertThat(openApi.get("paths").has("/api/residential-areas/merges")).isTrue();
        assertThat(openApi.get("paths").has("/api/units/{communeCode}/roster-imports")).isTrue();
        assertThat(get(null, "/v3/api-docs").statusCode()).isEqualTo(401);
    }

    @Test
    void committeeDetailAndPeopleSearchIgnoringDiacriticsWithPhonesMaskedUnlessEntitled() throws Exception {
        String s = suffix();
        String area = "26560-Q" + s;
        String head = "p-a" + s.toLowerCase();
        String deputy = "p-b" + s.toLowerCase();
        // recorded with the day it was formed: its 2024 committee cannot predate it
        assertThat(post("can-bo-ba-ria", "/api/residential-areas", "{\"communeCode\":\"26560\",\"name\":\"Khu phố Phước Trung\","
                + "\"kind\":\"KHU_PHO\",\"areaCode\":\"" + area + "\",\"registeredOn\":\"2024-01-01\"}").statusCode()).isEqualTo(201);
        assertThat(post("can-bo-ba-ria", "/api/units/26560/people", "{\"personId\":\"" + head + "\",\"fullName\":\"Nguyễn Văn A\","
                + "\"gender\":\"MALE\",\"birthYear\":1970,\"ethnicity\":\"Kinh\",\"partyMember\":true,\"phone\":\""
                + TestPersonalData.PHONE + "\"}").statusCode()).isEqualTo(201);
        assertThat(post("can-bo-ba-ria", "/api/units/26560/people", "{\"personId\":\"" + deputy + "\",\"fullName\":\"Đặng Thị Bích\","
                + "\"gender\":\"FEMALE\",\"birthYear\":1980,\"ethnicity\":\"Kinh\",\"partyMember\":false}").statusCode()).isEqualTo(201);
        String members = "/api/residential-areas/" + area + "/committees/2024/members";
        assertThat(post("can-bo-ba-ria", "/api/residential-areas/" + area + "/committees", establish()).statusCode()).isEqualTo(201);
        for (String body : List.of(appointment(head, "HEAD", "VILLAGE_HEAD"), appointment(head, "MEMBER", "VETERANS_ASSOCIATION"),
                appointment(deputy, "DEPUTY", "WOMENS_UNION"))) {
            assertThat(post("can-bo-ba-ria", members, body).statusCode()).isEqualTo(201);
        }
        assertThat(post("can-bo-ba-ria", members + "/" + deputy + "/dismissals", "{\"position\":\"DEPUTY\",\"dismissedOn\":\"2025-03-15\","
                + "\"reason\":\"Chuyển nơi cư trú\",\"decisionNumber\":\"22/QĐ\"}").statusCode()).isEqualTo(201);

        String detailPath = "/api/residential-areas/" + area + "/committees/2024";
        await(() -> {
            try {
                HttpResponse<String> r = get("lanh-dao-ba-ria", detailPath);
                return r.statusCode() == 200 && JSON.readTree(r.body()).get("pastMembers").size() == 1;
            } catch (Exception e) {
                return false;
            }
        });
        JsonNode detail = JSON.readTree(get("lanh-dao-ba-ria", detailPath).body());
        assertThat(detail.get("areaName").asText()).isEqualTo("Khu phố Phước Trung");
        assertThat(detail.get("currentMembers")).hasSize(2);
        assertThat(detail.get("currentMembers").get(0).get("fullName").asText()).isEqualTo("Nguyễn Văn A");
        assertThat(detail.get("concurrentRoles").get(0).asText()).isEqualTo(head);
        assertThat(detail.get("members").asInt()).isEqualTo(1);
        assertThat(detail.get("pastMembers").get(0).get("endReason").asText()).isEqualTo("Chuyển nơi cư trú");
        assertThat(detail.get("vacancies")).extracting(JsonNode::asText).containsExactly("MISSING_DEPUTIES", "BELOW_MINIMUM_SIZE");
        assertThat(get("can-bo-cao-bang", detailPath).statusCode()).isEqualTo(404);

        await(() -> {
            try {
                return JSON.readTree(get("can-bo-ba-ria", "/api/units/26560/people?q=nguyen%20van%20a&size=100").body())
                        .get("items").findValuesAsText("personId").contains(head);
            } catch (Exception e) {
                return false;
            }
        });
        JsonNode officer = JSON.readTree(get("can-bo-ba-ria", "/api/units/26560/people?q=NGUYEN%20VAN%20A&size=100").body());
        JsonNode mine = find(officer.get("items"), head);
        assertThat(mine.get("fullName").asText()).isEqualTo("Nguyễn Văn A");
        assertThat(mine.get("phone").asText()).isEqualTo(TestPersonalData.PHONE_DIGITS);
        JsonNode leader = JSON.readTree(get("lanh-dao-hcm", "/api/units/79/people?q=nguy%E1%BB%85n%20v%C4%83n%20a&size=100").body());
        assertThat(find(leader.get("items"), head).get("phone").asText()).isNotEqualTo(TestPersonalData.PHONE_DIGITS)
                .doesNotContain("345678");
        JsonNode paged = JSON.readTree(get("can-bo-ba-ria", "/api/units/26560/people?size=1&page=0").body());
        assertThat(paged.get("items")).hasSize(1);
        assertThat(paged.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertProblem(get("can-bo-ba-ria", "/api/units/26560/people?size=1000"), 400, "invalid-page");
        JsonNode list = JSON.readTree(get("can-bo-ba-ria", "/api/units/26560/committees?size=100").body());
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

    static String appointment(String person, String position, String organisation) {
        return "{\"personId\":\"" + person + "\",\"position\":\"" + position + "\",\"representing\":\"" + organisation
                + "\",\"appointedOn\":\"2024-10-02\",\"decisionNumber\":\"13/QĐ-MTTQ\"}";
    }

    /** A committee whose term starts today, established today. */
    String establishedToday() {
        LocalDate today = territory.today();
        return "{\"termStart\":\"" + today + "\",\"termEnd\":\"" + today.plusYears(5).minusDays(1) + "\",\"plannedDeputies\":2,"
                + "\"minimumSize\":5,\"decisionNumber\":\"12/QĐ-MTTQ\",\"establishedOn\":\"" + today + "\"}";
    }

    static String establish() {
        return "{\"termStart\":\"2024-10-01\",\"termEnd\":\"2029-09-30\",\"plannedDeputies\":2,"
                + "\"minimumSize\":5,\"decisionNumber\":\"12/QĐ-MTTQ\",\"establishedOn\":\"2024-10-01\"}";
    }

    static String person(String personId, String phone) {
        return "{\"personId\":\"" + personId + "\",\"fullName\":\"" + TestPersonalData.PETITIONER_NAME + "\",\"gender\":\"FEMALE\","
                + "\"birthYear\":1985,\"ethnicity\":\"Kinh\",\"religion\":\"Phật giáo\",\"partyMember\":true"
                + (phone == null ? "" : ",\"phone\":\"" + phone + "\"") + "}";
    }

    static void assertProblem(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        if (code != null) {
            assertThat(problem.get("code").asText()).isEqualTo(code);
        }
        assertThat(problem.get("title_vi")).isNotNull();
        assertThat(problem.get("detail")).isNotNull();
    }

    private HttpResponse<String> post(String account, String path, String json) throws Exception {
        return send(account, path, "POST", json);
    }

    private HttpResponse<String> put(String account, String path, String json) throws Exception {
        return send(account, path, "PUT", json);
    }

    private HttpResponse<String> get(String account, String path) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (account != null) {
            b.header("Authorization", SharedInfrastructure.get().identity().bearer(account));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String account, String path, String method, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/json")
                        .header("Authorization", SharedInfrastructure.get().identity().bearer(account))
                        .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 30 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private List<ConsumerRecord<String, byte[]>> records(Predicate<ConsumerRecord<String, byte[]>> wanted, int expected) {
        List<ConsumerRecord<String, byte[]>> found = TopicRecords.await(bootstrap, TOPIC, wanted, expected, TopicRecords.PATIENCE);
        assertThat(found).hasSizeGreaterThanOrEqualTo(expected);
        return found;
    }
}
