package vn.doanket.messaging;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Registers {@link AggregateDocuments} for services with a MongoDB read model, and
 * {@link BatchDeadLetters} for every service's batch-mode consumers.
 */
@AutoConfiguration(after = MongoDataAutoConfiguration.class,
        beforeName = "org.springframework.boot.actuate.autoconfigure.data.mongo.MongoHealthContributorAutoConfiguration")
public class MessagingAutoConfiguration {

    /** Replaces Boot's Mongo health indicator (same bean name), which the stand-in can't answer. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    static class HealthConfiguration {

        @Bean(name = "mongoHealthContributor")
        @ConditionalOnBean(MongoTemplate.class)
        public PingMongoHealthIndicator mongoHealthContributor(MongoTemplate mongo) {
            return new PingMongoHealthIndicator(mongo);
        }
    }

    /** Retries and dead letters for batch-mode consumers, as the binder gives record-mode ones. */
    @Bean
    @ConditionalOnClass(name = "org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer")
    @ConditionalOnMissingBean(type = "org.springframework.cloud.stream.config.ListenerContainerCustomizer")
    public BatchDeadLetters batchDeadLetters(Environment env) {
        return new BatchDeadLetters(env.getProperty("spring.cloud.stream.kafka.binder.brokers",
                env.getProperty("spring.kafka.bootstrap-servers", "localhost:9092")));
    }

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    @ConditionalOnMissingBean
    public AggregateDocuments aggregateDocuments(MongoTemplate mongo) {
        return new AggregateDocuments(mongo);
    }
}
