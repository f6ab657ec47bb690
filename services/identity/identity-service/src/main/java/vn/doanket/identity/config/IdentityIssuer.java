package vn.doanket.identity.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.springframework.core.env.Environment;

/**
 * The issuer URL, fixed before the first request so that tokens, the discovery document and the JWKS
 * agree whatever host name a client uses. When {@code doanket.identity.issuer} is not set it is
 * {@code http://127.0.0.1:<port>}; with {@code server.port=0} a free port is chosen here and given to
 * the web server ({@link #port()}), because Spring Authorization Server reads the issuer when its
 * filters are built, before the server has bound its port.
 *
 * @param url  the issuer, without a trailing slash
 * @param port the port the web server must listen on, or -1 to leave {@code server.port} alone
 */
public record IdentityIssuer(String url, int port) {

    /** Default {@code server.port} when nothing sets it. */
    public static final int DEFAULT_PORT = 9000;

    /**
     * Resolves the issuer from configuration.
     *
     * @param configured  {@code doanket.identity.issuer}, may be blank
     * @param environment for {@code server.port}
     * @return the issuer
     */
    public static IdentityIssuer resolve(String configured, Environment environment) {
        if (configured != null && !configured.isBlank()) {
            return new IdentityIssuer(stripSlash(configured.trim()), -1);
        }
        int port = environment.getProperty("server.port", Integer.class, DEFAULT_PORT);
        if (port == 0) {
            port = freePort();
        }
        if (port < 0) {
            throw new IllegalStateException("The identity provider needs a web server: server.port must not be negative");
        }
        return new IdentityIssuer("http://127.0.0.1:" + port, port);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the identity provider", e);
        }
    }
}
