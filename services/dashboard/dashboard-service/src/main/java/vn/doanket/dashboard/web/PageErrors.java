package vn.doanket.dashboard.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.doanket.events.error.DomainException;

import java.time.LocalDate;

/**
 * Errors of the dashboard's pages as an HTML page in Vietnamese and English (the JSON API keeps
 * answering problem+json): a unit that does not exist or lies outside the caller's territory is the
 * one 404 page, a malformed date a 400 page, a role that may not read dashboards a 403 page.
 */
@ControllerAdvice(assignableTypes = UnitPageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    /** What the error page shows, in both languages. */
    public record ErrorPage(int status, String code, String titleVi, String titleEn, String detailVi, String detailEn) {
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public String badParameter(MethodArgumentTypeMismatchException e, HttpServletResponse response, Model model) {
        if (LocalDate.class.equals(e.getRequiredType())) {
            return page(new ErrorPage(400, "date-invalid", "Yêu cầu không hợp lệ", "Bad request",
                    "Ngày phải có dạng YYYY-MM-DD, ví dụ 2024-06-01", "The date must be YYYY-MM-DD, e.g. 2024-06-01"),
                    response, model);
        }
        return page(new ErrorPage(400, "parameter-invalid", "Yêu cầu không hợp lệ", "Bad request",
                "Tham số " + e.getName() + " không hợp lệ", "Parameter " + e.getName() + " is not valid"), response, model);
    }

    @ExceptionHandler(AccessDeniedException.class)
    public String denied(AccessDeniedException e, HttpServletResponse response, Model model) {
        return page(new ErrorPage(403, "forbidden", "Không có quyền truy cập", "Access denied",
                "Tài khoản của bạn không được xem bảng điều khiển", "Your account may not read dashboards"), response, model);
    }

    @ExceptionHandler(Exception.class)
    public String any(Exception e, HttpServletResponse response, Model model) {
        DomainException domain = domain(e);
        if (domain != null) {
            int status = domain.kind().status();
            return page(new ErrorPage(status, domain.code(), title(status, true), title(status, false),
                    domain.text().vi(), domain.text().en()), response, model);
        }
        // the dashboard holds figures only, no personal data: the exception may be logged as it is
        log.error("Dashboard page failed", e);
        return page(new ErrorPage(500, "internal-error", "Lỗi hệ thống", "Internal error",
                "Đã có lỗi xảy ra, vui lòng thử lại sau", "Something went wrong; please try again later"), response, model);
    }

    private static String page(ErrorPage error, HttpServletResponse response, Model model) {
        response.setStatus(error.status());
        model.addAttribute("error", error);
        return "dashboard/error";
    }

    /** The domain rejection, also when the authorisation expression wrapped it. */
    private static DomainException domain(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException d) {
                return d;
            }
        }
        return null;
    }

    private static String title(int status, boolean vietnamese) {
        return switch (status) {
            case 400 -> vietnamese ? "Yêu cầu không hợp lệ" : "Bad request";
            case 404 -> vietnamese ? "Không tìm thấy" : "Not found";
            case 409 -> vietnamese ? "Xung đột dữ liệu" : "Conflict";
            default -> vietnamese ? "Không thực hiện được" : "Cannot be done";
        };
    }
}
