package vn.doanket.axon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Defaults every service shares, at the lowest precedence so a service or an operator can
 * still override them: no Axon Server (the event store is PostgreSQL), Jackson for every
 * serializer, and no update check (the machines have no internet).
 */
public class AxonDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.of(
            "axon.axonserver.enabled", "false",
            "axon.serializer.general", "jackson",
            "axon.serializer.events", "jackson",
            "axon.serializer.messages", "jackson",
            "axoniq.update-checker.disabled", "true",
            // Axon 4's annotations use attribute overrides that Spring 6.2 warns about on every start
            "logging.level.org.springframework.core.annotation.AnnotationTypeMapping", "error",
            // the Kafka clients print their whole configuration at INFO on every start
            "logging.level.org.apache.kafka", "warn");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("doanket-axon-defaults", DEFAULTS));
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        if (System.getProperty("disable-axoniq-console-message") == null) {
            System.setProperty("disable-axoniq-console-message", "true");
        }
    }
}
