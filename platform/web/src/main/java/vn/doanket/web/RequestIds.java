package vn.doanket.web;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The id of the HTTP request being served, set by {@link RequestIdFilter}. Pass it on where a
 * request leaves this service, e.g. as command metadata or an event's {@code traceId}:
 *
 * <pre>{@code
 * String traceId = RequestIds.current().orElseGet(RequestIds::generate);
 * }</pre>
 *
 * <p>The id is also in the SLF4J MDC under {@value #MDC_KEY} (add {@code %X{requestId}} to the log
 * pattern), in the {@value #HEADER} response header and in every problem response's {@code requestId}.
 */
public final class RequestIds {

    /** Request and response header carrying the id. */
    public static final String HEADER = "X-Request-Id";
    /** SLF4J MDC key. */
    public static final String MDC_KEY = "requestId";
    /** Servlet request attribute holding the id (survives error and async dispatches). */
    public static final String ATTRIBUTE = RequestIds.class.getName() + ".requestId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestIds() {
    }

    /**
     * The id of the request this thread is serving.
     *
     * @return the id, or empty outside a request
     */
    public static Optional<String> current() {
        String id = CURRENT.get();
        if (id == null) {
            RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
            if (attributes != null && attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof String s) {
                id = s;
            }
        }
        return Optional.ofNullable(id);
    }

    /**
     * Whether a client-supplied id may be used as is: 1–64 characters of {@code [A-Za-z0-9._-]}.
     *
     * @param candidate the header value, may be null
     * @return true when sane
     */
    public static boolean isSane(String candidate) {
        return candidate != null && SANE.matcher(candidate).matches();
    }

    /**
     * A new random id.
     *
     * @return a UUID string
     */
    public static String generate() {
        return UUID.randomUUID().toString();
    }

    static String bind(String id) {
        String previous = CURRENT.get();
        CURRENT.set(id);
        return previous;
    }

    static void restore(String previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
