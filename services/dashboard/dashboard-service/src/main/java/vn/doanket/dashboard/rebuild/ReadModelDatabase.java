package vn.doanket.dashboard.rebuild;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

/**
 * The dashboard's MongoDB database for read models, switchable at run time: every read and write
 * of the service's {@code MongoTemplate} goes to the <em>active</em> database, so a rebuilt set of
 * read models replaces the old one in one step. The active name is remembered in the configured
 * ("home") database, collection {@value #CONTROL}, so a restart keeps serving the rebuilt models.
 */
public class ReadModelDatabase extends SimpleMongoClientDatabaseFactory implements vn.doanket.dashboard.query.PinnableDatabases {

    public static final String CONTROL = "dashboard_control";
    private static final Logger log = LoggerFactory.getLogger(ReadModelDatabase.class);

    private final MongoClient client;
    private final String home;
    private volatile String active;

    public ReadModelDatabase(MongoClient client, String home) {
        super(client, home);
        this.client = client;
        this.home = home;
        this.active = remembered();
    }

    private String remembered() {
        try {
            Document control = client.getDatabase(home).getCollection(CONTROL).find(Filters.eq("_id", "active")).first();
            return control == null ? home : control.getString("database");
        } catch (RuntimeException unreachable) {
            log.warn("Cannot read the active read-model database, using {}: {}", home, unreachable.toString());
            return home;
        }
    }

    @Override
    public MongoDatabase getMongoDatabase() throws DataAccessException {
        return getMongoDatabase(active);
    }

    /** The database the service reads and writes now. */
    @Override
    public String active() {
        return active;
    }

    /** The configured database (where the control document lives). */
    public String home() {
        return home;
    }

    @Override
    public MongoClient client() {
        return client;
    }

    /** Switches every read and write to {@code database} and remembers it. */
    public void switchTo(String database) {
        client.getDatabase(home).getCollection(CONTROL).replaceOne(Filters.eq("_id", "active"),
                new Document("_id", "active").append("database", database), new ReplaceOptions().upsert(true));
        active = database;
        log.info("Read models now served from database {}", database);
    }
}
