package vn.doanket.feedback.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.bson.Document;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.axon.CommandSender;
import vn.doanket.events.error.DomainException;
import vn.doanket.feedback.api.*;
import vn.doanket.feedback.command.PetitionRegistry;
import vn.doanket.feedback.command.PetitionService;
import vn.doanket.feedback.query.PetitionQueries;
import vn.doanket.feedback.web.PetitionRequests.*;
import vn.doanket.feedback.web.PetitionViews.*;
import vn.doanket.security.Caller;
import vn.doanket.security.Callers;
import vn.doanket.security.RoleGroups;
import vn.doanket.security.TerritorialScope;
import vn.doanket.security.personaldata.PersonalDataContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Petitions (ý kiến, kiến nghị, phản ánh) from intake to closure. Every route is authorised by role and by
 * the caller's territorial scope over the unit the petition concerns (a petition outside it, or one that
 * does not exist, is a 404 {@code unit-not-found}).
 */
@RestController
@Validated
public class PetitionController {

    static final String INTAKE = RoleGroups.PETITION_INTAKE;
    static final String HANDLE = RoleGroups.PETITION_HANDLERS;
    static final String READ = RoleGroups.PETITION_READERS;
    /** The petition's unit in the caller's scope (a pre-2025 unit through its lineage to today's map). */
    static final String IN_SCOPE = " and @scope.require(@petitionAccess.unitOf(#id), null)";

    private final CommandSender commands;
    private final PetitionService petitions;
    private final PetitionQueries queries;
    private final PetitionRegistry registry;
    private final TerritorialScope scope;
    private final Clock clock;

    public PetitionController(CommandSender commands, PetitionService petitions, PetitionQueries queries,
                              PetitionRegistry registry, TerritorialScope scope, Clock clock) {
        this.commands = commands;
        this.petitions = petitions;
        this.queries = queries;
        this.registry = registry;
        this.scope = scope;
        this.clock = clock;
    }

