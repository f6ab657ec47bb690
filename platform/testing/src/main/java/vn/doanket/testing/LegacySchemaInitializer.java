package vn.doanket.testing;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Before any bean is created, fills the test's fresh database (from {@link LocalInfrastructure}) with a schema
 * dumped from a database the code created before migrations existed: the service then starts on "a database
 * deployed by the old code". Subclass it with the dump's classpath resource and name the subclass in
 * {@code @ContextConfiguration(initializers = ...)} next to {@code @LocalInfrastructure}.
 */
public abstract class LegacySchemaInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private final String resource;

    /**
     * @param resource classpath resource of the dump ({@code pg_dump --schema-only}, without psql meta-commands)
     */
    protected LegacySchemaInitializer(String resource) {
        this.resource = resource;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Environment env = context.getEnvironment();
        String url = env.getProperty("spring.datasource.url");
        if (url == null) {
            throw new IllegalStateException("No spring.datasource.url yet: use @LocalInfrastructure on the test class");
        }
        try (Connection c = DriverManager.getConnection(url, env.getProperty("spring.datasource.username"),
                env.getProperty("spring.datasource.password"));
             Statement s = c.createStatement()) {
            s.execute(new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot create the legacy schema " + resource, e);
        }
    }
}
