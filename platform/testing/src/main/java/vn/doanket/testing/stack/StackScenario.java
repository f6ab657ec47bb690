package vn.doanket.testing.stack;

import java.net.URI;

/**
 * A context's end-to-end scenario through the whole running stack (HTTP → PostgreSQL → Kafka → the other services →
 * the dashboard), kept in the context's own folder: a class in the test sources of its service module, listed in
 * {@code src/test/resources/META-INF/services/vn.doanket.testing.stack.StackScenario} (the module's test-jar is on the
 * stack's test classpath through the root pom's profile context-services). The stack's {@code StackScenariosTest}
 * (platform/devstack) starts membership, dashboard, feedback and every plugged context on topics of their own and runs
 * every scenario it finds; a scenario asserts with AssertJ and fails the build like any test.
 */
public interface StackScenario {

    /** A name for the report, e.g. {@code conference: dialogue opinions become petitions}. */
    String name();

    void run(Stack stack) throws Exception;

    /** The running stack as a scenario sees it. */
    interface Stack {

        /** The base URL of a service ({@code membership}, {@code dashboard}, {@code feedback}, a context's name). */
        URI url(String service);

        /** {@code Bearer …} for a demo account (README "Accounts and access"). */
        String bearer(String account);

        /** The service's Spring {@code ApplicationContext} (to reach its beans, e.g. its DataSource). */
        Object applicationContext(String service);

        /** The Kafka broker's bootstrap servers. */
        String kafkaBootstrap();

        /** The topic a context publishes on in this stack. */
        String topic(String context);

        /**
         * Publishes again every record on a context's topic so far (same key, value and headers): every event is then
         * delivered twice to every consumer. Returns how many records were published again.
         */
        int redeliver(String context) throws Exception;

        /**
         * Opens {@code url} in headless Chromium (no login), saves a screenshot as
         * {@code target/screenshots/<screenshot>.png}, and returns the page's visible text.
         */
        String browse(String url, String screenshot) throws Exception;
    }
}
