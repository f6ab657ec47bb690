package vn.doanket.certificates.web;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import vn.doanket.certificates.CertificateView;
import vn.doanket.certificates.Certificates;
import vn.doanket.certificates.web.CertificateViews.PublicCertificate;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The public verification of a certificate, <b>without login</b>: what its QR code opens. Shows only what a stranger
 * may see — number, kind, the holder's name masked ({@link vn.doanket.certificates.HolderNames}), issuer, day of issue,
 * valid or revoked (with the day). An unknown number and a wrong or missing signature get the same 404, so numbers
 * cannot be enumerated.
 */
@RestController
public class VerificationController {

    /** Public paths (added to the service's {@code doanket.security.public-paths} by the auto-configuration). */
    public static final String PAGE = "/verify/certificates/**";
    public static final String API = "/api/public/certificates/**";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Certificates certificates;
    private final IssuerNames issuerNames;

    public VerificationController(Certificates certificates, IssuerNames issuerNames) {
        this.certificates = certificates;
        this.issuerNames = issuerNames;
    }

    /**
     * The verification page (HTML, Vietnamese first). A page for browsers, not an API: left out of the OpenAPI
     * description (its JSON twin, {@code /api/public/certificates/{number}}, is described, with problem+json errors).
     */
    @io.swagger.v3.oas.annotations.Hidden
    @jakarta.annotation.security.PermitAll // public: no login, the signature in the link is the only key
    @GetMapping(value = "/verify/certificates/{number}", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> page(@PathVariable String number, @RequestParam(name = "s", required = false) String s) {
        Optional<PublicCertificate> found = verified(number, s);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(found.isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("X-Robots-Tag", "noindex");
        return response.body(found.map(VerificationController::html).orElseGet(VerificationController::notFoundHtml));
    }

    /** The same as JSON; 404 problem {@code certificate-not-found} for an unknown number or a wrong signature. */
    @jakarta.annotation.security.PermitAll // public: no login, the signature in the link is the only key
    @GetMapping("/api/public/certificates/{number}")
    public ResponseEntity<PublicCertificate> json(@PathVariable String number,
                                                  @RequestParam(name = "s", required = false) String s) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(verified(number, s).orElseThrow(CertificateAccess::notFound));
    }

    private Optional<PublicCertificate> verified(String number, String signature) {
        if (number == null || number.length() > 120 || !certificates.verifies(number, signature)) {
            return Optional.empty();
        }
        return certificates.findByNumber(number).map(c -> PublicCertificate.of(c,
                issuerNames.nameOf(c.issuerUnitCode(), c.issuedOn())));
    }

    static String html(PublicCertificate c) {
        boolean valid = CertificateViews.VALID.equals(c.status());
        String status = valid ? "Còn hiệu lực / Valid"
                : "Đã thu hồi / Revoked" + (c.revokedOn() == null ? "" : " — " + DAY.format(c.revokedOn()));
        String issuer = c.issuerUnitName() == null ? c.issuerUnitCode() : c.issuerUnitName() + " (" + c.issuerUnitCode() + ")";
        return layout("Kiểm tra giấy chứng nhận " + c.number(),
                "<h1>Kiểm tra giấy chứng nhận <span class=\"en\">/ Certificate verification</span></h1>"
                        + "<p class=\"status " + (valid ? "valid" : "revoked") + "\" id=\"status\">" + esc(status) + "</p>"
                        + "<dl>"
                        + row("Số", "Number", "number", c.number())
                        + row("Loại", "Kind", "kind", c.kindVi() + " / " + c.kindEn())
                        + row("Người được cấp", "Holder", "holder", c.holderName())
                        + row("Đơn vị cấp", "Issued by", "issuer", issuer)
                        + row("Ngày cấp", "Date of issue", "issued", DAY.format(c.issuedOn()))
                        + "</dl><p class=\"note\">Tên người được cấp được che một phần để bảo vệ thông tin cá nhân. "
                        + "<span class=\"en\">The holder's name is partly hidden to protect personal data.</span></p>");
    }

    static String notFoundHtml() {
        return layout("Không tìm thấy giấy chứng nhận",
                "<h1>Không tìm thấy giấy chứng nhận <span class=\"en\">/ Certificate not found</span></h1>"
                        + "<p class=\"status revoked\" id=\"status\">Không có giấy chứng nhận nào khớp với đường dẫn này. "
                        + "<span class=\"en\">No certificate matches this link.</span></p>");
    }

    private static String row(String vi, String en, String id, String value) {
        return "<dt>" + esc(vi) + " <span class=\"en\">/ " + esc(en) + "</span></dt><dd id=\"" + id + "\">"
                + esc(value) + "</dd>";
    }

    private static String layout(String title, String body) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + esc(title) + "</title><style>"
                + "body{font-family:system-ui,'DejaVu Sans',sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#222}"
                + "h1{font-size:1.4rem;color:#8b1a1a}.en{color:#666;font-weight:normal}"
                + ".status{font-size:1.3rem;font-weight:bold;padding:.6rem 1rem;border-radius:.4rem}"
                + ".valid{background:#e3f5e1;color:#1b5e20}.revoked{background:#fde2e1;color:#b71c1c}"
                + "dt{font-weight:bold;margin-top:.8rem}dd{margin:.2rem 0 0 0;font-size:1.1rem}.note{margin-top:2rem;font-size:.85rem;color:#555}"
                + "</style></head><body>" + body + "<footer class=\"note\">Đoàn Kết — Mặt trận Tổ quốc Việt Nam</footer>"
                + "</body></html>";
    }

    private static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
