package vn.doanket.messaging;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Registers {@link AggregateDocuments} for services with a MongoDB read model. */
@AutoConfiguration(after = MongoDataAutoConfiguration.class)
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    @ConditionalOnMissingBean
    public AggregateDocuments aggregateDocuments(MongoTemplate mongo) {
        return new AggregateDocuments(mongo);
    }
}
