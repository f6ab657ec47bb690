package vn.doanket.dashboard;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Live figures for every administrative level, built only from the published events. */
@SpringBootApplication
public class DashboardApplication {

    /** The service's configuration file is {@code dashboard.yml}, so several services can share a classpath. */
    public static final String CONFIG_NAME = "dashboard";

    public static void main(String[] args) {
        builder().run(args);
    }

    /** The application with its configuration name set. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(DashboardApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }
}
