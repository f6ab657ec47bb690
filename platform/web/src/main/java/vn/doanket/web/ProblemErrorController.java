package vn.doanket.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the servlet container's error page ({@code /error}) with {@code application/problem+json},
 * for errors that never reach a controller: an exception thrown by a filter (e.g. a
 * {@link vn.doanket.events.error.DomainException} from an authorisation filter), a
 * {@code response.sendError(...)} from a filter, or a request the container itself rejects.
 * Replaces Spring Boot's {@code BasicErrorController}; a service that defines its own
 * {@link ErrorController} keeps its own.
 */
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    private final ProblemResolver resolver;

    ProblemErrorController(ProblemResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * Renders the error the container dispatched here.
     *
     * @param request the error dispatch
     * @return the problem response
     */
    @RequestMapping
    public ResponseEntity<Object> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String s ? s : request.getRequestURI();
        int code = status instanceof Integer i ? i : 404;
        if (exception instanceof Throwable t) {
            // a status the container chose for an exception is only a hint; 500 means "don't know"
            return resolver.respond(t, code == 500 ? null : HttpStatusCode.valueOf(code), request, null, path);
        }
        HttpStatusCode hint = HttpStatusCode.valueOf(code >= 400 && code <= 599 ? code : 500);
        return resolver.respond(new ContainerError(code), hint, request, null, path);
    }

    /** Stands for an error status set without an exception (e.g. {@code sendError(404)}). */
    private static final class ContainerError extends RuntimeException {
        ContainerError(int status) {
            super("HTTP " + status + " from the servlet container", null, false, false);
        }
    }
}
