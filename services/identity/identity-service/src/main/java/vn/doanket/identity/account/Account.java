package vn.doanket.identity.account;

import vn.doanket.security.Role;
import java.util.List;
import java.util.Objects;

/**
 * A demo account: who signs in, and what its tokens say. No personal data beyond the display name.
 *
 * @param id           token subject ({@code sub}), e.g. {@code u-lanh-dao-hcm}
 * @param username     login name ({@code preferred_username})
 * @param passwordHash encoded password, with its {@code {id}} prefix (e.g. {@code {bcrypt}$2a$...})
 * @param displayName  display name with diacritics ({@code name})
 * @param roles        roles ({@code roles})
 * @param scopeUnit    administrative unit code of the account's scope ({@code scope_unit})
 */
public record Account(String id, String username, String passwordHash, String displayName, List<Role> roles,
                      String scopeUnit) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(displayName, "displayName");
        roles = List.copyOf(roles);
        Objects.requireNonNull(scopeUnit, "scopeUnit");
    }

    /** The role names as they appear in the {@code roles} claim. */
    public List<String> roleNames() {
        return roles.stream().map(Role::name).toList();
    }

    @Override
    public String toString() {
        return "Account[" + username + "]";
    }
}
