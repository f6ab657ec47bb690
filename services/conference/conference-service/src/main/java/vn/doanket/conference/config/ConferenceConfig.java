package vn.doanket.conference.config;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;
import vn.doanket.axon.CommandSender;
import vn.doanket.conference.command.CheckInCodes;
import vn.doanket.conference.command.ConferenceRegistry;
import vn.doanket.conference.command.ConferenceRules;
import vn.doanket.conference.petitions.PetitionLinks;
import vn.doanket.territory.Territory;

import java.time.Clock;
import java.util.Map;

/** The conference service's beans. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConferenceProperties.class)
public class ConferenceConfig {

    /** The service's clock (Vietnam time): dates of record. Tests move time by declaring a {@code @Primary} clock. */
    @Bean
    public Clock conferenceClock() {
        return Clock.system(Territory.ZONE);
    }

    @Bean
    public ConferenceRules conferenceRules(Territory territory, Clock clock) {
        return new ConferenceRules(territory, clock);
    }

    @Bean
    public CheckInCodes checkInCodes(ConferenceProperties properties) {
        return new CheckInCodes(properties.getCheckIn().getSigningKey());
    }

    @Bean
    public ConferenceRegistry conferenceRegistry(JdbcTemplate jdbc) {
        return new ConferenceRegistry(jdbc);
    }

    /** Conferences receive one event per attendee: loaded from a snapshot and the events after it. */
    @Bean
    public SnapshotTriggerDefinition conferenceSnapshotTrigger(Snapshotter snapshotter, ConferenceProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.getSnapshotThreshold());
    }

    /** Training classes receive an event per trainee and session. */
    @Bean
    public SnapshotTriggerDefinition trainingClassSnapshotTrigger(Snapshotter snapshotter,
                                                                  ConferenceProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.getSnapshotThreshold());
    }

    @Bean
    @ConditionalOnProperty(prefix = "doanket.conference.feedback", name = "enabled", havingValue = "true",
            matchIfMissing = true)
    public PetitionLinks petitionLinks(JdbcTemplate jdbc, CommandSender commands) {
        return new PetitionLinks(jdbc, commands);
    }

    /**
     * Reads the feedback service's topic in this service's consumer group from the earliest offset (a new deployment
     * learns every petition opened from an opinion); a failure other than a malformed message is retried without
     * limit, so the partition waits rather than loses a link. Started by the application's lifecycle, after Axon.
     */
    @Bean
    @ConditionalOnProperty(prefix = "doanket.conference.feedback", name = "enabled", havingValue = "true",
            matchIfMissing = true)
    public ConcurrentMessageListenerContainer<String, byte[]> feedbackEventsContainer(
            KafkaProperties kafka, ConferenceProperties properties, PetitionLinks links) {
        Map<String, Object> config = kafka.buildConsumerProperties(null);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, properties.getFeedback().getGroup());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, true);
        DefaultKafkaConsumerFactory<String, byte[]> factory = new DefaultKafkaConsumerFactory<>(config,
                new StringDeserializer(), new ByteArrayDeserializer());
        ContainerProperties container = new ContainerProperties(properties.getFeedback().getTopic());
        container.setMessageListener(links);
        container.setMissingTopicsFatal(false);
        ConcurrentMessageListenerContainer<String, byte[]> listener = new ConcurrentMessageListenerContainer<>(factory,
                container);
        listener.setCommonErrorHandler(new DefaultErrorHandler(new FixedBackOff(2_000L, FixedBackOff.UNLIMITED_ATTEMPTS)));
        return listener;
    }
}
