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
 * a consumer.
 */
public class ConsumerDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.of(
            "spring.cloud.stream.default.consumer.max-attempts", "4",
            "spring.cloud.stream.default.consumer.back-off-initial-interval", "200",
            "spring.cloud.stream.default.consumer.back-off-max-interval", "3000",
            "spring.cloud.stream.default.consumer.back-off-multiplier", "3.0",
            "spring.cloud.stream.default.consumer.retryable-exceptions[vn.doanket.events.MalformedEnvelopeException]", "false",
            "spring.cloud.stream.kafka.default.consumer.enable-dlq", "true",
            "spring.cloud.stream.kafka.binder.auto-create-topics", "true");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("doanket-consumer-defaults", DEFAULTS));
    }
}
