package vn.doanket.feedback.audit;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.audit.Checkpoint;
import vn.doanket.audit.Checkpointer;
import vn.doanket.events.error.DomainException;
import vn.doanket.reports.HeaderLanguage;
import vn.doanket.reports.ReportDocument;
import vn.doanket.reports.ReportFormat;
import vn.doanket.reports.ReportWriter;
import vn.doanket.security.RoleGroups;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The audit trail of petitions: a petition's timeline (JSON, CSV, PDF, XLSX) and {@code verify} for
 * a petition or for every petition of a unit. Authorised by role and by the caller's territorial
 * scope over the petition's unit (an unknown petition or one outside the scope: 404
 * {@code unit-not-found}).
 */
@RestController
public class PetitionAuditController {

    static final String TIMELINE = RoleGroups.TIMELINE_READERS;
    static final String VERIFY = RoleGroups.VERIFIERS;
    static final String PETITION_IN_SCOPE = " and @scope.require(@petitionAccess.unitOf(#id))";

    private final PetitionTimeline timeline;
    private final PetitionVerification verification;
    private final Checkpointer checkpointer;

    public PetitionAuditController(PetitionTimeline timeline, PetitionVerification verification, Checkpointer checkpointer) {
        this.timeline = timeline;
        this.verification = verification;
        this.checkpointer = checkpointer;
    }

    /**
     * Signs a checkpoint of every petition's chain head now (besides the periodic ones): national
     * auditors and administrators, since a checkpoint covers the whole service.
     */
    @PostMapping("/api/audit/checkpoints")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(RoleGroups.AUDITORS + " and @scope.require('VN')")
    public Checkpoint checkpoint() {
        return checkpointer.checkpointNow();
    }

    /** The petition's steps from its events: who, role, unit, when, what changed, why. */
    @GetMapping("/api/petitions/{id}/timeline")
    @PreAuthorize(TIMELINE + PETITION_IN_SCOPE)
    public ResponseEntity<?> timeline(@PathVariable String id, @RequestParam(defaultValue = "json") String format,
                                      @RequestParam(defaultValue = "vi") String lang) {
        HeaderLanguage language = language(lang);
        String wanted = format.strip().toLowerCase(Locale.ROOT);
        ReportFormat reportFormat = wanted.equals("json") ? null
                : exportFormat(wanted, List.of(ReportFormat.CSV, ReportFormat.PDF, ReportFormat.XLSX));
        List<PetitionTimeline.Entry> entries = timeline.of(id);
        PetitionVerification.Result check = verification.petition(id);
        if (reportFormat == null) {
            List<vn.doanket.audit.Finding> findings = new java.util.ArrayList<>(check.integrity().findings());
            findings.addAll(check.completeness().findings());
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new TimelineView(id,
                    check.integrity().ok(), check.completeness().ok(), findings, entries));
        }
        ReportDocument document = new ReportDocument("Dòng thời gian xử lý ý kiến, kiến nghị",
                "Petition handling timeline", List.of("Mã ý kiến (petition): " + id,
                "Kiểm tra toàn vẹn (integrity): " + check.integrity().labelVi() + " / " + check.integrity().labelEn()
                        + "; đầy đủ (completeness): " + check.completeness().labelVi() + " / " + check.completeness().labelEn()),
                List.of(PetitionTimeline.table(id, entries)));
        return file(ReportWriter.write(document, reportFormat, language), reportFormat, "timeline-" + id);
    }

    /** Integrity and completeness of one petition's events, and the validity of the signed checkpoints. */
    @GetMapping("/api/petitions/{id}/verify")
    @PreAuthorize(VERIFY + PETITION_IN_SCOPE)
    public PetitionVerification.Result verifyPetition(@PathVariable String id) {
        return verification.petition(id);
    }

    /** The same for every petition concerning the unit or a unit below it. */
    @GetMapping("/api/units/{unit}/petitions/verify")
    @PreAuthorize(VERIFY + " and @scope.require(#unit)")
    public PetitionVerification.Result verifyUnit(@PathVariable String unit) {
        return verification.unit(unit);
    }

    /**
     * A timeline in JSON, with the verdict of {@code verify} on the events it is built from.
     *
     * @param petitionId the petition
     * @param intact no event was edited, reordered, deleted or inserted
     * @param complete no event is missing at the end
     * @param findings what verify found (sequence numbers name the entries concerned)
     * @param entries its steps
     */
    public record TimelineView(String petitionId, boolean intact, boolean complete, List<vn.doanket.audit.Finding> findings,
                               List<PetitionTimeline.Entry> entries) {
    }

    static HeaderLanguage language(String lang) {
        try {
            return HeaderLanguage.parse(lang);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("invalid-language", "Ngôn ngữ phải là vi, en hoặc both",
                    "The language must be vi, en or both");
        }
    }

    static ReportFormat exportFormat(String format, List<ReportFormat> allowed) {
        try {
            ReportFormat parsed = ReportFormat.parse(format);
            if (allowed.contains(parsed)) {
                return parsed;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        String names = "json, " + String.join(", ", allowed.stream().map(ReportFormat::extension).toList());
        throw DomainException.invalid("invalid-format", "Định dạng phải là một trong: " + names,
                "The format must be one of: " + names);
    }

    static ResponseEntity<byte[]> file(byte[] bytes, ReportFormat format, String stem) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ReportWriter.fileName(stem, format), StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}
