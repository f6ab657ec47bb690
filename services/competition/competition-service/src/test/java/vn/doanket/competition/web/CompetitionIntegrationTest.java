package vn.doanket.competition.web;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.testing.LocalInfrastructure;

/** One application context (real PostgreSQL, Kafka, identity provider) for the competition service's HTTP tests. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=competition",
        "doanket.axon.publisher.topic=" + CompetitionIntegrationTest.TOPIC,
        "doanket.membership.territory.topic=" + CompetitionIntegrationTest.MEMBERSHIP_TOPIC,
        "doanket.membership.territory.startup-wait=0s"})
@LocalInfrastructure
abstract class CompetitionIntegrationTest {

    static final String TOPIC = "test.competition-api.events";
    /** Membership's topic as this service's territory feed reads it. */
    static final String MEMBERSHIP_TOPIC = "test.competition-api.membership.events";

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
