package vn.doanket.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import vn.doanket.identity.account.AccountDirectory;
import vn.doanket.security.Role;
import vn.doanket.identity.account.ScopeUnits;
import vn.doanket.identity.config.IdentityProperties;
import vn.doanket.identity.config.IdentityProperties.AccountProperties;

class AccountDirectoryTest {

    private static final String HASH = "$2a$10$mJp7/AllrLMpbNe5f2tNbOuWHz6Z/xpHCELUXAKs4I/XThsla.BES";

    @Test
    void buildsAccountsFromConfiguration() {
        AccountDirectory directory = AccountDirectory.from(properties(Map.of(
                "can-bo-ba-ria", new AccountProperties(null, HASH, "Cán bộ MTTQ Phường Bà Rịa", List.of(Role.OFFICER), "26560"))));

        var account = directory.find("Can-Bo-Ba-Ria ").orElseThrow();
        assertThat(account.id()).isEqualTo("u-can-bo-ba-ria");
        assertThat(account.passwordHash()).startsWith("{bcrypt}$2a$");
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("doanket2025",
                directory.loadUserByUsername("can-bo-ba-ria").getPassword())).isTrue();
        assertThat(directory.loadUserByUsername("can-bo-ba-ria").getAuthorities())
                .extracting(Object::toString).containsExactly("ROLE_OFFICER");
        assertThatThrownBy(() -> directory.loadUserByUsername("nobody")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void refusesMalformedAccounts() {
        assertThatThrownBy(() -> AccountDirectory.from(properties(Map.of(
                "x", new AccountProperties(null, HASH, "X", List.of(Role.LEADER), "123")))))
                .hasMessageContaining("scope-unit");
        assertThatThrownBy(() -> AccountDirectory.from(properties(Map.of(
                "x", new AccountProperties(null, HASH, "X", List.of(), "VN")))))
                .hasMessageContaining("roles");
        Map<String, AccountProperties> sameId = new LinkedHashMap<>();
        sameId.put("a", new AccountProperties("u-1", HASH, "A", List.of(Role.LEADER), "VN"));
        sameId.put("b", new AccountProperties("u-1", HASH, "B", List.of(Role.LEADER), "VN"));
        assertThatThrownBy(() -> AccountDirectory.from(properties(sameId))).hasMessageContaining("share the id");
    }

    @Test
    void scopeUnitCodes() {
        assertThat(List.of("VN", "79", "01", "26560", "26560-KP01")).allMatch(ScopeUnits::isValid);
        assertThat(List.of("vn", "7", "123", "2656", "26560-", "-KP01", "")).noneMatch(ScopeUnits::isValid);
    }

    private static IdentityProperties properties(Map<String, AccountProperties> accounts) {
        return new IdentityProperties(null, null, Duration.ofMinutes(30), new IdentityProperties.DevTokens(false),
                new IdentityProperties.Clients(null, null), accounts);
    }
}
