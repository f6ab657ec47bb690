package vn.doanket.messaging;

import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * MongoDB health by {@code ping}, which every MongoDB-compatible server answers. Spring Boot's
 * own indicator sends {@code hello}, which the embedded stand-in (mongo-java-server) does not
 * implement, so the health endpoint would report DOWN on a working stack.
 */
public class PingMongoHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    public PingMongoHealthIndicator(MongoTemplate mongo) {
        super("MongoDB health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document result = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ok", result.get("ok"));
    }
}
