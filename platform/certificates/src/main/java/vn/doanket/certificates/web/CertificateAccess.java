package vn.doanket.certificates.web;

import vn.doanket.certificates.Certificates;
import vn.doanket.events.error.DomainException;

/**
 * For {@code @PreAuthorize}: the issuing unit of a certificate, so
 * {@code @scope.require(@certificateAccess.issuerOf(#certificateId))} answers a missing certificate and one outside the
 * caller's scope alike (404 {@code unit-not-found}). Read from the numbering registry, written with the certificate's
 * event, so a certificate is addressable as soon as it is issued. Registered as bean {@code certificateAccess}.
 */
public class CertificateAccess {

    private final Certificates certificates;

    public CertificateAccess(Certificates certificates) {
        this.certificates = certificates;
    }

    /** The issuer, or null for an unknown certificate. */
    public String issuerOf(String certificateId) {
        return certificates.issuerOf(certificateId);
    }

    static DomainException notFound() {
        return DomainException.notFound("certificate-not-found", "Không tìm thấy giấy chứng nhận",
                "No such certificate");
    }
}
