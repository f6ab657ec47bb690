package vn.doanket.membership;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The Front organisation registry: residential areas, work committees, members. */
@SpringBootApplication
public class MembershipApplication {

    /** The service's configuration file is {@code membership.yml}, so several services can share a classpath. */
    public static final String CONFIG_NAME = "membership";

    public static void main(String[] args) {
        builder().run(args);
    }

    /** The application with its configuration name set. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(MembershipApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }
}
