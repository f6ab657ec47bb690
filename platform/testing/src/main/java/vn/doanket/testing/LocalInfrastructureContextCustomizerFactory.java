package vn.doanket.testing;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Registered in {@code META-INF/spring.factories}: applies {@link LocalInfrastructureInitializer} to
 * test classes annotated with {@link LocalInfrastructure}.
 */
public class LocalInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    /** Creates the factory (instantiated by Spring's test framework). */
    public LocalInfrastructureContextCustomizerFactory() {
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, LocalInfrastructure.class) ? new Customizer()
                : null;
    }

    /** Stateless, so all instances are equal and the context cache key stays stable. */
    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            new LocalInfrastructureInitializer().initialize(context);
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
