package vn.doanket.security;

import vn.doanket.events.Actor;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The authenticated user of a request, from the token's claims: {@code sub},
 * {@code preferred_username}, {@code name}, {@code roles} and {@code scope_unit}.
 *
 * @param userId      the subject; what events record as the actor (never personal data)
 * @param username    the login name
 * @param displayName for display only; never logged or published
 * @param roles       what the user may do
 * @param scopeUnit   the administrative unit (or residential area) the user's rights cover
 */
public record Caller(String userId, String username, String displayName, Set<Role> roles, String scopeUnit) {

    public static final String CLAIM_ROLES = "roles";
    public static final String CLAIM_SCOPE_UNIT = "scope_unit";
    public static final String CLAIM_NAME = "name";
    public static final String CLAIM_USERNAME = "preferred_username";

    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(scopeUnit, "scopeUnit");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** Reads a caller from token claims; unknown roles are ignored. */
    public static Caller fromClaims(String subject, Map<String, Object> claims) {
        Set<Role> roles = Role.fromClaim(claims.get(CLAIM_ROLES));
        Object scope = claims.get(CLAIM_SCOPE_UNIT);
        if (scope == null || scope.toString().isBlank()) {
            throw new IllegalArgumentException("Token without " + CLAIM_SCOPE_UNIT);
        }
        return new Caller(subject, String.valueOf(claims.getOrDefault(CLAIM_USERNAME, subject)),
                String.valueOf(claims.getOrDefault(CLAIM_NAME, subject)), roles, scope.toString());
    }

    /** Whether the caller has a role. */
    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The actor recorded on the events this caller causes: user id and primary role. */
    public Actor actor() {
        String role = roles.stream().sorted().findFirst().map(Role::name).orElse("NONE");
        return new Actor(userId, role);
    }
}
