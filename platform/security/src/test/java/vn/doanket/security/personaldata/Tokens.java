package vn.doanket.security.personaldata;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import vn.doanket.security.Role;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Real {@link Jwt} objects in Spring Security's context, as the resource server would put them. */
final class Tokens {

    private Tokens() {
    }

    static void signIn(String userId, Role... roles) {
        List<String> names = Arrays.stream(roles).map(Role::name).toList();
        Jwt jwt = Jwt.withTokenValue("token-" + userId)
                .header("alg", "RS256")
                .subject(userId)
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300))
                .claim("roles", names)
                .claim("scope_unit", "79")
                .claim("preferred_username", userId)
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt,
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
    }

    /** A token without {@code scope_unit}: grants nothing. */
    static void signInWithoutScope(String userId, Role role) {
        Jwt jwt = Jwt.withTokenValue("token-" + userId).header("alg", "RS256").subject(userId)
                .claim("roles", List.of(role.name())).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
