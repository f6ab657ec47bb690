package vn.doanket.conference;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Conferences, propaganda sessions, training classes and the Great National Unity Day, with verified attendance. */
@SpringBootApplication
public class ConferenceApplication {

    /** The service's configuration file is {@code conference.yml}, so several services can share a classpath. */
    public static final String CONFIG_NAME = "conference";

    public static void main(String[] args) {
        builder().run(args);
    }

    /** The application with its configuration name set. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ConferenceApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }
}
