package vn.doanket.certificates;

import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.doanket.axon.CommandSender;
import vn.doanket.axon.DoanketAxonAutoConfiguration;
import vn.doanket.events.Actor;
import vn.doanket.events.error.DomainException;
import vn.doanket.security.Callers;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a service calls to issue and revoke certificates. Call {@link #issue} <b>only from the handler of a verified
 * fact</b> (an {@code @EventHandler} of e.g. {@code TraineeCompletedEvent} or {@code PrizeAwardedEvent}), with a
 * certificate id derived from that fact, so a redelivered or replayed fact issues nothing twice.
 * <p>
 * The number ({@code <ISSUER>-<YEAR>-<6 digits>}, e.g. {@code 26560-2026-000001}) is allocated in the same
 * transaction as the certificate's event is stored (the caller's, when there is one — an event processor's or a
 * use case's; otherwise one of its own): gap-free per issuer and year, consecutive under concurrent issuing.
 * The actor recorded is the signed-in caller, else the actor of the message being handled, else {@link Actor#SYSTEM}.
 */
public class Certificates {

    private final CommandSender commands;
    private final CertificateNumbers numbers;
    private final CertificateHolders holders;
    private final CertificateProjection queries;
    private final CertificateSignatures signatures;
    private final CertificatesProperties properties;
    private final Clock clock;
    private final Supplier<String> fallbackBaseUrl;

    /**
     * @param fallbackBaseUrl the service's local address, asked when a link is made outside a request and no public
     *                        base URL is configured
     */
    public Certificates(CommandSender commands, CertificateNumbers numbers, CertificateHolders holders,
                        CertificateProjection queries, CertificateSignatures signatures,
                        CertificatesProperties properties, Clock clock, Supplier<String> fallbackBaseUrl) {
        this.commands = commands;
        this.numbers = numbers;
        this.holders = holders;
        this.queries = queries;
        this.signatures = signatures;
        this.properties = properties;
        this.clock = clock;
        this.fallbackBaseUrl = fallbackBaseUrl;
    }

    /**
     * Issues a certificate (idempotent by certificate id: the same request again returns the same number and stores
     * nothing; the same id with other content — another holder's name included — is refused, 409
     * {@code certificate-id-conflict}). An invalid request is refused (400) before anything is allocated or written.
     * <p>
     * The holder's name is recorded in {@code certificate_holders} ({@link CertificateHolders}) with the number, in the
     * transaction that stores the event; the event itself carries no name.
     *
     * @return the certificate's number
     */
    public String issue(CertificateRequest request) {
        Certificate.requireValid(request);
        String holderName = request.holderName().strip();
        return commands.atomically(() -> {
            CertificateNumbers.Allocation allocation = numbers.allocate(request.certificateId(),
                    request.issuerUnitCode(), request.issuedOn().getYear());
            if (!allocation.isNew()) {
                // issued before: the name must be the one recorded (the aggregate compares everything else)
                Optional<String> recorded = holders.nameOf(request.certificateId());
                if (recorded.isPresent() && !recorded.get().equals(holderName)) {
                    throw Certificate.idConflict(request.certificateId());
                }
            }
            // a new certificate's name; for one issued before, only when none was recorded (cannot happen after the
            // migration that copied the names of the events stored with one)
            holders.record(request.certificateId(), holderName);
            commands.send(new IssueCertificateCommand(request.certificateId(), allocation.number(),
                    request.issuerUnitCode(), request.kind(), request.holderPersonId(), request.title(),
                    request.basisType(), request.basisId(), request.issuedOn()), actor());
            return allocation.number();
        });
    }

    /**
     * Revokes a certificate: 404 for an unknown id, 409 {@code already-revoked} the second time, 422 without a reason,
     * for a day after today ({@code date-in-future}) or before the day of issue ({@code before-issue}).
     */
    public void revoke(String certificateId, String reason, LocalDate revokedOn) {
        if (certificateId == null || numbers.find(certificateId).isEmpty()) {
            throw notFound();
        }
        if (revokedOn != null && revokedOn.isAfter(today())) {
            throw DomainException.rule("date-in-future", "Ngày thu hồi không được ở tương lai",
                    "The day of revocation cannot be in the future");
        }
        commands.send(new RevokeCertificateCommand(certificateId, reason, revokedOn), actor());
    }

    /** A certificate as its events say (the query table: follows the events within moments). */
    public Optional<CertificateView> find(String certificateId) {
        return queries.byId(certificateId);
    }

    /** A certificate by number (the query table). */
    public Optional<CertificateView> findByNumber(String number) {
        return queries.byNumber(number);
    }

    /** The issuing unit of a certificate id, at once after it was issued (null for an unknown id). */
    public String issuerOf(String certificateId) {
        return certificateId == null ? null
                : numbers.find(certificateId).map(CertificateNumbers.Allocation::issuerUnitCode).orElse(null);
    }

    /** The number of a certificate id, at once after it was issued. */
    public Optional<String> numberOf(String certificateId) {
        return certificateId == null ? Optional.empty()
                : numbers.find(certificateId).map(CertificateNumbers.Allocation::number);
    }

    /** The signature {@code s} of a number's verification link. */
    public String signature(String number) {
        return signatures.sign(number);
    }

    /** Whether {@code signature} is the signature of {@code number}. */
    public boolean verifies(String number, String signature) {
        return signatures.verify(number, signature);
    }

    /**
     * The public verification URL of a number: {@code <base>/verify/certificates/<number>?s=<signature>}, the base
     * being {@code doanket.certificates.public-base-url}, else the URL the current request reached the service at,
     * else the service's local address.
     */
    public String verificationUrl(String number) {
        return baseUrl() + "/verify/certificates/" + URLEncoder.encode(number, StandardCharsets.UTF_8) + "?s="
                + signatures.sign(number);
    }

    /** Today in Vietnam. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private String baseUrl() {
        String configured = properties.getPublicBaseUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        if (RequestContextHolder.getRequestAttributes() != null) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        }
        return fallbackBaseUrl.get();
    }

    /** The one answer for a certificate that does not exist or is outside the caller's scope. */
    static DomainException notFound() {
        return DomainException.notFound("certificate-not-found", "Không tìm thấy giấy chứng nhận",
                "No such certificate");
    }

    /** The signed-in caller; else the actor of the message being handled (a verified fact); else the system. */
    static Actor actor() {
        Optional<Actor> caller = Callers.current().map(c -> c.actor());
        if (caller.isPresent()) {
            return caller.get();
        }
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().getMessage() != null) {
            MetaData metaData = CurrentUnitOfWork.get().getMessage().getMetaData();
            Object id = metaData.get(DoanketAxonAutoConfiguration.ACTOR_ID);
            Object role = metaData.get(DoanketAxonAutoConfiguration.ACTOR_ROLE);
            if (id != null && role != null) {
                return new Actor(id.toString(), role.toString());
            }
        }
        return Actor.SYSTEM;
    }
}
