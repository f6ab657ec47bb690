package vn.doanket.feedback.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import vn.doanket.web.ProblemExceptionHandler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Errors of the Open311 (GeoReport v2) routes in the shape its city apps read: a JSON array of one
 * {@code {"code": <HTTP status>, "description": "..."}}, with the HTTP status unchanged. What an exception
 * becomes (status, stable code, Vietnamese and English text) is decided by the platform's
 * {@link ProblemExceptionHandler}, exactly as for the rest of the API; only the body's shape differs. The
 * description carries both languages, and {@code error_code} the platform's stable code.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class Open311Errors {

    private final ProblemExceptionHandler problems;

    public Open311Errors(ProblemExceptionHandler problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> handle(Exception ex, NativeWebRequest request) {
        ResponseEntity<Object> problem;
        try {
            // Spring MVC's own exceptions (missing parameter, unreadable body, ...)
            problem = problems.handleException(ex, request);
        } catch (Exception notSpringMvcs) {
            problem = problems.handleAny(ex, request);
        }
        if (problem == null || !(problem.getBody() instanceof ProblemDetail detail)) {
            return problem;
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", detail.getStatus());
        Map<String, Object> properties = detail.getProperties() == null ? Map.of() : detail.getProperties();
        error.put("description", properties.getOrDefault("detail_vi", detail.getTitle()) + " / " + detail.getDetail());
        error.put("error_code", properties.get("code"));
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(problem.getHeaders());
        headers.setContentType(MediaType.APPLICATION_JSON);
        return ResponseEntity.status(problem.getStatusCode()).headers(headers).body(List.of(error));
    }
}
