package vn.doanket.competition;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Competition and emulation: judged contests, emulation movements, commendations, gifts and support. */
@SpringBootApplication
public class CompetitionApplication {

    /** The service's configuration file is {@code competition.yml}, so several services can share a classpath. */
    public static final String CONFIG_NAME = "competition";

    public static void main(String[] args) {
        builder().run(args);
    }

    /** The application with its configuration name set. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(CompetitionApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }
}
