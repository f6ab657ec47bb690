package vn.doanket.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points a Spring test context at the JVM's {@link SharedInfrastructure}: a fresh PostgreSQL
 * database and a fresh MongoDB database per application context, the shared Kafka broker.
 *
 * <pre>{@code
 * @SpringBootTest
 * @LocalInfrastructure
 * class MembershipIT { ... }
 * }</pre>
 *
 * Works with {@code @SpringBootTest} and plain {@code @ContextConfiguration}; Spring's context
 * cache keeps working (classes with the same configuration share one context and its databases).
 * Properties given in the test's {@code properties}/{@code @TestPropertySource} win over these.
 * See {@link InfrastructureProperties} for the keys set.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface LocalInfrastructure {
}
