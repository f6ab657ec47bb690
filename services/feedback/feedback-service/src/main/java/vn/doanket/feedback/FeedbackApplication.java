package vn.doanket.feedback;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Citizen feedback: petitions from intake to answer, with working-day deadlines and escalation. */
@SpringBootApplication
@EnableScheduling
public class FeedbackApplication {

    /** The service's configuration file is {@code feedback.yml}, so several services can share a classpath. */
    public static final String CONFIG_NAME = "feedback";

    public static void main(String[] args) {
        builder().run(args);
    }

    /** The application with its configuration name set. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(FeedbackApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }
}
