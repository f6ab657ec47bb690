package vn.doanket.feedback.web;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.feedback.notify.LoggingNotifier;
import vn.doanket.feedback.notify.Notification;
import vn.doanket.feedback.notify.PetitionNotifier;
import vn.doanket.testing.LocalInfrastructure;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;

/** One application context (real PostgreSQL, Kafka, MongoDB stand-in, identity provider) for the HTTP tests. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=feedback",
        "doanket.axon.publisher.topic=test.feedback-api.events",
        "doanket.feedback.escalation.enabled=false",
        "doanket.membership.territory.topic=" + FeedbackIntegrationTest.MEMBERSHIP_TOPIC,
        "doanket.topics.conference=" + FeedbackIntegrationTest.CONFERENCE_TOPIC})
@LocalInfrastructure
@Import(FeedbackIntegrationTest.RecordingNotifierConfig.class)
abstract class FeedbackIntegrationTest {

    static final String TOPIC = "test.feedback-api.events";
    /** Membership's topic as this service's territory feed reads it. */
    static final String MEMBERSHIP_TOPIC = "test.feedback-api.membership.events";
    /** The conference service's topic as this service's consumer reads it (group {@code feedback}). */
    static final String CONFERENCE_TOPIC = "test.feedback-api.conference.events";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RecordingNotifier notifier;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    Http http() {
        return new Http(port);
    }

    long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    /** Records notifications (after the logging adapter wrote them); a closed gate makes it block. */
    static final class RecordingNotifier implements PetitionNotifier {
        final List<Notification> sent = new CopyOnWriteArrayList<>();
        final Semaphore gate = new Semaphore(Integer.MAX_VALUE);
        private final LoggingNotifier log = new LoggingNotifier();

        @Override
        public void send(Notification notification) {
            gate.acquireUninterruptibly();
            gate.release();
            log.send(notification);
            sent.add(notification);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class RecordingNotifierConfig {
        @Bean
        @Primary
        RecordingNotifier recordingNotifier() {
            return new RecordingNotifier();
        }
    }
}
