package vn.doanket.certificates;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import vn.doanket.certificates.web.CertificateAccess;
import vn.doanket.certificates.web.CertificateController;
import vn.doanket.certificates.web.IssuerNames;
import vn.doanket.certificates.web.VerificationController;
import vn.doanket.security.DoanketSecurityProperties;
import vn.doanket.territory.Territory;

/**
 * The certificates' endpoints in a servlet service: the public verification page and JSON
 * ({@code /verify/certificates/{number}?s=}, {@code /api/public/certificates/{number}?s=}, reachable without a token:
 * added to {@code doanket.security.public-paths}) and the API for signed-in users ({@code /api/certificates/...}).
 */
@AutoConfiguration(after = CertificatesAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(Certificates.class)
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(prefix = "doanket.certificates", name = "enabled", havingValue = "true")
public class CertificatesWebAutoConfiguration {

    @Bean
    public IssuerNames certificateIssuerNames(ObjectProvider<Territory> territory) {
        return new IssuerNames(territory);
    }

    /** For {@code @PreAuthorize}: {@code @certificateAccess.issuerOf(#certificateId)}. */
    @Bean(name = "certificateAccess")
    public CertificateAccess certificateAccess(Certificates certificates) {
        return new CertificateAccess(certificates);
    }

    @Bean
    public CertificateController certificateController(Certificates certificates, IssuerNames names) {
        return new CertificateController(certificates, names);
    }

    @Bean
    public VerificationController certificateVerificationController(Certificates certificates, IssuerNames names) {
        return new VerificationController(certificates, names);
    }

    /**
     * Adds the verification paths to the service's public paths, whatever the service configured there (a property
     * default would be replaced by the service's own list).
     */
    @Bean
    public static BeanPostProcessor certificatePublicPaths() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DoanketSecurityProperties security) {
                    java.util.List<String> paths = new java.util.ArrayList<>(security.getPublicPaths());
                    for (String path : java.util.List.of(VerificationController.PAGE, VerificationController.API)) {
                        if (!paths.contains(path)) {
                            paths.add(path);
                        }
                    }
                    security.setPublicPaths(paths);
                }
                return bean;
            }
        };
    }
}
