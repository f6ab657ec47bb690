package vn.doanket.conference.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.axon.CommandSender;
import vn.doanket.conference.api.*;
import vn.doanket.conference.command.ConferenceService;
import vn.doanket.conference.query.ConferenceQueries;
import vn.doanket.conference.web.ConferenceRequests.*;
import vn.doanket.conference.web.ConferenceViews.*;
import vn.doanket.events.error.DomainException;
import vn.doanket.security.Caller;
import vn.doanket.security.Callers;
import vn.doanket.security.RoleGroups;

import java.util.Map;

import static vn.doanket.conference.web.ConferenceAccess.CONFERENCE_IN_SCOPE;
import static vn.doanket.conference.web.ConferenceAccess.RECORD;

/**
 * Conferences of every kind but training classes: planning, postponement, cancellation, opening, the outputs each
 * kind requires, closing; lists and detail. Recorders (officers, administrators, and a committee for its own area)
 * act within their territory; every role reads within it; a conference outside it answers like a missing one (404).
 * Controllers only map HTTP to commands: the aggregates decide.
 */
@RestController
@Validated
public class ConferenceController {

    private final CommandSender commands;
    private final ConferenceService conferences;
    private final ConferenceQueries queries;

    public ConferenceController(CommandSender commands, ConferenceService conferences, ConferenceQueries queries) {
        this.commands = commands;
        this.conferences = conferences;
        this.queries = queries;
    }

    /** Plans a conference (201), or finds it already planned with the same content (200); other content: 409. */
    @PostMapping("/api/conferences")
    @PreAuthorize(RECORD + " and @scope.require(#request.unitCode, #request.startsAt?.toLocalDate())")
    public ResponseEntity<Recorded> plan(@Valid @RequestBody PlanRequest request) {
        Caller caller = Callers.require();
        Outcome outcome = conferences.plan(new PlanConferenceCommand(request.conferenceId(), request.kind(),
                request.unitCode(), request.title(), request.startsAt(), request.endsAt(), request.venue(),
                request.agenda() == null ? java.util.List.of() : request.agenda()), caller.actor());
        return Created.answer(outcome, new Recorded(request.conferenceId(), outcome.name()));
    }

    /** The conferences of a unit and the units below it, newest first. */
    @GetMapping("/api/conferences")
    @PreAuthorize(RoleGroups.READERS + " and @scope.require(#unit)")
    public Page list(@RequestParam String unit, @RequestParam(required = false) ConferenceKind kind,
                     @RequestParam(required = false) ConferenceStatus status,
                     @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
                     @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                     @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        ConferenceQueries.Page result = queries.conferences(unit, kind == null ? null : kind.name(),
                status == null ? null : status.name(), year, page, size);
        return new Page(page, size, result.total(), ConferenceViews.labelled(result.items()));
    }

    /** One conference with its derived counts (attendees, delegates, committees and communes represented, …). */
    @GetMapping("/api/conferences/{id}")
    @PreAuthorize(RoleGroups.READERS + CONFERENCE_IN_SCOPE)
    public Map<String, Object> get(@PathVariable String id) {
        Map<String, Object> row = queries.conference(id).orElseThrow(() -> DomainException.notFound(
                "conference-not-found", "Không tìm thấy hội nghị (có thể đang được cập nhật)",
                "No such conference (it may be being updated)"));
        return ConferenceViews.conference(row, queries.presentations(id));
    }

    @PostMapping("/api/conferences/{id}/postponement")
    @PreAuthorize(RECORD + CONFERENCE_IN_SCOPE)
    public Accepted postpone(@PathVariable String id, @Valid @RequestBody PostponeRequest request) {
        commands.send(new PostponeConferenceCommand(id, request.reason(), request.newStartsAt(), request.newEndsAt()),
                Callers.require().actor());
        return new Accepted(id, request.newStartsAt() == null ? ConferenceStatus.POSTPONED.name() : "RESCHEDULED");
    }

