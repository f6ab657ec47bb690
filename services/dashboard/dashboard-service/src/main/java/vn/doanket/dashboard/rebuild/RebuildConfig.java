package vn.doanket.dashboard.rebuild;

import com.mongodb.client.MongoClient;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.doanket.territory.Territory;

import java.time.Clock;
import java.util.List;
import vn.doanket.dashboard.query.ContextProjections;

/** The switchable read-model database and the rebuild operation. */
@Configuration(proxyBeanMethods = false)
public class RebuildConfig {

    /** Boot backs off its own client when a database factory is defined: the client from the same URI. */
    @Bean(destroyMethod = "close")
    public MongoClient mongoClient(MongoProperties properties) {
        return com.mongodb.client.MongoClients.create(properties.determineUri());
    }

    @Bean
    public ReadModelDatabase mongoDatabaseFactory(MongoClient client, MongoProperties properties) {
        return new ReadModelDatabase(client, properties.getMongoClientDatabase());
    }

    /** The dead-letter topics of the dashboard's consumer group, read on demand for administrators. */
    @Bean
    public DeadLetters deadLetters(Environment env) {
        String bootstrap = env.getProperty("spring.cloud.stream.kafka.binder.brokers",
                env.getProperty("spring.kafka.bootstrap-servers", "127.0.0.1:9092"));
        String group = env.getProperty("spring.cloud.stream.bindings.membershipEvents-in-0.group", "dashboard");
        List<String> topics = new java.util.ArrayList<>(List.of(
                env.getProperty("spring.cloud.stream.bindings.membershipEvents-in-0.destination", "doanket.membership.events"),
                env.getProperty("spring.cloud.stream.bindings.feedbackEvents-in-0.destination", "doanket.feedback.events")));
        topics.addAll(ContextProjections.topics(env.getProperty(ContextProjections.TOPIC_PREFIX, "")).keySet());
        return new DeadLetters(bootstrap, DeadLetters.of(topics, group));
    }

    @Bean
    public Rebuild rebuild(ReadModelDatabase databases, Territory territory, Environment env,
                           org.springframework.beans.factory.ObjectProvider<vn.doanket.membership.territory.MembershipTerritoryApplier> territoryFeed) {
        String bootstrap = env.getProperty("spring.cloud.stream.kafka.binder.brokers",
                env.getProperty("spring.kafka.bootstrap-servers", "127.0.0.1:9092"));
        java.util.Map<String, String> topics = Rebuild.topics(
                env.getProperty("spring.cloud.stream.bindings.membershipEvents-in-0.destination", "doanket.membership.events"),
                env.getProperty("spring.cloud.stream.bindings.feedbackEvents-in-0.destination", "doanket.feedback.events"),
                env.getProperty(ContextProjections.TOPIC_PREFIX, ""));
        Rebuild rebuild = new Rebuild(databases, territory, bootstrap, topics, Clock.systemUTC());
        rebuild.setTerritoryFeed(territoryFeed.getIfAvailable());
        return rebuild;
    }
}
