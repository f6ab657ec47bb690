package vn.doanket.membership.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.axon.CommandSender;
import vn.doanket.membership.api.AppointMemberCommand;
import vn.doanket.membership.api.ChangeMemberPositionCommand;
import vn.doanket.membership.api.ConsolidateWorkCommitteeCommand;
import vn.doanket.membership.api.DismissMemberCommand;
import vn.doanket.membership.api.DissolveWorkCommitteeCommand;
import vn.doanket.membership.api.EstablishWorkCommitteeCommand;
import vn.doanket.membership.api.MemberOrganisation;
import vn.doanket.membership.api.Position;
import vn.doanket.events.Actor;
import vn.doanket.membership.command.ConfirmResidentialAreaExistedCommand;
import vn.doanket.security.Callers;
import vn.doanket.security.RoleGroups;

import java.time.LocalDate;

/**
 * The Front Work Committee of a residential area, per term: establishment, appointments,
 * position changes, dismissals, consolidation and dissolution — by Front officers (and
 * administrators) within their territory. The committee of a term is addressed as
 * {@code /api/residential-areas/{areaCode}/committees/{termYear}}.
 */
@RestController
@RequestMapping("/api/residential-areas/{areaCode}/committees")
public class WorkCommitteeController {

    /** The format of person ids ({@code p-…}: lower-case letters, digits, hyphens): no markup, no control characters. */
    static final String PERSON_ID = "p-[a-z0-9][a-z0-9-]{0,40}";

    /** Officers within their territory; an area under a pre-2025 commune is in scope through its lineage. */
    static final String RULE = RoleGroups.RECORDERS + " and @scope.require(#areaCode, null)";

    private final CommandSender commands;

    public WorkCommitteeController(CommandSender commands) {
        this.commands = commands;
    }

    /** Establishment of a committee for a term. */
    public record EstablishRequest(@NotNull LocalDate termStart, @NotNull LocalDate termEnd,
                                   @Min(0) @Max(5) int plannedDeputies, @Min(1) @Max(30) int minimumSize,
                                   @NotBlank @Size(max = 60) String decisionNumber, @NotNull LocalDate establishedOn) {
    }

    /** An appointment. */
    public record AppointRequest(@NotBlank @Size(max = 64) @Pattern(regexp = PERSON_ID) String personId, @NotNull Position position,
                                 @NotNull MemberOrganisation representing, @NotNull LocalDate appointedOn,
                                 @NotBlank @Size(max = 60) String decisionNumber) {
    }

    /** A change of position. */
    public record PositionChangeRequest(@NotNull Position from, @NotNull Position to, @NotNull LocalDate changedOn,
                                        @NotBlank @Size(max = 60) String decisionNumber) {
    }

    /** A dismissal. */
    public record DismissalRequest(@NotNull Position position, @NotNull LocalDate dismissedOn,
                                   @NotBlank @Size(max = 500) String reason,
                                   @NotBlank @Size(max = 60) String decisionNumber) {
    }

    /** A consolidation (kiện toàn). */
    public record ConsolidationRequest(@NotNull LocalDate consolidatedOn, @NotBlank @Size(max = 60) String decisionNumber) {
    }

    /** A dissolution. */
    public record DissolutionRequest(@NotNull LocalDate dissolvedOn, @NotBlank @Size(max = 500) String reason) {
    }

    /** The committee that was acted on. */
    public record CommitteeRef(String committeeId, String areaCode, int termYear) {
    }

    /**
     * Establishes the committee of a term, also for a past term ({@code establishedOn} of that day, e.g. in an area
     * registered under a pre-2025 commune): the area must exist that day (not before its registration, not after a
     * merge or split), and the day is not in the future.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(RoleGroups.RECORDERS + " and @scope.require(#areaCode, #request.establishedOn)")
    public CommitteeRef establish(@PathVariable String areaCode, @Valid @RequestBody EstablishRequest request) {
        String id = committeeId(areaCode, request.termStart().getYear());
        Actor actor = Callers.require().actor();
        try {
            // the area decides whether it existed that day (records nothing)
            commands.send(new ConfirmResidentialAreaExistedCommand(areaCode, request.establishedOn()), actor);
        } catch (org.axonframework.modelling.command.AggregateNotFoundException notInTheRegistry) {
            // an area this registry never recorded (committees of imported rosters): the committee's own check on
            // the territory tree applies
        }
        commands.send(new EstablishWorkCommitteeCommand(id, areaCode, request.termStart(), request.termEnd(),
                request.plannedDeputies(), request.minimumSize(), request.decisionNumber(), request.establishedOn()),
                actor);
        return new CommitteeRef(id, areaCode, request.termStart().getYear());
    }

    @PostMapping("/{termYear}/members")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(RULE)
    public CommitteeRef appoint(@PathVariable String areaCode, @PathVariable int termYear,
                                @Valid @RequestBody AppointRequest request) {
        String id = committeeId(areaCode, termYear);
        commands.send(new AppointMemberCommand(id, request.personId(), request.position(), request.representing(),
                request.appointedOn(), request.decisionNumber()), Callers.require().actor());
        return new CommitteeRef(id, areaCode, termYear);
    }

    @PostMapping("/{termYear}/members/{personId}/position-changes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(RULE)
    public CommitteeRef changePosition(@PathVariable String areaCode, @PathVariable int termYear,
                                       @PathVariable @Pattern(regexp = PERSON_ID) String personId, @Valid @RequestBody PositionChangeRequest request) {
        String id = committeeId(areaCode, termYear);
        commands.send(new ChangeMemberPositionCommand(id, personId, request.from(), request.to(), request.changedOn(),
                request.decisionNumber()), Callers.require().actor());
        return new CommitteeRef(id, areaCode, termYear);
    }

    @PostMapping("/{termYear}/members/{personId}/dismissals")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(RULE)
    public CommitteeRef dismiss(@PathVariable String areaCode, @PathVariable int termYear,
                                @PathVariable @Pattern(regexp = PERSON_ID) String personId, @Valid @RequestBody DismissalRequest request) {
        String id = committeeId(areaCode, termYear);
        commands.send(new DismissMemberCommand(id, personId, request.position(), request.dismissedOn(), request.reason(),
                request.decisionNumber()), Callers.require().actor());
        return new CommitteeRef(id, areaCode, termYear);
    }

    @PostMapping("/{termYear}/consolidations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(RULE)
    public CommitteeRef consolidate(@PathVariable String areaCode, @PathVariable int termYear,
                                    @Valid @RequestBody ConsolidationRequest request) {
        String id = committeeId(areaCode, termYear);
        commands.send(new ConsolidateWorkCommitteeCommand(id, request.consolidatedOn(), request.decisionNumber()),
                Callers.require().actor());
        return new CommitteeRef(id, areaCode, termYear);
    }

    @PostMapping("/{termYear}/dissolution")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(RULE)
    public CommitteeRef dissolve(@PathVariable String areaCode, @PathVariable int termYear,
                                 @Valid @RequestBody DissolutionRequest request) {
        String id = committeeId(areaCode, termYear);
        commands.send(new DissolveWorkCommitteeCommand(id, request.dissolvedOn(), request.reason()),
                Callers.require().actor());
        return new CommitteeRef(id, areaCode, termYear);
    }

    static String committeeId(String areaCode, int termYear) {
        return areaCode + "/" + termYear;
    }
}
