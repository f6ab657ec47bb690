package vn.doanket.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

// Flyway is on this module's own class path (optional, for SchemaSnapshot's migration checks) without a database
// plug-in: this bare application has no migrations to run
@SpringBootTest(classes = LocalInfrastructureSpringTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.flyway.enabled=false")
@LocalInfrastructure
class LocalInfrastructureSpringTest {

    @SpringBootApplication
    static class App {
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    Environment environment;

    @Value("${doanket.infra.postgres.database}")
    String postgresDatabase;

    @Test
    void propertiesPointAtLiveServers() throws Exception {
        assertThat(environment.getProperty("doanket.infra.kind")).isEqualTo("local");

        assertThat(jdbc.queryForObject("SELECT current_database()", String.class)).isEqualTo(postgresDatabase)
                .startsWith("t_");
        jdbc.execute("CREATE TABLE IF NOT EXISTS probe (id int primary key)");
        jdbc.update("INSERT INTO probe VALUES (1) ON CONFLICT DO NOTHING");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM probe", Integer.class)).isEqualTo(1);

        assertThat(mongo.getDb().getName()).isEqualTo(environment.getProperty("spring.data.mongodb.database"))
                .startsWith("t_");
        mongo.save(new Document("_id", "probe").append("ok", true), "probes");
        assertThat(mongo.findById("probe", Document.class, "probes")).containsEntry("ok", true);

        SendResult<String, String> sent = kafka.send("probe-topic", "key", "value").get(30, TimeUnit.SECONDS);
        assertThat(sent.getRecordMetadata().offset()).isGreaterThanOrEqualTo(0);
    }
}
