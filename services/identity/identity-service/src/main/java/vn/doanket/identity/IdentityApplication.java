package vn.doanket.identity;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The embedded stack's identity provider (Spring Authorization Server): OIDC discovery, JWKS,
 * authorization code with PKCE for the dashboard, client credentials for scripts and, when enabled,
 * password-less test tokens ({@code POST /dev/tokens}). Tokens carry {@code sub},
 * {@code preferred_username}, {@code name}, {@code roles} and {@code scope_unit}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IdentityApplication {

    /** The service's configuration file is {@code identity.yml}, so several services can share a classpath. */
    public static final String CONFIG_NAME = "identity";

    public static void main(String[] args) {
        builder().run(args);
    }

    /** The application with its configuration name set. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(IdentityApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }
}
