package vn.doanket.dashboard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.security.Caller;
import vn.doanket.security.Callers;
import vn.doanket.security.Role;
import vn.doanket.territory.Territory;

import java.util.List;

/** Who is signed in, and the unit their dashboard opens on. */
@RestController
@Tag(name = "Người dùng / Me", description = "The signed-in user")
public class MeController {

    private final Territory territory;

    public MeController(Territory territory) {
        this.territory = territory;
    }

    /** The signed-in user (no personal data beyond the display name). */
    public record Me(String userId, String displayName, List<String> roles, String scopeUnit, String scopeName) {
    }

    @GetMapping("/api/me")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Người dùng đang đăng nhập / The signed-in user", description = "User id, display name, roles and the unit the dashboard opens on.")
    public Me me() {
        Caller caller = Callers.require();
        String scopeName = territory.unit(caller.scopeUnit(), territory.today())
                .map(u -> u.name()).orElse(caller.scopeUnit());
        return new Me(caller.userId(), caller.displayName(), caller.roles().stream().map(Role::name).sorted().toList(),
                caller.scopeUnit(), scopeName);
    }
}
