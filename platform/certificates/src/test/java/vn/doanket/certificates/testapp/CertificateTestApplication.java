package vn.doanket.certificates.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The smallest service that uses the certificates library: a {@link Training} aggregate whose completion is the
 * verified fact a certificate is issued from ({@link TrainingCertificates}). Everything certificate-related comes from
 * the library's auto-configuration.
 */
@SpringBootApplication
public class CertificateTestApplication {
}
