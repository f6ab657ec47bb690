package vn.doanket.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;

import java.util.Optional;

/** The caller of the current request, from Spring Security's context. */
public final class Callers {

    private Callers() {
    }

    /** The authenticated caller, if any (bearer token or browser login). */
    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof ClaimAccessor claims && claims.getClaims().get("sub") != null) {
            return Optional.of(Caller.fromClaims(claims.getClaimAsString("sub"), claims.getClaims()));
        }
        return Optional.empty();
    }

    /** The authenticated caller; the security filter guarantees one on every protected route. */
    public static Caller require() {
        return current().orElseThrow(() -> new IllegalStateException("No authenticated caller on a protected route"));
    }
}
