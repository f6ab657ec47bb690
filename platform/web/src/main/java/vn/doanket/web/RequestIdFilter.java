package vn.doanket.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the client's {@code X-Request-Id} when it is sane (1–64 characters of
 * {@code [A-Za-z0-9._-]}), else a new UUID. The id is put in the SLF4J MDC under {@code requestId}
 * for the request's duration, returned in the {@code X-Request-Id} response header and available
 * through {@link RequestIds#current()}. Registered at the highest precedence by
 * {@link DoanKetWebAutoConfiguration}; it also runs on error and async dispatches, reusing the id.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    /** Creates the filter. */
    public RequestIdFilter() {
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = request.getAttribute(RequestIds.ATTRIBUTE) instanceof String existing ? existing : null;
        if (id == null) {
            String header = request.getHeader(RequestIds.HEADER);
            id = RequestIds.isSane(header) ? header : RequestIds.generate();
            request.setAttribute(RequestIds.ATTRIBUTE, id);
        }
        if (!response.isCommitted()) {
            response.setHeader(RequestIds.HEADER, id);
        }
        String previousMdc = MDC.get(RequestIds.MDC_KEY);
        String previous = RequestIds.bind(id);
        MDC.put(RequestIds.MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            RequestIds.restore(previous);
            if (previousMdc == null) {
                MDC.remove(RequestIds.MDC_KEY);
            } else {
                MDC.put(RequestIds.MDC_KEY, previousMdc);
            }
        }
    }
}
