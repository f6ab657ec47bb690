package vn.doanket.membership.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.membership.MembershipApplication;
import vn.doanket.testing.InfrastructureProperties;
import vn.doanket.testing.LocalInfrastructure;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.testing.http.TestHttp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent conflicting changes to one committee through two instances of the service on the same PostgreSQL event
 * store (each instance serialises its own commands per aggregate, so real races happen between instances): no lost
 * update — every 201 is exactly one stored event, at most one head — and the loser of a race gets a 409 problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=membership",
        "doanket.axon.publisher.topic=test.membership-api.events"})
@LocalInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentCommitteeChangesTest {

    static final String[] KEYS = {"spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
            "spring.kafka.bootstrap-servers", "spring.cloud.stream.kafka.binder.brokers", "spring.data.mongodb.uri",
            "spring.data.mongodb.database", "doanket.axon.publisher.topic", "doanket.infra.kind"};

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;

    ConfigurableApplicationContext second;
    int secondPort;

    @BeforeAll
    void startASecondInstance() {
        Map<String, String> props = new LinkedHashMap<>();
        for (String key : KEYS) {
            String value = environment.getProperty(key);
            if (value != null) {
                props.put(key, value);
            }
        }
        props.putAll(SharedInfrastructure.get().identity().resourceServerProperties());
        props.put("server.port", "0");
        props.put("doanket.membership.territory.startup-wait", "0s");
        second = MembershipApplication.builder().run(InfrastructureProperties.asCommandLineArguments(props));
        secondPort = ((ServletWebServerApplicationContext) second).getWebServer().getPort();
    }

    @AfterAll
    void stop() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void racingAppointmentsLoseNoUpdateAndTheLoserGetsA409() throws Exception {
        int conflicts = 0;
        for (int round = 0; round < 10 && conflicts == 0; round++) {
            String area = "26560-Q" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
            String committee = area + "/2024";
            assertThat(post(port, "/api/residential-areas/" + area + "/committees",
                    Map.of("termStart", "2024-10-01", "termEnd", "2029-09-30", "plannedDeputies", 2, "minimumSize", 5,
                            "decisionNumber", "12/QĐ-MTTQ", "establishedOn", "2024-10-01")).status()).isEqualTo(201);
            // a committee member must be a registered person of the commune: register the sixteen and the late one
            for (int i = 0; i < 16; i++) {
                String registered = "p-" + round + "-" + i;
                assertThat(post(port, "/api/units/26560/people", person(registered)).status()).isIn(201, 409);
            }
            assertThat(post(port, "/api/units/26560/people", person("p-late")).status()).isIn(201, 409);
            // eight people race for the head's position and eight others for member seats, on both instances at once
            ExecutorService pool = Executors.newFixedThreadPool(16);
            CountDownLatch go = new CountDownLatch(1);
            List<Callable<TestHttp.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int target = i % 2 == 0 ? port : secondPort;
                String position = i < 8 ? "HEAD" : "MEMBER";
                String person = "p-" + round + "-" + i;
                calls.add(() -> {
                    go.await();
                    return post(target, "/api/residential-areas/" + area + "/committees/2024/members",
                            Map.of("personId", person, "position", position, "representing", "WOMENS_UNION",
                                    "appointedOn", "2024-10-02", "decisionNumber", "13/QĐ"));
                });
            }
            List<Future<TestHttp.Response>> futures = new ArrayList<>();
            for (Callable<TestHttp.Response> call : calls) {
                futures.add(pool.submit(call));
            }
            go.countDown();
            int created = 0;
            int headsCreated = 0;
            for (int i = 0; i < futures.size(); i++) {
                TestHttp.Response r = futures.get(i).get();
                assertThat(r.status()).as(r.body()).isIn(201, 409, 422);
                if (r.status() == 201) {
                    created++;
                    if (i < 8) {
                        headsCreated++;
                    }
                } else if (r.status() == 409) {
                    conflicts++;
                    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
                    assertThat(r.json().get("code").asText()).isEqualTo("concurrent-modification");
                    assertThat(r.json().get("title_vi").asText()).isNotBlank();
                } else {
                    assertThat(r.json().get("code").asText()).isEqualTo("head-already-appointed");
                }
            }
            pool.shutdown();
            assertThat(headsCreated).as("at most one head").isLessThanOrEqualTo(1);
            // no lost update: every 201 is one stored appointment, and nothing else was stored
            assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                    + "and payload_type like '%MemberAppointedEvent'", Long.class, committee)).isEqualTo(created);
            // the committee's state on either instance agrees with the store: one more appointment succeeds on both
            assertThat(post(secondPort, "/api/residential-areas/" + area + "/committees/2024/members",
                    Map.of("personId", "p-late", "position", "DEPUTY", "representing", "YOUTH_UNION",
                            "appointedOn", "2024-10-03", "decisionNumber", "14/QĐ")).status()).isEqualTo(201);
        }
        assertThat(conflicts).as("a race between the instances ended in a 409 for the loser").isPositive();
    }

    static Map<String, Object> person(String personId) {
        return Map.of("personId", personId, "fullName", "Lê Thị Thử", "gender", "FEMALE", "birthYear", 1980,
                "ethnicity", "Kinh", "partyMember", false);
    }

    private TestHttp.Response post(int target, String path, Object body) {
        return TestHttp.to("http://127.0.0.1:" + target).as(SharedInfrastructure.get().identity().bearer("can-bo-ba-ria"))
                .post(path, body);
    }
}
