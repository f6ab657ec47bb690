package vn.doanket.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import vn.doanket.security.Role;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded identity provider's demo accounts ({@code identity.yml}) and the Keycloak realm that docker-compose
 * imports ({@code deploy/keycloak/doanket-realm.json}) describe the same people with the same rights, and both use
 * exactly the platform's roles ({@link Role}): an account added, a role or a scope changed in one and not the other
 * fails here.
 */
class RealmConsistencyTest {

    /** One account as both sources describe it: subject, display name, roles, scope unit. */
    record Account(String id, String name, List<String> roles, String scopeUnit) {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Account> embedded() throws Exception {
        try (InputStream in = RealmConsistencyTest.class.getResourceAsStream("/identity.yml")) {
            Map<String, Object> yaml = new Yaml().load(in);
            Map<String, Object> identity = (Map<String, Object>) ((Map<String, Object>) yaml.get("doanket")).get("identity");
            Map<String, Map<String, Object>> accounts = (Map<String, Map<String, Object>>) identity.get("accounts");
            Map<String, Account> all = new TreeMap<>();
            accounts.forEach((username, a) -> all.put(username, new Account(
                    String.valueOf(a.getOrDefault("id", "u-" + username)), String.valueOf(a.get("name")),
                    ((List<Object>) a.get("roles")).stream().map(String::valueOf).sorted().toList(),
                    String.valueOf(a.get("scope-unit")))));
            return all;
        }
    }

    static JsonNode realm() throws Exception {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("deploy/keycloak/doanket-realm.json"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("deploy/keycloak/doanket-realm.json above the module").isNotNull();
        return new ObjectMapper().readTree(dir.resolve("deploy/keycloak/doanket-realm.json").toFile());
    }

    static Map<String, Account> keycloak(JsonNode realm) {
        Map<String, Account> all = new TreeMap<>();
        for (JsonNode u : realm.get("users")) {
            if (u.get("username").asText().startsWith("service-account-")) {
                continue; // a client's own account (client credentials), not a person's; clients are not compared here
            }
            List<String> roles = new ArrayList<>();
            u.get("realmRoles").forEach(r -> roles.add(r.asText()));
            all.put(u.get("username").asText(), new Account(u.get("id").asText(), u.get("firstName").asText(),
                    roles.stream().sorted().toList(), u.get("attributes").get("scope_unit").get(0).asText()));
        }
        return all;
    }

    @Test
    void theEmbeddedAccountsAndTheKeycloakRealmAreTheSame() throws Exception {
        assertThat(keycloak(realm())).isEqualTo(embedded());
    }

    @Test
    void bothUseExactlyThePlatformsRoles() throws Exception {
        TreeSet<String> platform = new TreeSet<>(Arrays.stream(Role.values()).map(Role::name).toList());
        TreeSet<String> realmRoles = new TreeSet<>();
        realm().get("roles").get("realm").forEach(r -> realmRoles.add(r.get("name").asText()));
        assertThat(realmRoles).as("roles defined in the realm").isEqualTo(platform);
        embedded().values().forEach(a -> assertThat(platform).as(a.id()).containsAll(a.roles()));
    }
}
