package vn.doanket.axon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Defaults every service shares, at the lowest precedence so a service or an operator can
 * still override them: no Axon Server (the event store is PostgreSQL), Jackson for every
 * serializer, no update check (the machines have no internet), and schema migrations by Flyway.
 */
public class AxonDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.ofEntries(
            Map.entry("axon.axonserver.enabled", "false"),
            Map.entry("axon.serializer.general", "jackson"),
            Map.entry("axon.serializer.events", "jackson"),
            Map.entry("axon.serializer.messages", "jackson"),
            Map.entry("axoniq.update-checker.disabled", "true"),
            // schema migrations (ADR 0009): the service's own in db/migration/<context> (platform libraries add
            // theirs through MigrationLocation); a database created before migrations existed is adopted at
            // baseline 1, above every migration that describes that old schema; platform and service migrations
            // are released independently, so one may be older than the newest already applied
            Map.entry("spring.flyway.locations", "classpath:db/migration/${doanket.axon.context}"),
            Map.entry("spring.flyway.baseline-on-migrate", "true"),
            Map.entry("spring.flyway.baseline-version", "1"),
            Map.entry("spring.flyway.out-of-order", "true"),
            // Axon 4's annotations use attribute overrides that Spring 6.2 warns about on every start
            Map.entry("logging.level.org.springframework.core.annotation.AnnotationTypeMapping", "error"),
            // the Kafka clients print their whole configuration at INFO on every start
            Map.entry("logging.level.org.apache.kafka", "warn"));

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