    @PostMapping("/api/conferences/{id}/rescheduling")
    @PreAuthorize(RECORD + CONFERENCE_IN_SCOPE)
    public Accepted reschedule(@PathVariable String id, @Valid @RequestBody RescheduleRequest request) {
        commands.send(new RescheduleConferenceCommand(id, request.startsAt(), request.endsAt()),
                Callers.require().actor());
        return new Accepted(id, "RESCHEDULED");
    }

    @PostMapping("/api/conferences/{id}/cancellation")
    @PreAuthorize(RECORD + CONFERENCE_IN_SCOPE)
    public Accepted cancel(@PathVariable String id, @Valid @RequestBody ReasonRequest request) {
        conferences.cancel(id, request.reason(), Callers.require().actor());
        return new Accepted(id, ConferenceStatus.CANCELLED.name());
    }

    /** Opens the conference: it is held on {@code openedOn} (today when absent). */
    @PostMapping("/api/conferences/{id}/opening")
    @PreAuthorize(RECORD + CONFERENCE_IN_SCOPE)
    public Accepted open(@PathVariable String id, @Valid @RequestBody OpenRequest request) {
        commands.send(new OpenConferenceCommand(id, request.openedOn() != null ? request.openedOn()
                : conferences.today()), Callers.require().actor());
        return new Accepted(id, ConferenceStatus.IN_SESSION.name());
    }

    /** The headcount of a propaganda session or Unity Day (names are not taken). */
    @PostMapping("/api/conferences/{id}/headcount")
    @PreAuthorize(RECORD + CONFERENCE_IN_SCOPE)
    public Accepted headcount(@PathVariable String id, @Valid @RequestBody HeadcountRequest request) {
        commands.send(new RecordHeadcountCommand(id, request.headcount(), request.countedOn() != null
                ? request.countedOn() : conferences.today()), Callers.require().actor());
        return new Accepted(id, ConferenceStatus.IN_SESSION.name());
    }

    @PostMapping("/api/conferences/{id}/presentations")
    @PreAuthorize(RECORD + CONFERENCE_IN_SCOPE)
    public ResponseEntity<Recorded> presentation(@PathVariable String id, @Valid @RequestBody PresentationRequest request) {
        Outcome outcome = commands.send(new RecordPresentationCommand(id, request.presentationId(), request.title(),
                request.presenter(), conferences.today()), Callers.require().actor());
        return Created.answer(outcome, new Recorded(request.presentationId(), outcome.name()));
    }

    @PostMapping("/api/conferences/{id}/topics")
    @PreAuthorize(RECORD + CONFERENCE_IN_SCOPE)
    public Accepted topics(@PathVariable String id, @Valid @RequestBody TopicsRequest request) {
        commands.send(new RecordPropagandaTopicsCommand(id, request.topics(), conferences.today()),
                Callers.require().actor());
        return new Accepted(id, ConferenceStatus.IN_SESSION.name());
    }

    @PostMapping("/api/conferences/{id}/activities")
    @PreAuthorize(RECORD + CONFERENCE_IN_SCOPE)
    public Accepted activities(@PathVariable String id, @Valid @RequestBody ActivitiesRequest request) {
        commands.send(new RecordUnityDayActivitiesCommand(id, request.activities(), conferences.today()),
                Callers.require().actor());
        return new Accepted(id, ConferenceStatus.IN_SESSION.name());
    }

    /** Closes the conference with its conclusions (today when {@code closedOn} is absent). */
    @PostMapping("/api/conferences/{id}/closure")
    @PreAuthorize(RECORD + CONFERENCE_IN_SCOPE)
    public Accepted close(@PathVariable String id, @Valid @RequestBody CloseRequest request) {
        commands.send(new CloseConferenceCommand(id, request.conclusions(), request.closedOn() != null
                ? request.closedOn() : conferences.today()), Callers.require().actor());
        return new Accepted(id, ConferenceStatus.CLOSED.name());
    }
}
