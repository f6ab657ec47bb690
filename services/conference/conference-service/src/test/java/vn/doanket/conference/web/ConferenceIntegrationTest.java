package vn.doanket.conference.web;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.testing.LocalInfrastructure;

/**
 * One application context (real PostgreSQL, Kafka, MongoDB stand-in, identity provider) for the HTTP tests of the
 * conference service. Snapshots are taken every 5 events so the tests load conferences from snapshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=conference",
        "doanket.axon.publisher.topic=" + ConferenceIntegrationTest.TOPIC,
        "doanket.conference.feedback.topic=" + ConferenceIntegrationTest.FEEDBACK_TOPIC,
        "doanket.conference.feedback.group=conference-api-test",
        "doanket.conference.snapshot-threshold=5",
        "doanket.membership.territory.topic=" + ConferenceIntegrationTest.MEMBERSHIP_TOPIC})
@LocalInfrastructure
abstract class ConferenceIntegrationTest {

    static final String TOPIC = "test.conference-api.events";
    /** The feedback service's topic as this service reads it. */
    static final String FEEDBACK_TOPIC = "test.conference-api.feedback.events";
    /** Membership's topic as this service's territory feed reads it. */
    static final String MEMBERSHIP_TOPIC = "test.conference-api.membership.events";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    Http http() {
        return new Http(port);
    }

    long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
