package vn.doanket.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoStandInTest {

    @Test
    void inMemoryInsertFindAndUpsertWithInc() {
        try (MongoStandIn mongo = MongoStandIn.inMemory()) {
            assertThat(mongo.connectionString()).isEqualTo("mongodb://127.0.0.1:" + mongo.port());
            try (MongoClient client = MongoClients.create(mongo.connectionString("t_mem"))) {
                MongoCollection<Document> units = client.getDatabase("t_mem").getCollection("units");
                units.insertOne(new Document("_id", "01").append("name", "Hà Nội"));
                assertThat(units.find(Filters.eq("_id", "01")).first()).containsEntry("name", "Hà Nội");
                incrementMembers(units, "79", 2);
                incrementMembers(units, "79", 3);
                assertThat(units.find(Filters.eq("_id", "79")).first()).containsEntry("members", 5);
            }
        }
    }

    @Test
    void h2BackendKeepsDataAcrossRestart(@TempDir Path dir) {
        Path file = dir.resolve("mongo/standin.mv.db");
        try (MongoStandIn mongo = MongoStandIn.h2(file);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> units = client.getDatabase("stack").getCollection("units");
            units.insertOne(new Document("_id", "01").append("name", "Hà Nội"));
            incrementMembers(units, "79", 4);
        }
        assertThat(file).exists();
        try (MongoStandIn mongo = MongoStandIn.h2(file);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> units = client.getDatabase("stack").getCollection("units");
            assertThat(units.find(Filters.eq("_id", "01")).first()).containsEntry("name", "Hà Nội");
            incrementMembers(units, "79", 1);
            assertThat(units.find(Filters.eq("_id", "79")).first()).containsEntry("members", 5);
        }
    }

    private static void incrementMembers(MongoCollection<Document> units, String id, int by) {
        units.updateOne(Filters.eq("_id", id), Updates.inc("members", by), new UpdateOptions().upsert(true));
    }
}
