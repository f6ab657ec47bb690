package vn.doanket.conference.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.conference.ConferenceContextService;
import vn.doanket.context.ContextService;
import vn.doanket.testing.LocalInfrastructure;

import java.net.URI;
import java.time.Duration;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo data loads into a fresh service, through the stack's plug-in ({@link ConferenceContextService}, found by the
 * {@link ServiceLoader} like the devstack finds it), and gives what the README promises: Unity Days, conferences of
 * every kind, and certificates for the trainees who attended every session. Its own application context (own
 * databases), so its fixed ids meet no other test's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=conference",
        "doanket.axon.publisher.topic=test.conference-demo.events",
        "doanket.conference.feedback.topic=test.conference-demo.feedback.events",
        "doanket.conference.feedback.group=conference-demo-test",
        "doanket.membership.territory.topic=test.conference-demo.membership.events"})
@LocalInfrastructure
class DemoDataTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoDataLoadsThroughThePlugIn() throws Exception {
        ContextService plugIn = ServiceLoader.load(ContextService.class).stream().map(ServiceLoader.Provider::get)
                .filter(s -> s.name().equals("conference")).findFirst().orElseThrow();
        assertThat(plugIn.application()).isEqualTo(vn.doanket.conference.ConferenceApplication.class);
        assertThat(plugIn.defaultPort()).isEqualTo(8083);
        assertThat(plugIn.label()).startsWith("Hội nghị");
        String summary = plugIn.loadDemoData(new ContextService.Stack() {
            @Override
            public URI url(String service) {
                throw new UnsupportedOperationException();
            }

            @Override
            public String bearer(String username) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Object applicationContext(String service) {
                return context;
            }
        });
        assertThat(summary).contains("hội nghị").contains("học viên");

        // (every count is of the query model, which each conference's and class's events reach in no order with the
        // others': all of them are awaited together, none read once afterwards)
        await("the demo's certificates, Unity Days, dialogues and opinions in the query model").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                    assertThat(count("select count(*) from trainee_certificate")).as("five trainees attended every session")
                            .isEqualTo(5);
                    assertThat(count("select count(*) from conference_view where kind = 'UNITY_DAY' and status = 'CLOSED'"))
                            .isEqualTo(16);
                    assertThat(count("select count(*) from conference_view where kind = 'DIALOGUE'")).isEqualTo(2);
                    assertThat(count("select count(*) from opinion_view")).isEqualTo(8);
                    assertThat(count("select count(*) from conference_unit where unit_code = '79'")).isGreaterThan(10);
                    assertThat(count("select count(*) from conference_view where status = 'INVITING'")).isEqualTo(1);
                });
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
