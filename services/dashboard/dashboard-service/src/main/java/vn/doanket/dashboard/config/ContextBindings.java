package vn.doanket.dashboard.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import vn.doanket.dashboard.query.ContextProjections;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Binds every plugged context's topic ({@link ContextProjections}) to the dashboard's {@code contextEvents} consumer:
 * adds the function to {@code spring.cloud.function.definition} and sets the binding's destinations, group and batch
 * mode like the built-in bindings of {@code dashboard.yml}. Only in the dashboard's environment (whose function
 * definition names {@code membershipEvents}); other applications in the same JVM (the devstack) are left alone.
 */
public class ContextBindings implements EnvironmentPostProcessor, Ordered {

    static final String BINDING = "contextEvents-in-0";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String definition = environment.getProperty("spring.cloud.function.definition", "");
        if (!definition.contains("membershipEvents") || ContextProjections.all().isEmpty()
                || definition.contains("contextEvents")) {
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.cloud.function.definition", definition + ";contextEvents");
        String prefix = "spring.cloud.stream.bindings." + BINDING + ".";
        properties.put(prefix + "destination", String.join(",",
                ContextProjections.topics(environment.getProperty(ContextProjections.TOPIC_PREFIX, "")).keySet()));
        properties.put(prefix + "group", environment.getProperty(
                "spring.cloud.stream.bindings.membershipEvents-in-0.group", "dashboard"));
        properties.put(prefix + "content-type", "application/octet-stream");
        properties.put(prefix + "consumer.batch-mode", "true");
        String kafka = "spring.cloud.stream.kafka.bindings." + BINDING + ".consumer.configuration.";
        properties.put(kafka + "max.poll.records", "500");
        properties.put(kafka + "fetch.max.wait.ms", "100");
        environment.getPropertySources().addFirst(new MapPropertySource("doanket-context-bindings", properties));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
