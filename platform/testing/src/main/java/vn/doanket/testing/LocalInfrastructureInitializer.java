package vn.doanket.testing;

import org.springframework.util.ClassUtils;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/**
 * Adds {@link InfrastructureProperties#forNewContext(String)} to a context's environment. Used by
 * {@link LocalInfrastructure}; usable directly with
 * {@code @ContextConfiguration(initializers = LocalInfrastructureInitializer.class)} or
 * {@code SpringApplicationBuilder.initializers(new LocalInfrastructureInitializer())}.
 */
public class LocalInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Name of the property source added to the environment. */
    public static final String PROPERTY_SOURCE_NAME = "doanketLocalInfrastructure";

    /** On the classpath of services secured by the platform: they get an identity provider. */
    static final String SECURED_SERVICE_MARKER = "vn.doanket.security.DoanketSecurityAutoConfiguration";

    /** Property source name Spring's test framework gives inlined test properties. */
    private static final String INLINED_TEST_PROPERTIES = "Inlined Test Properties";

    private final String label;

    /** An initializer naming its databases {@code t_<counter>_<random>}. */
    public LocalInfrastructureInitializer() {
        this("t");
    }

    /**
     * @param label prefix of the database names
     */
    public LocalInfrastructureInitializer(String label) {
        this.label = label;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        if (sources.contains(PROPERTY_SOURCE_NAME)) {
            return;
        }
        QuietLogging.apply();
        Map<String, Object> props = new LinkedHashMap<>(InfrastructureProperties.forNewContext(label));
        if (ClassUtils.isPresent(SECURED_SERVICE_MARKER, context.getClassLoader())) {
            // a resource server: validate tokens of the real identity provider
            props.putAll(SharedInfrastructure.get().identity().resourceServerProperties());
        }
        MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE_NAME, props);
        if (sources.contains(INLINED_TEST_PROPERTIES)) {
            sources.addAfter(INLINED_TEST_PROPERTIES, source);
        } else {
            sources.addFirst(source);
        }
    }
}
