package vn.doanket.messaging;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Binding defaults every consumer shares (lowest precedence; a service may override them):
 * bounded retries with back-off, no retry for messages that can never succeed, and a
 * dead-letter topic ({@code error.<topic>.<group>}, carrying the original headers plus
 * {@code x-original-topic} and {@code x-exception-message}) so a poison message never stops
 * a consumer. A consumer that starts before the publisher creates the topic creates it with the
 * publishers' partition count (3), and new partitions are noticed within 10 s.
 */
public class ConsumerDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.ofEntries(
            Map.entry("spring.cloud.stream.default.consumer.max-attempts", "4"),
            Map.entry("spring.cloud.stream.default.consumer.back-off-initial-interval", "200"),
            Map.entry("spring.cloud.stream.default.consumer.back-off-max-interval", "3000"),
            Map.entry("spring.cloud.stream.default.consumer.back-off-multiplier", "3.0"),
            Map.entry("spring.cloud.stream.default.consumer.retryable-exceptions[vn.doanket.events.MalformedEnvelopeException]", "false"),
            Map.entry("spring.cloud.stream.kafka.default.consumer.enable-dlq", "true"),
            Map.entry("spring.cloud.stream.kafka.binder.auto-create-topics", "true"),
            Map.entry("spring.cloud.stream.kafka.binder.min-partition-count", "3"),
            Map.entry("spring.cloud.stream.kafka.binder.consumer-properties.metadata.max.age.ms", "10000"),
            // the Kafka clients print their whole configuration at INFO on every start
            Map.entry("logging.level.org.apache.kafka", "warn"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("doanket-consumer-defaults", DEFAULTS));
    }
}
