package vn.doanket.membership.web;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.testing.LocalInfrastructure;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.testing.TopicRecords;
import vn.doanket.testing.http.TestHttp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work-committee API on the real infrastructure: HTTP → aggregate → PostgreSQL → Kafka, with
 * real tokens; the committee's rules hold under concurrent requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=membership",
        "doanket.axon.publisher.topic=test.membership-api.events"})
@LocalInfrastructure
class WorkCommitteeApiTest {

    static final Map<String, Object> ESTABLISH = Map.of("termStart", "2024-10-01", "termEnd", "2029-09-30", "plannedDeputies", 2,
            "minimumSize", 5, "decisionNumber", "12/QĐ-MTTQ", "establishedOn", "2024-10-01");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    String area() {
        return "26560-C" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    @Test
    void aCommitteeIsEstablishedOncePerTermAndItsFactsArePublished() throws Exception {
        String area = area();
        TestHttp.Response created = post("can-bo-ba-ria", "/api/residential-areas/" + area + "/committees", ESTABLISH);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("committeeId").asText()).isEqualTo(area + "/2024");

        TestHttp.Response again = post("can-bo-ba-ria", "/api/residential-areas/" + area + "/committees", ESTABLISH);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("already-exists");

        assertThat(post("can-bo-ba-ria", "/api/residential-areas/" + area + "/committees/2024/members",
                appoint("p-1", "HEAD")).status()).isEqualTo(201);
        TestHttp.Response secondHead = post("can-bo-ba-ria", "/api/residential-areas/" + area + "/committees/2024/members",
                appoint("p-2", "HEAD"));
        assertThat(secondHead.status()).isEqualTo(422);
        assertThat(secondHead.json().get("code").asText()).isEqualTo("head-already-appointed");
        assertThat(secondHead.json().get("detail_vi").asText()).isEqualTo("Ban đã có Trưởng ban");

        List<String> types = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : records(area + "/2024", 2)) {
            EventEnvelope envelope = EnvelopeCodec.decode(r.value());
            assertThat(envelope.unitCode()).isEqualTo(area);
            assertThat(envelope.aggregateType()).isEqualTo("WorkCommittee");
            types.add(envelope.eventType());
        }
        assertThat(types).containsExactly("WorkCommitteeEstablished", "MemberAppointed");
    }

    @Test
    void concurrentHeadAppointmentsLeaveExactlyOneHead() throws Exception {
        String area = area();
        assertThat(post("quan-tri", "/api/residential-areas/" + area + "/committees", ESTABLISH).status()).isEqualTo(201);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String person = "p-" + i;
                attempts.add(() -> post("can-bo-hcm", "/api/residential-areas/" + area + "/committees/2024/members",
                        appoint(person, "HEAD")).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(attempts)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnlyOnce(201).allMatch(s -> s == 201 || s == 422 || s == 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, area + "/2024")).isEqualTo(2L);
    }

    @Test
    void outsideTheCallersTerritoryOrRoleNothingHappens() throws Exception {
        String area = area();
        long before = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        assertThat(post("can-bo-cao-bang", "/api/residential-areas/" + area + "/committees", ESTABLISH).status())
                .isEqualTo(404);
        assertThat(post("lanh-dao-ba-ria", "/api/residential-areas/" + area + "/committees", ESTABLISH).status())
                .isEqualTo(403);
        assertThat(post("can-bo-ba-ria", "/api/residential-areas/" + area + "/committees/1999/members",
                appoint("p-1", "MEMBER")).status()).as("no such committee").isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(before);
    }

    /** A committee member must be a registered person of the area's commune (26560): the people these tests appoint. */
    @org.junit.jupiter.api.BeforeEach
    void registerPeople() throws Exception {
        for (String person : List.of("p-0", "p-1", "p-2", "p-3", "p-4", "p-5")) {
            assertThat(post("can-bo-ba-ria", "/api/units/26560/people", Map.of("personId", person, "fullName", "Lê Thị Thử",
                    "gender", "FEMALE", "birthYear", 1980, "ethnicity", "Kinh", "partyMember", false)).status()).isIn(201, 409);
        }
    }

    static Map<String, Object> appoint(String person, String position) {
        return Map.of("personId", person, "position", position, "representing", "VILLAGE_HEAD",
                "appointedOn", "2024-10-02", "decisionNumber", "13/QĐ-MTTQ");
    }

    private TestHttp.Response post(String account, String path, Object body) {
        return TestHttp.to("http://127.0.0.1:" + port).as(SharedInfrastructure.get().identity().bearer(account)).post(path, body);
    }

    private List<ConsumerRecord<String, byte[]>> records(String key, int expected) {
        List<ConsumerRecord<String, byte[]>> found = TopicRecords.await(bootstrap, "test.membership-api.events", key, expected);
        assertThat(found).as("records of " + key).hasSize(expected);
        return found;
    }
}
