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
import vn.doanket.conference.api.Outcome;
import vn.doanket.conference.api.RaiseOpinionCommand;
import vn.doanket.conference.api.RegisterDelegateCommand;
import vn.doanket.conference.command.ConferenceService;
import vn.doanket.conference.query.ConferenceQueries;
import vn.doanket.conference.web.ConferenceRequests.DelegateRequest;
import vn.doanket.conference.web.ConferenceRequests.OpinionRequest;
import vn.doanket.conference.web.ConferenceViews.Page;
import vn.doanket.conference.web.ConferenceViews.Recorded;
import vn.doanket.security.Callers;
import vn.doanket.security.RoleGroups;

import static vn.doanket.conference.web.ConferenceAccess.CONFERENCE_IN_SCOPE;
import static vn.doanket.conference.web.ConferenceAccess.RECORD;

/**
 * Delegates who speak for committees, and the opinions they raise at dialogue and voter-contact conferences. Each
 * opinion is published as {@code OpinionRaised}; the feedback service opens one petition from it, and the opinion
 * list shows that petition and its current state.
 */
@RestController
@Validated
public class DialogueController {

    private final CommandSender commands;
    private final ConferenceService conferences;
    private final ConferenceQueries queries;

    public DialogueController(CommandSender commands, ConferenceService conferences, ConferenceQueries queries) {
        this.commands = commands;
        this.conferences = conferences;
        this.queries = queries;
    }

    @PostMapping("/api/conferences/{id}/delegates")
    @PreAuthorize(RECORD + CONFERENCE_IN_SCOPE)
    public ResponseEntity<Recorded> delegate(@PathVariable String id, @Valid @RequestBody DelegateRequest request) {
        Outcome outcome = commands.send(new RegisterDelegateCommand(id, request.delegateId(), request.personId(),
                request.committeeIds(), conferences.today()), Callers.require().actor());
        return Created.answer(outcome, new Recorded(request.delegateId(), outcome.name()));
    }

    @GetMapping("/api/conferences/{id}/delegates")
    @PreAuthorize(RoleGroups.READERS + CONFERENCE_IN_SCOPE)
    public Page delegates(@PathVariable String id, @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        ConferenceQueries.Page result = queries.delegates(id, page, size);
        return new Page(page, size, result.total(), result.items());
    }

    /** Records an opinion (201); the same opinion id with the same content again: 200; refused after the close. */
    @PostMapping("/api/conferences/{id}/opinions")
    @PreAuthorize(RECORD + CONFERENCE_IN_SCOPE)
    public ResponseEntity<Recorded> opinion(@PathVariable String id, @Valid @RequestBody OpinionRequest request) {
        Outcome outcome = commands.send(new RaiseOpinionCommand(id, request.opinionId(), request.delegateId(),
                request.unitCode(), request.topic(), request.text(), request.raisedOn()), Callers.require().actor());
        return Created.answer(outcome, new Recorded(request.opinionId(), outcome.name()));
    }

    /** The opinions in the order raised, each with the petition it became and that petition's state. */
    @GetMapping("/api/conferences/{id}/opinions")
    @PreAuthorize(RoleGroups.READERS + CONFERENCE_IN_SCOPE)
    public Page opinions(@PathVariable String id, @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                         @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        ConferenceQueries.Page result = queries.opinions(id, page, size);
        return new Page(page, size, result.total(), ConferenceViews.labelled(result.items()));
    }
}
