package vn.doanket.web.testapp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.doanket.events.error.DomainException;
import vn.doanket.web.ProblemMapper;
import vn.doanket.web.ProblemSpec;

/** A small service using the web module, for the tests. */
@SpringBootApplication
public class TestApplication {

    public static void main(String[] args) {
        SpringApplication.run(TestApplication.class, args);
    }

    /** Stands for a framework's concurrency exception (e.g. Axon's), unknown to the web module. */
    public static class VersionConflictException extends RuntimeException {
        public VersionConflictException(String message) {
            super(message);
        }
    }

    @Bean
    @Order(1)
    ProblemMapper versionConflictMapper() {
        return t -> t instanceof VersionConflictException
                ? Optional.of(ProblemSpec.of(409, "version-conflict",
                        "Xung đột phiên bản", "Version conflict",
                        "Bản ghi đã được cập nhật bởi một yêu cầu khác.", "The record was updated by another request."))
                : Optional.empty();
    }

    /** Shows that mappers come before the defaults, even for a DomainException. */
    @Bean
    @Order(2)
    ProblemMapper legacyCodeMapper() {
        return t -> t instanceof DomainException d && d.code().equals("legacy-code")
                ? Optional.of(ProblemSpec.of(422, "renamed-code", "Mã mới", "New code",
                        "Quy tắc này đã được đổi tên.", "This rule was renamed."))
                : Optional.empty();
    }

    /** A mapper that is broken must not break error handling. */
    @Bean
    @Order(0)
    ProblemMapper brokenMapper() {
        return t -> {
            if (t instanceof IllegalArgumentException && "break-the-mapper".equals(t.getMessage())) {
                throw new IllegalStateException("mapper bug");
            }
            return Optional.empty();
        };
    }

    /** A filter that rejects some requests before they reach Spring MVC. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> gateFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                switch (request.getRequestURI()) {
                    case "/gate/domain" -> throw DomainException.notFound("unit-not-in-scope",
                            "Đơn vị không thuộc phạm vi của bạn", "The unit is outside your scope");
                    case "/gate/boom" -> throw new IllegalStateException("filter bug at org.example.Secret");
                    case "/gate/send-error" -> response.sendError(429);
                    default -> chain.doFilter(request, response);
                }
            }
        });
        registration.setOrder(0);
        return registration;
    }
}
