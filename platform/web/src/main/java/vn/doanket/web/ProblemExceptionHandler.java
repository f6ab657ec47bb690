package vn.doanket.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception that reaches Spring MVC into an {@code application/problem+json} response
 * (RFC 9457) in Vietnamese and English. Spring MVC's own exceptions come through
 * {@link ResponseEntityExceptionHandler}; everything else through {@link #handleAny}. What a given
 * exception becomes is described in the module's README: {@link ProblemMapper} beans first, then
 * {@link vn.doanket.events.error.DomainException} (also as a cause), then built-in mappings, and 500
 * {@code internal-error} with the details only in the log.
 *
 * <p>Registered by {@link DoanKetWebAutoConfiguration}. A service's own {@code @ControllerAdvice}
 * is consulted before this one.
 */
@RestControllerAdvice
public class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    private final ProblemResolver resolver;

    ProblemExceptionHandler(ProblemResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * Handles any exception Spring MVC has no handler for: domain rejections, validation of
     * {@code @Validated} beans, framework exceptions mapped by a {@link ProblemMapper}, and bugs.
     *
     * @param ex the exception
     * @param request the request
     * @return the problem response, or null when the response is already committed
     */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> handleAny(Exception ex, NativeWebRequest request) {
        HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
        HttpServletResponse servletResponse = request.getNativeResponse(HttpServletResponse.class);
        if (servletRequest == null || (servletResponse != null && servletResponse.isCommitted())) {
            return null;
        }
        return resolver.respond(ex, null, servletRequest, null, null);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (!(request instanceof NativeWebRequest nativeRequest)) {
            return null;
        }
        HttpServletRequest servletRequest = nativeRequest.getNativeRequest(HttpServletRequest.class);
        HttpServletResponse servletResponse = nativeRequest.getNativeResponse(HttpServletResponse.class);
        if (servletRequest == null || (servletResponse != null && servletResponse.isCommitted())) {
            return null;
        }
        return resolver.respond(ex, statusCode, servletRequest, headers, null);
    }
}
