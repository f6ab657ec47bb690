package vn.doanket.dashboard.web;

import org.springframework.http.HttpStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.dashboard.rebuild.Rebuild;
import vn.doanket.events.error.DomainException;
import vn.doanket.security.RoleGroups;

/** Operations on the dashboard's read models; administrators only. */
@RestController
@Tag(name = "Quản trị bảng điều khiển / Dashboard administration", description = "Administrators only")
@RequestMapping("/api/admin/rebuild")
public class AdminController {

    /** The request to rebuild: {@code {"confirm": "REBUILD"}} (a guard against an accidental POST). */
    public record RebuildRequest(String confirm) {
    }

    private final Rebuild rebuild;

    public AdminController(Rebuild rebuild) {
        this.rebuild = rebuild;
    }

    /**
     * Rebuilds every read model from the topics into a fresh database while the current one keeps
     * serving, then switches over; 202 with the progress, 409 while a rebuild runs.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(RoleGroups.ADMINISTRATORS)
    @Operation(summary = "Dựng lại số liệu từ các topic / Rebuild the read models from the topics", description = "Body {\"confirm\":\"REBUILD\"}. Rebuilds into a fresh database while the current one serves, then switches; 202 with progress, 409 while one runs, 422 without confirmation.")
    public Rebuild.Progress start(@RequestBody(required = false) RebuildRequest request) {
        if (request == null || !"REBUILD".equals(request.confirm())) {
            throw DomainException.rule("rebuild-not-confirmed", "Cần xác nhận: {\"confirm\": \"REBUILD\"}",
                    "Confirm with {\"confirm\": \"REBUILD\"}");
        }
        return rebuild.start();
    }

    /** Progress of the last rebuild: state, events processed of the total, rate, ETA, database served. */
    @GetMapping
    @PreAuthorize(RoleGroups.ADMINISTRATORS)
    @Operation(summary = "Tiến độ dựng lại / Rebuild progress", description = "State, events processed of total, skipped, events per second, ETA in seconds, database being built and database served.")
    public Rebuild.Progress progress() {
        return rebuild.progress();
    }
}
