package vn.doanket.audit;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import vn.doanket.axon.MigrationLocation;

/**
 * Adds the audit chain's migrations ({@code db/migration/audit}) to every service that has this library, whether
 * or not {@code doanket.audit.enabled} is set: the table then exists when the audit is switched on later, on a
 * database that was already migrated (ADR 0009).
 */
@AutoConfiguration
public class AuditMigrations {

    /** Where the migrations of {@code audit_chain} live. */
    public static final String LOCATION = "classpath:db/migration/audit";

    /** @return the audit library's migration location */
    @Bean
    public MigrationLocation auditMigrations() {
        return new MigrationLocation(LOCATION);
    }
}
