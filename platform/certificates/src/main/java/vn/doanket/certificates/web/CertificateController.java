package vn.doanket.certificates.web;

import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.certificates.CertificatePdf;
import vn.doanket.certificates.CertificateView;
import vn.doanket.certificates.Certificates;
import vn.doanket.certificates.web.CertificateViews.CertificateDetails;
import vn.doanket.certificates.web.CertificateViews.RevokeRequest;
import vn.doanket.certificates.web.CertificateViews.Revoked;
import vn.doanket.security.RoleGroups;

import java.time.LocalDate;

/**
 * Certificates for signed-in users, within the issuing unit's territory: read one, download its PDF, revoke it. A
 * certificate outside the caller's scope, or one that does not exist, is a 404 ({@code unit-not-found}).
 */
@RestController
public class CertificateController {

    /** The certificate's issuer in the caller's scope. */
    static final String IN_SCOPE = " and @scope.require(@certificateAccess.issuerOf(#certificateId))";

    private final Certificates certificates;
    private final IssuerNames issuerNames;

    public CertificateController(Certificates certificates, IssuerNames issuerNames) {
        this.certificates = certificates;
        this.issuerNames = issuerNames;
    }

    @GetMapping("/api/certificates/{certificateId}")
    @PreAuthorize(RoleGroups.READERS + IN_SCOPE)
    public CertificateDetails certificate(@PathVariable String certificateId) {
        CertificateView c = load(certificateId);
        return CertificateDetails.of(c, issuerNames.nameOf(c.issuerUnitCode(), c.issuedOn()),
                certificates.verificationUrl(c.number()));
    }

    @GetMapping(value = "/api/certificates/{certificateId}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(RoleGroups.READERS + IN_SCOPE)
    public ResponseEntity<byte[]> pdf(@PathVariable String certificateId) {
        CertificateView c = load(certificateId);
        byte[] pdf = CertificatePdf.render(c, issuerNames.nameOf(c.issuerUnitCode(), c.issuedOn()),
                certificates.verificationUrl(c.number()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("giay-chung-nhan-" + c.number() + ".pdf").build().toString())
                .body(pdf);
    }

    @PostMapping("/api/certificates/{certificateId}/revoke")
    @PreAuthorize(RoleGroups.RECORDERS + IN_SCOPE)
    public Revoked revoke(@PathVariable String certificateId, @Valid @RequestBody RevokeRequest request) {
        LocalDate day = request.revokedOn() == null ? certificates.today() : request.revokedOn();
        certificates.revoke(certificateId, request.reason(), day);
        return new Revoked(certificateId, certificates.numberOf(certificateId).orElse(null), CertificateViews.REVOKED, day);
    }

    private CertificateView load(String certificateId) {
        // numbered but not yet in the query table (it follows the events within moments): not found yet
        return certificates.find(certificateId).orElseThrow(CertificateAccess::notFound);
    }
}
