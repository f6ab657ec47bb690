package vn.doanket.dashboard;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.doanket.testing.InfrastructureProperties;
import vn.doanket.testing.SharedInfrastructure;

/** The test JVM's one client of the MongoDB stand-in ({@link SharedInfrastructure}), and fresh databases on it. */
public final class TestMongo {

    private static MongoClient client;

    private TestMongo() {
    }

    /** The client, created on first use and closed with the JVM. */
    public static synchronized MongoClient client() {
        if (client == null) {
            client = MongoClients.create(SharedInfrastructure.get().mongo().connectionString());
        }
        return client;
    }

    /** A database of its own for one test, named {@code prefix} and a unique suffix. */
    public static MongoTemplate freshDatabase(String prefix) {
        return new MongoTemplate(client(), InfrastructureProperties.uniqueName(prefix));
    }
}
