package vn.doanket.audit;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import vn.doanket.axon.DoanketAxonAutoConfiguration;

import javax.sql.DataSource;
import java.security.KeyPair;
import java.time.Clock;
import java.util.Set;

/**
 * Switches the tamper-evident audit trail on for a service's event store when
 * {@code doanket.audit.enabled=true}: the event store decorator that chains each
 * append in its transaction, the signed checkpoints (periodic and on demand) and the verifier.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, DoanketAxonAutoConfiguration.class})
@ConditionalOnClass(EventStorageEngine.class)
@ConditionalOnProperty(prefix = "doanket.audit", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(AuditProperties.class)
public class DoanketAuditAutoConfiguration {

    @Bean
    public ChainCodec auditChainCodec(AuditProperties properties) {
        return new ChainCodec(AuditKeys.chainKey(properties.getKeyFile()));
    }

    @Bean
    public AuditSigningKeys auditSigningKeys(AuditProperties properties) {
        return new AuditSigningKeys(AuditKeys.loadOrCreateSigningKeys(properties.getSigningKeyFile()));
    }

    @Bean
    public ChainRecorder auditChainRecorder(ChainCodec codec) {
        return new ChainRecorder(codec);
    }

    @Bean
    public CheckpointLog auditCheckpointLog(AuditProperties properties) {
        return new CheckpointLog(properties.getCheckpointDirectory());
    }

    @Bean
    @DependsOnDatabaseInitialization
    public Checkpointer auditCheckpointer(DataSource dataSource, CheckpointLog log, AuditSigningKeys keys) {
        // the system clock on purpose: no Clock bean here, services have their own (often a test clock)
        return new Checkpointer(dataSource, log, keys.keyPair(), Clock.systemUTC());
    }

    @Bean
    public AuditVerifier auditVerifier(ChainCodec codec, CheckpointLog log, AuditSigningKeys keys) {
        return new AuditVerifier(codec, log, keys.keyPair().getPublic(), Clock.systemUTC());
    }

    @Bean
    @DependsOnDatabaseInitialization
    public AuditCheckpointScheduler auditCheckpointScheduler(Checkpointer checkpointer, ChainRecorder recorder,
                                                             DataSource dataSource, AuditProperties properties) {
        return new AuditCheckpointScheduler(checkpointer, recorder, dataSource, properties);
    }

    /** Wraps the service's event storage engine so that each append is chained in its transaction. */
    @Bean
    public static BeanPostProcessor auditEventStorageEngineDecorator(BeanFactory beanFactory) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
                if (bean instanceof EventStorageEngine engine && !(bean instanceof ChainingEventStorageEngine)) {
                    AuditProperties properties = beanFactory.getBean(AuditProperties.class);
                    return new ChainingEventStorageEngine(engine, beanFactory.getBean(ChainRecorder.class),
                            beanFactory.getBean(ConnectionProvider.class), beanFactory.getBean(TransactionManager.class),
                            Set.copyOf(properties.getAggregateTypes()));
                }
                return bean;
            }
        };
    }

    /**
     * The checkpoint signing key pair.
     *
     * @param keyPair Ed25519 keys
     */
    public record AuditSigningKeys(KeyPair keyPair) {
    }
}
