package vn.doanket.certificates;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.doanket.events.UnitCode;
import vn.doanket.events.error.DomainException;

import java.time.LocalDate;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A certificate (giấy chứng nhận, giấy khen): issued once under its number, valid until revoked; revocation is an
 * event and happens once. Issuing the same id again with the same content is a no-op (a redelivered fact), with
 * other content a 409. The holder's name never reaches the aggregate or its events: {@link Certificates#issue}
 * records it in {@code certificate_holders} and refuses another name for the same id there. State changes only in
 * the event-sourcing handlers; the command handlers decide on it.
 */
@Aggregate
public class Certificate {

    static final int MAX_NAME = 200;
    static final int MAX_TITLE = 300;
    static final int MAX_BASIS_ID = 200;
    static final int MAX_REASON = 2_000;
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    static final Pattern BASIS_TYPE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @AggregateIdentifier
    private String certificateId;
    private CertificateIssuedEvent issued;
    private LocalDate revokedOn;

    protected Certificate() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(IssueCertificateCommand command) {
        if (issued != null) {
            if (issued.equals(eventOf(command))) {
                return; // the same certificate again (a redelivered fact): nothing happens
            }
            throw idConflict(issued.certificateId());
        }
        requireValid(command);
        apply(eventOf(command));
    }

    /** The refusal of a certificate id already used by another certificate (409). */
    static DomainException idConflict(String certificateId) {
        return DomainException.conflict("certificate-id-conflict",
                "Mã giấy chứng nhận " + certificateId + " đã được dùng cho một giấy chứng nhận khác",
                "Certificate id " + certificateId + " is already used by another certificate");
    }

    /**
     * The event an issue command records (texts stripped, a blank person id as none). No holder's name: it is
     * recorded and compared by {@link Certificates#issue} in {@code certificate_holders}.
     */
    private static CertificateIssuedEvent eventOf(IssueCertificateCommand c) {
        return new CertificateIssuedEvent(c.certificateId(), c.number(), c.issuerUnitCode(), c.kind(),
                blankToNull(c.holderPersonId()), strip(c.title()), c.basisType(), strip(c.basisId()), c.issuedOn());
    }

    @CommandHandler
    public void handle(RevokeCertificateCommand command) {
        if (revokedOn != null) {
            throw DomainException.conflict("already-revoked",
                    "Giấy chứng nhận " + issued.number() + " đã bị thu hồi ngày " + revokedOn,
                    "Certificate " + issued.number() + " was already revoked on " + revokedOn);
        }
        if (command.reason() == null || command.reason().isBlank() || command.reason().strip().length() > MAX_REASON) {
            throw DomainException.rule("reason-required", "Phải nêu lý do thu hồi (tối đa 2000 ký tự)",
                    "A reason for the revocation is required (at most 2000 characters)");
        }
        if (command.revokedOn() == null) {
            throw DomainException.invalid("missing-date", "Thiếu ngày thu hồi", "The day of revocation is missing");
        }
        if (command.revokedOn().isBefore(issued.issuedOn())) {
            throw DomainException.rule("before-issue",
                    "Ngày thu hồi (" + command.revokedOn() + ") không được trước ngày cấp (" + issued.issuedOn() + ")",
                    "A certificate cannot be revoked (" + command.revokedOn() + ") before it was issued ("
                            + issued.issuedOn() + ")");
        }
        apply(new CertificateRevokedEvent(certificateId, issued.number(), issued.issuerUnitCode(),
                command.reason().strip(), command.revokedOn()));
    }

    @EventSourcingHandler
    void on(CertificateIssuedEvent event) {
        certificateId = event.certificateId();
        issued = event;
    }

    @EventSourcingHandler
    void on(CertificateRevokedEvent event) {
        revokedOn = event.revokedOn();
    }

    // ------------------------------------------------------------------ checks

    /** The number a certificate of {@code issuer} gets as the {@code serial}-th of {@code year}. */
    public static String number(String issuer, int year, long serial) {
        return issuer + "-" + year + "-" + String.format(java.util.Locale.ROOT, "%06d", serial);
    }

    /**
     * Refuses a request that no certificate can be issued from (400), before anything is allocated: the holder's name
     * (checked only here, as it never reaches the aggregate) and everything the command carries.
     */
    static void requireValid(CertificateRequest request) {
        requireWho(request.certificateId(), request.issuerUnitCode(), request.kind());
        requireText(request.holderName(), MAX_NAME, "invalid-holder-name", "Họ tên người được cấp", "The holder's name");
        requireWhat(request.holderPersonId(), request.title(), request.basisType(), request.basisId(),
                request.issuedOn());
    }

    private static void requireValid(IssueCertificateCommand c) {
        requireWho(c.certificateId(), c.issuerUnitCode(), c.kind());
        requireWhat(c.holderPersonId(), c.title(), c.basisType(), c.basisId(), c.issuedOn());
        String prefix = c.issuerUnitCode() + "-" + c.issuedOn().getYear() + "-";
        if (c.number() == null || !c.number().startsWith(prefix)
                || !c.number().substring(prefix.length()).matches("\\d{6,9}")) {
            throw DomainException.invalid("invalid-certificate-number",
                    "Số giấy chứng nhận phải có dạng <đơn vị>-<năm cấp>-<6 chữ số>",
                    "The certificate number must read <issuer>-<year of issue>-<6 digits>");
        }
    }

    private static void requireWho(String certificateId, String issuer, CertificateKind kind) {
        if (certificateId == null || !ID.matcher(certificateId).matches()) {
            throw DomainException.invalid("invalid-certificate-id", "Mã giấy chứng nhận không hợp lệ",
                    "Invalid certificate id");
        }
        if (issuer == null || !UnitCode.isValid(issuer)) {
            throw DomainException.invalid("invalid-issuer", "Mã đơn vị cấp không hợp lệ", "Invalid issuer unit code");
        }
        if (kind == null) {
            throw DomainException.invalid("missing-kind", "Thiếu loại giấy chứng nhận", "The kind is missing");
        }
    }

    private static void requireWhat(String holderPersonId, String title, String basisType, String basisId,
                                    LocalDate issuedOn) {
        if (holderPersonId != null && !holderPersonId.isBlank() && !ID.matcher(holderPersonId).matches()) {
            throw DomainException.invalid("invalid-holder-person-id", "Mã người được cấp không hợp lệ",
                    "Invalid holder person id");
        }
        requireText(title, MAX_TITLE, "invalid-title", "Nội dung chứng nhận", "The title");
        if (basisType == null || !BASIS_TYPE.matcher(basisType).matches()) {
            throw DomainException.invalid("invalid-basis", "Căn cứ cấp không hợp lệ", "Invalid basis type");
        }
        requireText(basisId, MAX_BASIS_ID, "invalid-basis", "Mã căn cứ cấp", "The basis id");
        if (issuedOn == null) {
            throw DomainException.invalid("missing-date", "Thiếu ngày cấp", "The day of issue is missing");
        }
    }

    private static void requireText(String text, int max, String code, String vi, String en) {
        if (text == null || text.isBlank() || text.strip().length() > max
                || text.codePoints().anyMatch(cp -> Character.isISOControl(cp))) {
            throw DomainException.invalid(code, vi + " phải có từ 1 đến " + max + " ký tự",
                    en + " must have 1 to " + max + " characters");
        }
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    String certificateId() {
        return certificateId;
    }

    boolean revoked() {
        return revokedOn != null;
    }
}
