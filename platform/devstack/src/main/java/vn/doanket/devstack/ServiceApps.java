package vn.doanket.devstack;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts a service's Spring Boot application inside this JVM with given properties (the
 * stack runs every service in one JVM, each in its own application context and port).
 */
public final class ServiceApps {

    private ServiceApps() {
    }

    /** A started service. */
    public record RunningService(String name, ConfigurableApplicationContext context) implements AutoCloseable {

        /** The HTTP port the service listens on. */
        public int port() {
            return ((WebServerApplicationContext) context).getWebServer().getPort();
        }

        /** {@code http://127.0.0.1:<port>}. */
        public String url() {
            return "http://127.0.0.1:" + port();
        }

        @Override
        public void close() {
            context.close();
        }
    }

    /**
     * Starts a service with {@code properties} (they take precedence over its configuration file).
     *
     * @param name        the service's name, also its configuration file's name ({@code <name>.yml})
     * @param application the service's {@code @SpringBootApplication} class
     * @param properties  infrastructure addresses, ports and overrides
     */
    public static RunningService start(String name, Class<?> application, Map<String, String> properties) {
        Map<String, Object> props = new LinkedHashMap<>(properties);
        // the threads the service creates while it starts (web server, consumers, processors) log under its name
        ConfigurableApplicationContext context = vn.doanket.web.logging.ServiceName.runAs(name,
                () -> new SpringApplicationBuilder(application)
                        .properties(Map.of("spring.main.banner-mode", "off", "spring.config.name", name))
                        .run(toArgs(props)));
        return new RunningService(name, context);
    }

    private static String[] toArgs(Map<String, Object> props) {
        return props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /** {@code preferred} if it is free on 127.0.0.1, else 0 (the OS picks one). */
    public static int preferredPort(int preferred) {
        try (ServerSocket socket = new ServerSocket(preferred, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return preferred;
        } catch (IOException inUse) {
            return 0;
        }
    }
}
