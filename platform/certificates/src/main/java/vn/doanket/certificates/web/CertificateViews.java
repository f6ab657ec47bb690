package vn.doanket.certificates.web;

import vn.doanket.certificates.CertificateView;
import vn.doanket.certificates.HolderNames;

import java.time.LocalDate;

/** What the certificate endpoints answer. */
public final class CertificateViews {

    private CertificateViews() {
    }

    static final String VALID = "VALID";
    static final String REVOKED = "REVOKED";

    /**
     * What a stranger may see (public verification): no full name, no person id, no title, no basis.
     *
     * @param number         the certificate number
     * @param kind           its kind
     * @param kindVi         the kind in Vietnamese
     * @param kindEn         the kind in English
     * @param holderName     the holder's name, masked ({@link HolderNames})
     * @param issuerUnitCode the issuing unit
     * @param issuerUnitName its name on the day of issue, or null when unknown
     * @param issuedOn       the day of issue
     * @param status         {@code VALID} or {@code REVOKED}
     * @param statusVi       Còn hiệu lực / Đã thu hồi
     * @param statusEn       Valid / Revoked
     * @param revokedOn      the day of revocation, or null
     */
    public record PublicCertificate(String number, String kind, String kindVi, String kindEn, String holderName,
                                    String issuerUnitCode, String issuerUnitName, LocalDate issuedOn, String status,
                                    String statusVi, String statusEn, LocalDate revokedOn) {

        static PublicCertificate of(CertificateView c, String issuerName) {
            return new PublicCertificate(c.number(), c.kind().name(), c.kind().labelVi(), c.kind().labelEn(),
                    HolderNames.mask(c.holderName()), c.issuerUnitCode(), issuerName, c.issuedOn(),
                    c.revoked() ? REVOKED : VALID, c.revoked() ? "Đã thu hồi" : "Còn hiệu lực",
                    c.revoked() ? "Revoked" : "Valid", c.revokedOn());
        }
    }

    /**
     * The whole certificate, for readers within the issuer's scope.
     *
     * @param certificateId    its id
     * @param number           its number
     * @param kind             its kind
     * @param kindVi           the kind in Vietnamese
     * @param kindEn           the kind in English
     * @param holderName       the holder's full name
     * @param holderPersonId   the holder's membership person id, or null
     * @param title            what is certified
     * @param basisType        the kind of verified fact
     * @param basisId          that fact's id
     * @param issuerUnitCode   the issuing unit
     * @param issuerUnitName   its name on the day of issue, or null
     * @param issuedOn         the day of issue
     * @param status           {@code VALID} or {@code REVOKED}
     * @param revokedOn        the day of revocation, or null
     * @param revocationReason why, or null
     * @param verificationUrl  the public verification link (what the QR code says)
     */
    public record CertificateDetails(String certificateId, String number, String kind, String kindVi, String kindEn,
                                     String holderName, String holderPersonId, String title, String basisType,
                                     String basisId, String issuerUnitCode, String issuerUnitName, LocalDate issuedOn,
                                     String status, LocalDate revokedOn, String revocationReason,
                                     String verificationUrl) {

        static CertificateDetails of(CertificateView c, String issuerName, String url) {
            return new CertificateDetails(c.certificateId(), c.number(), c.kind().name(), c.kind().labelVi(),
                    c.kind().labelEn(), c.holderName(), c.holderPersonId(), c.title(), c.basisType(), c.basisId(),
                    c.issuerUnitCode(), issuerName, c.issuedOn(), c.revoked() ? REVOKED : VALID, c.revokedOn(),
                    c.revocationReason(), url);
        }

        @Override
        public String toString() {
            return "CertificateDetails[certificateId=" + certificateId + ", number=" + number + ", holder's name hidden]";
        }
    }

    /**
     * A revocation.
     *
     * @param reason    why (required, at most 2,000 characters)
     * @param revokedOn the day (today when absent)
     */
    public record RevokeRequest(
            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 2000) String reason,
            LocalDate revokedOn) {
    }

    /**
     * The answer to a revocation.
     *
     * @param certificateId the certificate
     * @param number        its number
     * @param status        {@code REVOKED}
     * @param revokedOn     the day
     */
    public record Revoked(String certificateId, String number, String status, LocalDate revokedOn) {
    }
}
