package vn.doanket.dashboard.web;

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
    public Me me() {
        Caller caller = Callers.require();
        String scopeName = territory.unit(caller.scopeUnit(), territory.today())
                .map(u -> u.name()).orElse(caller.scopeUnit());
        return new Me(caller.userId(), caller.displayName(), caller.roles().stream().map(Role::name).sorted().toList(),
                caller.scopeUnit(), scopeName);
    }
}
