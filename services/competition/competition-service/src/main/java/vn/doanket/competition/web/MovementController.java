package vn.doanket.competition.web;

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
import vn.doanket.competition.api.EvaluateMovementUnitCommand;
import vn.doanket.competition.api.LaunchMovementCommand;
import vn.doanket.competition.api.ReportMovementProgressCommand;
import vn.doanket.competition.command.CompetitionService;
import vn.doanket.competition.command.MovementParticipation;
import vn.doanket.competition.query.CompetitionQueries;
import vn.doanket.competition.query.CompetitionViews.*;
import vn.doanket.competition.web.CompetitionRequests.*;
import vn.doanket.competition.web.ContestController.Created;
import vn.doanket.security.Caller;
import vn.doanket.security.Callers;
import vn.doanket.security.RoleGroups;
import vn.doanket.security.TerritorialScope;

/**
 * Emulation movements and campaigns (phong trào thi đua, cuộc vận động): launched by a unit's recorders; units at or
 * below it register and report periodically against its criteria (their recorders, and a residential area's Front
 * Work Committee for its own area); the organiser evaluates them.
 */
@RestController
@Validated
public class MovementController {

    /** Recorders of a unit, and the Front Work Committee of its own residential area. */
    static final String UNIT_RECORDERS = "hasAnyRole('OFFICER', 'ADMINISTRATOR', 'COMMITTEE')";

    private final CompetitionService competition;
    private final CompetitionQueries queries;
    private final TerritorialScope scope;

    public MovementController(CompetitionService competition, CompetitionQueries queries, TerritorialScope scope) {
        this.competition = competition;
        this.queries = queries;
        this.scope = scope;
    }

    @PostMapping("/api/movements")
    @PreAuthorize(RoleGroups.RECORDERS + " and @scope.require(#request.organiserUnit)")
    public ResponseEntity<Created> launch(@Valid @RequestBody MovementRequest request) {
        boolean created = competition.launchMovement(new LaunchMovementCommand(request.movementId(),
                request.organiserUnit(), request.kind(), request.title(), request.startsOn(), request.endsOn(),
                request.description(), request.criteria().stream().map(MovementCriterionRequest::criterion).toList(),
                competition.today()), Callers.require().actor());
        return Created.of(request.movementId(), created);
    }

    /** Movements that concern a unit: launched by it, below it, or above it (which it may take part in). */
    @GetMapping("/api/movements")
    @PreAuthorize(RoleGroups.READERS + " and @scope.require(#unit)")
    public Page<MovementView> list(@RequestParam String unit,
                                   @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                   @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return queries.movements(unit, page, size);
    }

    @GetMapping("/api/movements/{id}")
    @PreAuthorize(RoleGroups.READERS + " and @competitionAccess.canReadMovement(#id)")
    public MovementView get(@PathVariable String id) {
        return queries.movement(id).orElseThrow(() -> ContestController.notYet("movement"));
    }

    @PostMapping("/api/movements/{id}/registrations")
    @PreAuthorize(UNIT_RECORDERS + " and @scope.require(@competitionAccess.movementOrganiserOf(#id) == null ? null "
            + ": #request.unitCode)")
    public ResponseEntity<Created> register(@PathVariable String id, @Valid @RequestBody RegistrationRequest request) {
        boolean created = competition.register(id, request.unitCode(), request.pledge(), request.registeredOn(),
                Callers.require().actor());
        return Created.of(MovementParticipation.idOf(id, request.unitCode()), created);
    }

    /** The registered units within the caller's reach: all of them for the organiser's readers. */
    @GetMapping("/api/movements/{id}/units")
    @PreAuthorize(RoleGroups.READERS + " and @competitionAccess.canReadMovement(#id)")
    public Page<MovementUnitView> units(@PathVariable String id,
                                        @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                        @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        Caller caller = Callers.require();
        String organiser = queries.movementOrganiserOf(id).orElse(caller.scopeUnit());
        // the organiser's readers (and above) see every unit; a unit below sees itself and what is below it
        String within = scope.covers(organiser) ? organiser : caller.scopeUnit();
        return queries.movementUnits(id, within, page, size);
    }

    @GetMapping("/api/movements/{id}/units/{unit}")
    @PreAuthorize(RoleGroups.READERS + " and @competitionAccess.canReadParticipation(#id, #unit)")
    public ParticipationView participation(@PathVariable String id, @PathVariable String unit) {
        return queries.participation(id, unit).orElseThrow(() -> ContestController.notYet("participation"));
    }

    @PostMapping("/api/movements/{id}/units/{unit}/reports")
    @PreAuthorize(UNIT_RECORDERS + " and @scope.require(@competitionAccess.participationOrganiserOf(#id, #unit) == null "
            + "? null : #unit)")
    public ResponseEntity<Created> report(@PathVariable String id, @PathVariable String unit,
                                          @Valid @RequestBody ReportRequest request) {
        boolean created = competition.send(new ReportMovementProgressCommand(MovementParticipation.idOf(id, unit),
                request.reportId(), request.periodFrom(), request.periodTo(),
                request.results().stream().map(CriterionReportRequest::report).toList(), request.summary(),
                competition.today()), Callers.require().actor());
        return Created.of(request.reportId(), created);
    }

    @PostMapping("/api/movements/{id}/units/{unit}/evaluations")
    @PreAuthorize(RoleGroups.RECORDERS + " and @scope.require(@competitionAccess.participationOrganiserOf(#id, #unit))")
    public ResponseEntity<Created> evaluate(@PathVariable String id, @PathVariable String unit,
                                            @Valid @RequestBody EvaluationRequest request) {
        boolean created = competition.send(new EvaluateMovementUnitCommand(MovementParticipation.idOf(id, unit),
                request.evaluationId(), request.periodFrom(), request.periodTo(), request.rating(), request.note(),
                competition.today()), Callers.require().actor());
        return Created.of(request.evaluationId(), created);
    }
}