    /** Intake from any channel, entered by an officer on a citizen's behalf. */
    @PostMapping("/api/petitions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(INTAKE + " and @scope.require(#request.unitCode, #request.receivedOn)")
    public Received receive(@Valid @RequestBody IntakeRequest request) {
        if (request.channel() == Channel.CONFERENCE_OPINION) {
            throw DomainException.rule("use-conference-endpoint",
                    "Ý kiến tại hội nghị được tiếp nhận qua /api/conference-opinions/petitions",
                    "Conference opinions are received at /api/conference-opinions/petitions");
        }
        if (request.channel() == Channel.CONFERENCE) {
            throw DomainException.rule("conference-events-only",
                    "Ý kiến tại hội nghị đối thoại được tiếp nhận từ dịch vụ hội nghị",
                    "Opinions raised at dialogue conferences are received from the conference service");
        }
        return intake(request.unitCode(), request.channel(), request.topic(), request.subject(), request.content(),
                request.anonymous(), request.petitioner(), request.attachments(), null, request.receivedOn());
    }

    /**
     * A petition that originates from a conference opinion (hội nghị, tiếp xúc cử tri): the conference service
     * calls this with the conference's provenance, which the petition keeps.
     */
    @PostMapping("/api/conference-opinions/petitions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(RoleGroups.PETITION_RECORDERS + " and @scope.require(#request.unitCode)")
    public Received receiveConferenceOpinion(@Valid @RequestBody ConferenceOpinionRequest request) {
        return intake(request.unitCode(), Channel.CONFERENCE_OPINION, request.topic(), request.subject(),
                request.content(), request.anonymous(), request.petitioner(), request.attachments(),
                request.conference().provenance(request.unitCode()), null);
    }

    private Received intake(String unitCode, Channel channel, String topic, String subject, String content,
                            boolean anonymous, PetitionerRequest petitioner, List<AttachmentRequest> attachments,
                            ConferenceProvenance conference, LocalDate receivedOn) {
        Caller caller = Callers.require();
        ReceivePetitionCommand sent = petitions.receive(new ReceivePetitionCommand(null, unitCode, channel, topic,
                subject, content, anonymous, petitioner == null ? null : petitioner.identity(), caller.userId(),
                receivedOn, attachments == null ? List.of() : attachments.stream().map(AttachmentRequest::attachment)
                .toList(), conference, null, caller.scopeUnit()), caller.actor());
        return new Received(sent.petitionId(), unitCode, PetitionStatus.RECEIVED.name(), sent.receivedOn().toString());
    }

    @PostMapping("/api/petitions/{id}/classification")
    @PreAuthorize(HANDLE + IN_SCOPE)
    public Accepted classify(@PathVariable String id, @Valid @RequestBody ClassifyRequest request) {
        Caller caller = Callers.require();
        String handler = request.handlerUserId() != null ? request.handlerUserId()
                : caller.has(vn.doanket.security.Role.PETITION_HANDLER) ? caller.userId() : null;
        commands.send(new ClassifyPetitionCommand(id, request.topic(), request.level(), handler, request.note(),
                caller.scopeUnit()), caller.actor());
        return new Accepted(id, PetitionStatus.CLASSIFIED.name());
    }

    @PostMapping("/api/petitions/{id}/forwarding")
    @PreAuthorize(HANDLE + IN_SCOPE)
    public Accepted forward(@PathVariable String id, @Valid @RequestBody ForwardRequest request) {
        Caller caller = Callers.require();
        petitions.forward(id, request.bodyId(), request.workingDays(), request.forwardedOn(), request.note(),
                caller.scopeUnit(), caller.actor());
        return new Accepted(id, PetitionStatus.FORWARDED.name());
    }

    @PostMapping("/api/petitions/{id}/answer")
    @PreAuthorize(HANDLE + IN_SCOPE)
    public Accepted answer(@PathVariable String id, @Valid @RequestBody AnswerRequest request) {
        Caller caller = Callers.require();
        petitions.answer(id, request.answeredOn(), request.summary(), request.documentRef(), caller.scopeUnit(),
                caller.actor());
        return new Accepted(id, PetitionStatus.ANSWERED.name());
    }

    @PostMapping("/api/petitions/{id}/communication")
    @PreAuthorize(HANDLE + IN_SCOPE)
    public Accepted communicate(@PathVariable String id, @Valid @RequestBody CommunicateRequest request) {
        Caller caller = Callers.require();
        commands.send(new CommunicateAnswerCommand(id, request.method(), LocalDate.now(clock), caller.scopeUnit()),
                caller.actor());
        return new Accepted(id, PetitionStatus.COMMUNICATED.name());
    }

    @PostMapping("/api/petitions/{id}/closure")
    @PreAuthorize(HANDLE + IN_SCOPE)
    public Accepted close(@PathVariable String id, @Valid @RequestBody CloseRequest request) {
        Caller caller = Callers.require();
        commands.send(new ClosePetitionCommand(id, request.satisfied(), LocalDate.now(clock), request.reason(),
                caller.scopeUnit()), caller.actor());
        return new Accepted(id, PetitionStatus.CLOSED.name());
    }

    @PostMapping("/api/petitions/{id}/reopening")
    @PreAuthorize(HANDLE + IN_SCOPE)
    public Accepted reopen(@PathVariable String id, @Valid @RequestBody ReasonRequest request) {
        Caller caller = Callers.require();
        commands.send(new ReopenPetitionCommand(id, LocalDate.now(clock), request.reason(), caller.scopeUnit()),
                caller.actor());
        return new Accepted(id, PetitionStatus.CLASSIFIED.name());
    }

    @PostMapping("/api/petitions/{id}/withdrawal")
    @PreAuthorize(INTAKE + IN_SCOPE)
    public Accepted withdraw(@PathVariable String id, @Valid @RequestBody ReasonRequest request) {
        Caller caller = Callers.require();
        commands.send(new WithdrawPetitionCommand(id, LocalDate.now(clock), request.reason(), caller.scopeUnit()),
                caller.actor());
        return new Accepted(id, PetitionStatus.WITHDRAWN.name());
    }

    /**
     * Merges duplicates into this petition: each duplicate must exist in the caller's scope and be open; the
     * duplicates are marked first, then the survivor records the merge, all in one transaction.
     */
    @PostMapping("/api/petitions/{id}/merge")
    @PreAuthorize(HANDLE + IN_SCOPE)
    public Accepted merge(@PathVariable String id, @Valid @RequestBody MergeRequest request) {
        Caller caller = Callers.require();
        String status = petitions.merge(id, request.duplicateIds(), request.reason(), caller.scopeUnit(),
                caller.actor(), scope::covers);
        return new Accepted(id, status);
    }

    /** Splits a petition into parts, each received as a new petition that names the original. */
    @PostMapping("/api/petitions/{id}/split")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(HANDLE + IN_SCOPE)
    public List<Received> split(@PathVariable String id, @Valid @RequestBody SplitRequest request) {
        Caller caller = Callers.require();
        return petitions.split(id, request.parts().stream()
                        .map(p -> new PetitionService.Part(p.subject(), p.content(), p.topic())).toList(),
                request.reason(), caller.userId(), caller.scopeUnit(), caller.actor()).stream()
                .map(p -> new Received(p.petitionId(), p.unitCode(), PetitionStatus.RECEIVED.name(),
                        p.receivedOn().toString())).toList();
    }

    /** One petition; the petitioner's identity is revealed (and the reveal recorded) only to its handlers. */
    @GetMapping("/api/petitions/{id}")
    @PreAuthorize(READ + IN_SCOPE)
    public PetitionView get(@PathVariable String id) {
        Document doc = queries.find(id).orElseThrow(() -> DomainException.notFound("petition-not-found",
                "Không tìm thấy ý kiến (có thể đang được cập nhật)", "No such petition (it may be being updated)"));
        PetitionerView petitioner = registry.petitioner(id).map(p -> PetitionerView.of(id, p)).orElse(null);
        PersonalDataContext.handling(id, doc.getList("handlers", String.class, List.of())).bindToRequest();
        return PetitionView.of(doc, petitioner);
    }

    /** The petitions of a unit and the units below it, newest first. */
    @GetMapping("/api/petitions")
    @PreAuthorize(READ + " and @scope.require(#unit)")
    public PetitionPage list(@RequestParam String unit, @RequestParam(required = false) PetitionStatus status,
                             @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                             @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        PetitionQueries.Page result = queries.page(unit, status == null ? null : status.name(), page, size);
        return new PetitionPage(unit, page, size, result.total(), result.items().stream().map(PetitionViews::summary).toList());
    }

    /** Erases a petitioner's identity (the petition stays, anonymous from then on). */
    @DeleteMapping("/api/petitions/{id}/petitioner")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(RoleGroups.PETITIONER_IDENTITY + IN_SCOPE)
    public void erasePetitioner(@PathVariable String id) {
        if (!registry.erasePetitioner(id)) {
            throw DomainException.notFound("petitioner-not-found", "Không có thông tin người gửi",
                    "No petitioner identity on file");
        }
    }
}
