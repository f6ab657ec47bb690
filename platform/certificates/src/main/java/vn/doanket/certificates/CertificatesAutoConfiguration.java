package vn.doanket.certificates;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.axon.CommandSender;
import vn.doanket.axon.DoanketAxonAutoConfiguration;
import vn.doanket.axon.MigrationLocation;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;

/**
 * Everything a service gets by depending on {@code doanket-certificates}: the {@link Certificate} aggregate in its
 * event store (and the upcaster of its older events), the numbering, holder and query tables (Flyway,
 * {@code db/migration/certificates}), the query table's
 * processor ({@value CertificateProjection#GROUP}) and the {@link Certificates} bean. The web part is
 * {@link CertificatesWebAutoConfiguration}.
 */
@AutoConfiguration(after = {DoanketAxonAutoConfiguration.class, JdbcTemplateAutoConfiguration.class})
@ConditionalOnBean(DataSource.class)
// only in a service that issues certificates (doanket.certificates.enabled: true in its configuration): several services
// share one JVM in the local stack, and the others must not get the certificate tables, processor and endpoints
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(prefix = "doanket.certificates", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(CertificatesProperties.class)
@Import(Certificate.class)
public class CertificatesAutoConfiguration {

    /** Where the migrations of the numbering and query tables live. */
    public static final String MIGRATIONS = "classpath:db/migration/certificates";

    private static final Logger log = LoggerFactory.getLogger(CertificatesAutoConfiguration.class);

    /** @return the library's migration location (added to the service's Flyway locations) */
    @Bean
    public MigrationLocation certificateMigrations() {
        return new MigrationLocation(MIGRATIONS);
    }

    @Bean
    @ConditionalOnMissingBean
    public CertificateNumbers certificateNumbers(JdbcTemplate jdbc) {
        return new CertificateNumbers(jdbc);
    }

    @Bean
    @ConditionalOnMissingBean
    public CertificateHolders certificateHolders(JdbcTemplate jdbc) {
        return new CertificateHolders(jdbc);
    }

    /** Reads {@code CertificateIssued} events stored with the holder's name (schema 1) without it. */
    @Bean
    public EventUpcaster certificateIssuedV2Upcaster() {
        return new CertificateEventUpcasters.IssuedV2();
    }

    @Bean
    @ConditionalOnMissingBean
    public CertificateProjection certificateProjection(JdbcTemplate jdbc) {
        return new CertificateProjection(jdbc);
    }

    /** The query table's processor: a pooled streaming processor from the start of the event store. */
    @Bean
    public ConfigurerModule certificateProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerPooledStreamingEventProcessor(
                CertificateProjection.GROUP, org.axonframework.config.Configuration::eventStore,
                (c, builder) -> builder.initialSegmentCount(1)));
    }

    @Bean
    @ConditionalOnMissingBean
    public CertificateSignatures certificateSignatures(CertificatesProperties properties) {
        if (CertificatesProperties.DEV_SIGNING_KEY.equals(properties.getSigningKey())) {
            log.warn("Certificates are signed with the development key: set doanket.certificates.signing-key "
                    + "(DOANKET_CERTIFICATES_SIGNING_KEY) in production");
        }
        return new CertificateSignatures(properties.getSigningKey().getBytes(StandardCharsets.UTF_8));
    }

    @Bean
    @ConditionalOnMissingBean
    public Certificates certificates(CommandSender commands, CertificateNumbers numbers, CertificateHolders holders,
                                     CertificateProjection projection, CertificateSignatures signatures,
                                     CertificatesProperties properties, Environment env) {
        return new Certificates(commands, numbers, holders, projection, signatures, properties,
                Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")),
                () -> "http://127.0.0.1:" + env.getProperty("local.server.port", env.getProperty("server.port", "8080")));
    }
}
