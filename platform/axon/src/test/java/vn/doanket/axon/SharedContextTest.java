package vn.doanket.axon;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.axon.testapp.CounterTestApplication;
import vn.doanket.testing.LocalInfrastructure;

import java.util.List;
import java.util.UUID;

/**
 * The one application context most tests of this module share (same configuration, so Spring's
 * context cache starts it once): the counter service on a fresh PostgreSQL database, publishing
 * to its own topic on the JVM's shared broker. Tests isolate themselves by unique aggregate ids.
 */
@SpringBootTest(classes = CounterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
                "doanket.axon.context=axontest",
                "doanket.axon.publisher.topic=" + SharedContextTest.TOPIC})
@LocalInfrastructure
abstract class SharedContextTest {

    static final String TOPIC = "test.axon.shared.events";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandSender commands;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** Stored events of one aggregate in store order: (global index, sequence, event id). */
    List<StoredEvent> storedEvents(String aggregateId) {
        return jdbc.query("select global_index, sequence_number, event_identifier, type, payload_type "
                        + "from domain_event_entry where aggregate_identifier = ? order by global_index",
                (rs, i) -> new StoredEvent(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                aggregateId);
    }

    record StoredEvent(long globalIndex, long sequence, String eventId, String aggregateType, String payloadType) {
    }
}
