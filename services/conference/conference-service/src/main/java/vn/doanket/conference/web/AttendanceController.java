package vn.doanket.conference.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.doanket.conference.api.CheckInMethod;
import vn.doanket.conference.api.Outcome;
import vn.doanket.conference.command.CheckInCodes;
import vn.doanket.conference.command.CheckInList;
import vn.doanket.conference.command.ConferenceService;
import vn.doanket.conference.query.ConferenceQueries;
import vn.doanket.conference.web.ConferenceRequests.*;
import vn.doanket.conference.web.ConferenceViews.*;
import vn.doanket.events.error.DomainException;
import vn.doanket.security.Callers;
import vn.doanket.security.RoleGroups;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import static vn.doanket.conference.web.ConferenceAccess.CONFERENCE_IN_SCOPE;
import static vn.doanket.conference.web.ConferenceAccess.RECORD;

/**
 * Invitations, registration and verified attendance: each invitation carries a signed single-use check-in code
 * (shown to the organiser, and as a QR code); attendees check in by code, by scanning it, or through a list the
 * organiser uploads (CSV/XLSX, refused rows reported with their row number and reason); walk-ins are registered at
 * the door. A forged code is refused as invalid, a reused one as already used.
 */
@RestController
@Validated
public class AttendanceController {

    static final long MAX_LIST_BYTES = 2L * 1024 * 1024;
    static final int QR_SIZE = 320;

    private final ConferenceService conferences;
    private final ConferenceQueries queries;
    private final CheckInCodes codes;

    public AttendanceController(ConferenceService conferences, ConferenceQueries queries, CheckInCodes codes) {
        this.conferences = conferences;
        this.queries = queries;
        this.codes = codes;
    }

    /** Sends invitations (201 when any was new, 200 when all were sent before with the same content). */
    @PostMapping("/api/conferences/{id}/invitations")
    @PreAuthorize(RECORD + CONFERENCE_IN_SCOPE)
    public ResponseEntity<Sent> invite(@PathVariable String id, @Valid @RequestBody InvitationsRequest request) {
        ConferenceService.Sent sent = conferences.sendInvitations(id, request.invitations().stream()
                .map(i -> new ConferenceService.InvitationRequest(i.invitationId(), i.inviteeKind(), i.inviteeRef(),
                        i.inviteeUnitCode(), i.displayName())).toList(), Callers.require().actor());
        return Created.answer(sent.sent() > 0 ? Outcome.CREATED : Outcome.UNCHANGED,
                new Sent(id, sent.sent(), sent.unchanged()));
    }

    /** The invitations of a conference, in Vietnamese order of the invitee (no codes). */
    @GetMapping("/api/conferences/{id}/invitations")
    @PreAuthorize(RoleGroups.READERS + CONFERENCE_IN_SCOPE)
    public Page invitations(@PathVariable String id, @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        ConferenceQueries.Page result = queries.invitations(id, page, size);
        return new Page(page, size, result.total(), ConferenceViews.labelled(result.items()));
    }

    /**
     * One invitation with its check-in code, for the organiser to print or send (the code at once; the invitation's
     * details, {@code invitation}, once the query model has it — null for a moment after sending).
     */
    @GetMapping("/api/conferences/{id}/invitations/{invitationId}")
    @PreAuthorize(RECORD + CONFERENCE_IN_SCOPE)
    public InvitationView invitation(@PathVariable String id, @PathVariable String invitationId) {
        boolean walkIn = conferences.isWalkIn(id, invitationId);
        Map<String, Object> row = queries.invitation(id, invitationId).map(ConferenceViews::labelled).orElse(null);
        return new InvitationView(id, invitationId, row, walkIn ? null : codes.codeFor(id, invitationId));
    }

    /** The invitation's check-in code as a QR code (PNG), to print on the invitation and scan at the door. */
    @GetMapping(value = "/api/conferences/{id}/invitations/{invitationId}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @PreAuthorize(RECORD + CONFERENCE_IN_SCOPE)
    public ResponseEntity<byte[]> qr(@PathVariable String id, @PathVariable String invitationId) {
        conferences.requireInvitationWithCode(id, invitationId);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(png(codes.codeFor(id, invitationId)));
    }

    /** Records an invitee's answer (registration): accepted or declined. */
    @PostMapping("/api/conferences/{id}/invitations/{invitationId}/response")
    @PreAuthorize(RECORD + CONFERENCE_IN_SCOPE)
    public Accepted respond(@PathVariable String id, @PathVariable String invitationId,
                            @Valid @RequestBody ResponseRequest request) {
        conferences.respond(id, invitationId, request.response(), Callers.require().actor());
        return new Accepted(invitationId, request.response().name());
    }

    /** Checks an attendee in by the code typed in ({@code CODE}, the default) or scanned from the QR code ({@code SCAN}). */
    @PostMapping("/api/conferences/{id}/check-ins")
    @PreAuthorize(RECORD + CONFERENCE_IN_SCOPE)
    public CheckedIn checkIn(@PathVariable String id, @Valid @RequestBody CheckInRequest request) {
        ConferenceService.CheckInResult result = conferences.checkIn(id, request.code(),
                request.method() == null ? CheckInMethod.CODE : request.method(), Callers.require().actor());
        return new CheckedIn(id, result.invitationId(), result.inviteeKind().name(), result.inviteeUnitCode(),
                result.attendees());
    }

    /**
     * Checks in every code of an uploaded list (multipart part {@code file}: CSV or XLSX with a column
     * {@value CheckInList#CODE_COLUMN}) — attended on {@code checkedInOn} (today when absent; a list is often entered
     * afterwards); answers how many were checked in and every refused row with its reason.
     */
    @PostMapping("/api/conferences/{id}/check-in-lists")
    @PreAuthorize(RECORD + CONFERENCE_IN_SCOPE)
    public ConferenceService.ListResult checkInList(@PathVariable String id,
                                                    @RequestParam(value = "file", required = false) MultipartFile file,
                                                    @RequestParam(required = false) java.time.LocalDate checkedInOn)
            throws IOException {
        if (file == null) {
            throw DomainException.invalid("missing-file", "Thiếu tệp danh sách (trường “file”, multipart/form-data)",
                    "The list file is missing (part “file”, multipart/form-data)");
        }
        if (file.isEmpty() || file.getSize() > MAX_LIST_BYTES) {
            throw DomainException.invalid("check-in-list-size", "Tệp trống hoặc lớn hơn 2 MB",
                    "The file is empty or larger than 2 MB");
        }
        conferences.organiserOf(id);
        return conferences.checkInList(id, CheckInList.parse(file.getOriginalFilename(), file.getBytes()),
                checkedInOn != null ? checkedInOn : conferences.today(), Callers.require().actor());
    }

    /** Registers a walk-in at the door and checks them in (201; the same walk-in again: 200, nothing twice). */
    @PostMapping("/api/conferences/{id}/walk-ins")
    @PreAuthorize(RECORD + CONFERENCE_IN_SCOPE)
    public ResponseEntity<Recorded> walkIn(@PathVariable String id, @Valid @RequestBody WalkInRequest request) {
        Outcome outcome = conferences.walkIn(id, new ConferenceService.WalkInRequest(request.walkInId(),
                request.inviteeKind(), request.inviteeRef(), request.inviteeUnitCode(), request.displayName()),
                Callers.require().actor());
        return Created.answer(outcome, new Recorded(request.walkInId(), outcome.name()));
    }

    static byte[] png(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, QR_SIZE, QR_SIZE,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException | IOException e) {
            throw new UncheckedIOException(new IOException("QR code could not be drawn", e));
        }
    }
}
