package vn.doanket.axon;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.axonframework.commandhandling.gateway.CommandGateway;

import javax.sql.DataSource;
import java.util.Map;

/**
 * The shape every service's command side shares: Axon's event store, token store, saga store
 * and dead letters on the service's PostgreSQL database (JDBC engine, snake_case tables
 * created and upgraded by Flyway migrations, ADR 0009), Jackson serialisation, pooled streaming processors whose handler errors
 * propagate (a failing handler is retried, never skipped), and the publisher that carries every
 * stored event to {@code doanket.<context>.events}.
 */
@AutoConfiguration(before = JdbcAutoConfiguration.class, after = DataSourceAutoConfiguration.class)
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties({DoanketAxonProperties.class, TokenStoreProperties.class})
public class DoanketAxonAutoConfiguration {

    /** Metadata keys copied from a command to the events it causes. */
    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String TRACE_ID = "traceId";

    @Bean
    @ConditionalOnMissingBean
    public EventSchema eventSchema() {
        return AxonSchemas.events();
    }

    @Bean
    @ConditionalOnMissingBean
    public TokenSchema tokenSchema() {
        return AxonSchemas.tokens();
    }

    @Bean
    @ConditionalOnMissingBean
    public SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema(AxonSchemas.sagas());
    }

    @Bean
    @ConditionalOnMissingBean
    public DeadLetterSchema deadLetterSchema() {
        return AxonSchemas.deadLetters();
    }

    @Bean
    @ConditionalOnMissingBean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new PostgresPersistenceExceptionResolver();
    }

    /**
     * Connections of the Spring transaction in progress (the one Axon's {@code SpringTransactionManager}
     * opens per unit of work, or an enclosing one such as {@link CommandSender#atomically}), committed
     * only by that transaction. Axon's {@code UnitOfWorkAwareConnectionProviderWrapper} would commit the
     * connection itself when each unit of work commits, breaking any enclosing transaction.
     */
    @Bean
    @ConditionalOnMissingBean
    public ConnectionProvider connectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    /**
     * Axon's tables (event store, snapshots, tokens, sagas, dead letters) are created and upgraded by the Flyway
     * migrations in {@code db/migration/axon}, run by Spring Boot before any bean that depends on database
     * initialisation (the storage beans below, every {@code JdbcTemplate}) is created (ADR 0009).
     */
    @Bean
    public MigrationLocation axonMigrations() {
        return new MigrationLocation(AxonSchemas.MIGRATIONS);
    }

    @Bean
    @ConditionalOnMissingBean
    @DependsOnDatabaseInitialization
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 EventSchema eventSchema) {
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(byte[].class)
                .build();
        return engine;
    }

    @Bean
    @ConditionalOnMissingBean
    @DependsOnDatabaseInitialization
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema,
                                 TokenStoreProperties tokenStoreProperties) {
        JdbcTokenStore store = JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema)
                .serializer(serializer)
                .contentType(byte[].class)
                .claimTimeout(tokenStoreProperties.getClaimTimeout())
                .build();
        return store;
    }

    @Bean
    @ConditionalOnMissingBean(SagaStore.class)
    @DependsOnDatabaseInitialization
    public JdbcSagaStore sagaStore(ConnectionProvider connectionProvider, Serializer serializer,
                                   SagaSqlSchema sagaSqlSchema) {
        JdbcSagaStore store = JdbcSagaStore.builder()
                .connectionProvider(connectionProvider)
                .sqlSchema(sagaSqlSchema)
                .serializer(serializer)
                .build();
        return store;
    }

    /** Carries actor and trace id from a command to every event it causes. */
    @Bean
    public CorrelationDataProvider doanketCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(ACTOR_ID, ACTOR_ROLE, TRACE_ID);
    }

    @Bean
    @ConditionalOnMissingBean(MessageOriginProvider.class)
    public MessageOriginProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /**
     * Pooled streaming processors everywhere, and errors propagate: Axon's default
     * {@code LoggingErrorHandler} would log and skip a failing handler, which for the publisher
     * is a lost event. With propagation the segment keeps its token and retries with back-off.
     */
    @Bean
    public ConfigurerModule doanketEventProcessingModule(DoanketAxonProperties properties) {
        return configurer -> configurer.eventProcessing(processing -> {
            processing.usingPooledStreamingEventProcessors();
            processing.registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
            processing.registerDefaultErrorHandler(c -> PropagatingErrorHandler.instance());
            processing.registerPooledStreamingEventProcessor(
                    KafkaEventPublisher.PROCESSING_GROUP,
                    org.axonframework.config.Configuration::eventStore,
                    (c, builder) -> builder
                            .batchSize(properties.getPublisher().getBatchSize())
                            .initialSegmentCount(properties.getPublisher().getSegments()));
        });
    }

    @Bean
    @ConditionalOnMissingBean
    public CommandSender commandSender(CommandGateway commandGateway, TransactionManager transactionManager) {
        return new CommandSender(commandGateway, transactionManager);
    }

    /** Axon's exceptions as problem responses, where the service has the web module. */
    @Configuration(proxyBeanMethods = false)
    @org.springframework.boot.autoconfigure.condition.ConditionalOnClass(name = "vn.doanket.web.ProblemMapper")
    static class ProblemConfiguration {

        @Bean
        public AxonProblemMapper axonProblemMapper() {
            return new AxonProblemMapper();
        }
    }

    /** Publisher beans, on unless {@code doanket.axon.publisher.enabled=false}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "doanket.axon.publisher", name = "enabled", havingValue = "true", matchIfMissing = true)
    @ConditionalOnProperty(prefix = "doanket.axon", name = "context")
    static class PublisherConfiguration {

        @Bean
        public KafkaTemplate<String, byte[]> doanketPublisherKafkaTemplate(KafkaProperties kafkaProperties) {
            Map<String, Object> config = kafkaProperties.buildProducerProperties(null);
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 2);
            config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
            config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
            config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
            DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(config);
            return new KafkaTemplate<>(factory);
        }

        @Bean
        public NewTopic doanketEventsTopic(DoanketAxonProperties properties) {
            return TopicBuilder.name(properties.topic())
                    .partitions(properties.getPublisher().getPartitions())
                    .replicas(properties.getPublisher().getReplicas())
                    .build();
        }

        @Bean
        public KafkaEventPublisher kafkaEventPublisher(
                @Qualifier("doanketPublisherKafkaTemplate") KafkaTemplate<String, byte[]> template,
                DoanketAxonProperties properties) {
            return new KafkaEventPublisher(template, properties.topic(),
                    properties.getPublisher().getSendTimeout());
        }
    }
}
