package vn.doanket.context;

import java.net.URI;
import java.util.Map;

/**
 * A bounded context's service as the one-command stack sees it, declared once in the service module's
 * {@code META-INF/services/vn.doanket.context.ContextService}. The devstack starts every service it finds, in
 * {@link #startOrder()}, on its own PostgreSQL database and MongoDB database named {@link #name()}, with its
 * configuration file {@code <name>.yml}, on {@code --port <name>=N} or {@link #defaultPort()}; writes
 * {@code <NAME>_URL} to {@code urls.env}; prints {@link #tour()}; and on a first start calls {@link #loadDemoData}.
 */
public interface ContextService {

    /** e.g. {@code conference}: configuration file, databases, topic, port option, URL variable. */
    String name();

    /** Bilingual label, e.g. {@code Hội nghị / conferences}. */
    String label();

    /** The {@code @SpringBootApplication} class. */
    Class<?> application();

    /** The port it prefers (the OS picks one when taken). */
    int defaultPort();

    /** Services start in this order (membership 10, dashboard 20, others 100 and up). */
    default int startOrder() {
        return 100;
    }

    /** A path worth opening first, printed with the service's URL (e.g. {@code /api/conferences?unit=VN}). */
    default String tour() {
        return "/swagger-ui.html";
    }

    /** Extra properties the stack sets for this service (beyond databases, broker, identity and port). */
    default Map<String, String> properties(Stack stack) {
        return Map.of();
    }

    /**
     * Loads demo data into the freshly started service whose event store was empty (after every service has
     * started, in {@link #startOrder()}); returns a short bilingual summary, or {@code null} when it has none.
     */
    default String loadDemoData(Stack stack) throws Exception {
        return null;
    }

    /** What a service sees of the running stack. */
    interface Stack {
        /** The base URL of a started service, e.g. {@code url("membership")}. */
        URI url(String service);

        /** {@code Bearer <token>} for a demo account (README › Accounts and access). */
        String bearer(String username);

        /** The started service's Spring application context ({@code org.springframework.context.ApplicationContext}). */
        Object applicationContext(String service);
    }
}
