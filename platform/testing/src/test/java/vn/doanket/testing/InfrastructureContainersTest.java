package vn.doanket.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

/** Runs only where Docker works; proves the Testcontainers variants behind the same interfaces. */
@Testcontainers(disabledWithoutDocker = true)
class InfrastructureContainersTest {

    @Test
    void postgresContainerRoundTrip() throws Exception {
        try (ContainerInfrastructure.Postgres pg = new ContainerInfrastructure.Postgres()) {
            pg.createDatabase("c_rt");
            pg.createDatabase("c_rt");
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("c_rt"), pg.username(), pg.password());
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (v int)");
                s.execute("INSERT INTO t VALUES (7)");
                try (ResultSet rs = s.executeQuery("SELECT v FROM t")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(7);
                }
            }
        }
    }

    @Test
    void kafkaContainerRoundTrip() throws Exception {
        try (ContainerInfrastructure.Kafka kafka = new ContainerInfrastructure.Kafka()) {
            KafkaBrokerTest.roundTrip(kafka.bootstrapServers());
        }
    }

    @Test
    void mongoContainerRoundTrip() {
        try (ContainerInfrastructure.Mongo mongo = new ContainerInfrastructure.Mongo();
                MongoClient client = MongoClients.create(mongo.connectionString("c_rt"))) {
            MongoCollection<Document> units = client.getDatabase("c_rt").getCollection("units");
            units.updateOne(Filters.eq("_id", "79"), Updates.inc("members", 2), new UpdateOptions().upsert(true));
            assertThat(units.find(Filters.eq("_id", "79")).first()).containsEntry("members", 2);
        }
    }
}
