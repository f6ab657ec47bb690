package vn.doanket.identity.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import vn.doanket.identity.config.IdentityProperties;

/**
 * The in-memory user store, loaded from {@code doanket.identity.accounts}. A production deployment
 * uses Keycloak instead (see {@code deploy/keycloak}).
 */
public final class AccountDirectory implements UserDetailsService {

    private final Map<String, Account> byUsername;

    /**
     * Creates the directory.
     *
     * @param accounts the accounts
     * @throws IllegalArgumentException when two accounts share a username or subject
     */
    public AccountDirectory(Collection<Account> accounts) {
        Map<String, Account> map = new LinkedHashMap<>();
        Map<String, String> ids = new LinkedHashMap<>();
        for (Account a : accounts) {
            if (map.putIfAbsent(normalise(a.username()), a) != null) {
                throw new IllegalArgumentException("Duplicate account username: " + a.username());
            }
            String previous = ids.putIfAbsent(a.id(), a.username());
            if (previous != null) {
                throw new IllegalArgumentException("Accounts " + previous + " and " + a.username() + " share the id " + a.id());
            }
        }
        this.byUsername = Collections.unmodifiableMap(map);
    }

    /**
     * Builds the directory from configuration, validating every entry.
     *
     * @param properties the identity properties
     * @return the directory
     * @throws IllegalStateException when an entry is incomplete or malformed
     */
    public static AccountDirectory from(IdentityProperties properties) {
        List<Account> accounts = new ArrayList<>();
        properties.accounts().forEach((username, p) -> {
            String where = "doanket.identity.accounts." + username;
            if (p.password() == null || p.password().isBlank()) {
                throw new IllegalStateException(where + ".password is required");
            }
            if (p.name() == null || p.name().isBlank()) {
                throw new IllegalStateException(where + ".name is required");
            }
            if (p.roles() == null || p.roles().isEmpty()) {
                throw new IllegalStateException(where + ".roles must name at least one role");
            }
            if (!ScopeUnits.isValid(p.scopeUnit())) {
                throw new IllegalStateException(where + ".scope-unit must be VN, a 2-digit province, a 5-digit commune"
                        + " or <commune>-<suffix>, was: " + p.scopeUnit());
            }
            String id = p.id() == null || p.id().isBlank() ? "u-" + username : p.id();
            accounts.add(new Account(id, username, encoded(p.password()), p.name(), p.roles(), p.scopeUnit()));
        });
        return new AccountDirectory(accounts);
    }

    /**
     * The account with a username (case-insensitive).
     *
     * @param username login name, may be null
     * @return the account, or empty
     */
    public Optional<Account> find(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(byUsername.get(normalise(username)));
    }

    /** Every account, in configuration order. */
    public List<Account> all() {
        return List.copyOf(byUsername.values());
    }

    /**
     * Spring Security's view of an account: a new object each time (authentication erases its credentials).
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        Account a = find(username).orElseThrow(() -> new UsernameNotFoundException("Unknown username"));
        return User.withUsername(a.username())
                .password(a.passwordHash())
                .authorities(a.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList())
                .build();
    }

    /** A bare bcrypt hash gets its {@code {bcrypt}} prefix; anything else must carry its own. */
    private static String encoded(String password) {
        if (password.startsWith("$2a$") || password.startsWith("$2b$") || password.startsWith("$2y$")) {
            return "{bcrypt}" + password;
        }
        return password;
    }

    private static String normalise(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
