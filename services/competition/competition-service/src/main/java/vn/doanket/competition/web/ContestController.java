package vn.doanket.competition.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.competition.api.*;
import vn.doanket.competition.command.CompetitionService;
import vn.doanket.competition.query.CompetitionQueries;
import vn.doanket.competition.query.CompetitionViews.*;
import vn.doanket.competition.web.CompetitionRequests.*;
import vn.doanket.events.error.DomainException;
import vn.doanket.security.Caller;
import vn.doanket.security.Callers;
import vn.doanket.security.RoleGroups;

import java.util.List;

/**
 * Judged contests (hội thi): creation, nominations, rounds, judges, sealed sheets, locked results, prizes, corrections.
 * The organiser's recorders (officers and administrators covering the organising unit) run the contest; the
 * recorders of a commune below it nominate; appointed judges score (their rights come from the appointment). Marks
 * and ranks of a round are readable by nobody — administrators included — until the round is locked: before, the
 * results answer 404 {@code results-not-available}, and each judge reads only their own sheets.
 */
@RestController
@Validated
public class ContestController {

    static final String ORGANISER = RoleGroups.RECORDERS + " and @scope.require(@competitionAccess.organiserOf(#id))";
    static final String READ = RoleGroups.READERS + " and @competitionAccess.canReadContest(#id)";

    private final CompetitionService competition;
    private final CompetitionQueries queries;
    private final CompetitionAccess access;

    public ContestController(CompetitionService competition, CompetitionQueries queries, CompetitionAccess access) {
        this.competition = competition;
        this.queries = queries;
        this.access = access;
    }

    /** Answers of a creating request: 201 when created now, 200 when the same thing already existed. */
    public record Created(String id, boolean created) {
        static ResponseEntity<Created> of(String id, boolean created) {
            return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(new Created(id, created));
        }
    }

    /** Answers of a command that changes an existing contest. */
    public record Accepted(String contestId, String done) {
    }

    @PostMapping("/api/contests")
    @PreAuthorize(RoleGroups.RECORDERS + " and @scope.require(#request.organiserUnit)")
    public ResponseEntity<Created> create(@Valid @RequestBody ContestRequest request) {
        Caller caller = Callers.require();
        boolean created = competition.createContest(new CreateContestCommand(request.contestId(), request.organiserUnit(),
                request.title(), request.startsOn(), request.endsOn(), request.rules(), request.nominationAllowance(),
                request.quotas().stream().map(QuotaRequest::tierQuota).toList(),
                request.tieBreaks() == null ? List.of() : request.tieBreaks().stream().map(TieBreakRequest::tieBreak).toList(),
                competition.today()), caller.actor());
        return Created.of(request.contestId(), created);
    }

    /** Contests that concern a unit: organised by it, below it, or above it (which it may take part in). */
    @GetMapping("/api/contests")
    @PreAuthorize(RoleGroups.READERS + " and @scope.require(#unit)")
    public Page<ContestSummary> list(@RequestParam String unit,
                                     @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                     @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return queries.contests(unit, page, size);
    }

    /** A contest: its definition, rounds, judges and counts; never a mark. */
    @GetMapping("/api/contests/{id}")
    @PreAuthorize(READ)
    public ContestView get(@PathVariable String id) {
        return queries.contest(id).orElseThrow(() -> notYet("contest"));
    }

    @PostMapping("/api/contests/{id}/contestants")
    @PreAuthorize(RoleGroups.RECORDERS + " and @scope.require(@competitionAccess.organiserOf(#id) == null ? null "
            + ": #request.nominatingUnit)")
    public ResponseEntity<Created> nominate(@PathVariable String id, @Valid @RequestBody NominationRequest request) {
        Caller caller = Callers.require();
        boolean created = competition.nominate(new NominateContestantCommand(id, request.contestantId(),
                request.nominatingUnit(), request.fullName(), request.personId(), request.committeeId(),
                competition.today()), caller.actor());
        return Created.of(request.contestantId(), created);
    }

    /** The contestants in Vietnamese name order; their prizes once published (to the organiser once awarded). */
    @GetMapping("/api/contests/{id}/contestants")
    @PreAuthorize(READ)
    public Page<ContestantView> contestants(@PathVariable String id,
                                            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return queries.contestants(id, access.seesPrizes(id), page, size);
    }

    @PostMapping("/api/contests/{id}/contestants/{contestantId}/withdrawal")
    @PreAuthorize(RoleGroups.RECORDERS + " and @scope.require(@competitionAccess.nominatingUnitOf(#id, #contestantId))")
    public Accepted withdraw(@PathVariable String id, @PathVariable String contestantId,
                             @Valid @RequestBody ReasonRequest request) {
        competition.send(new WithdrawNominationCommand(id, contestantId, request.reason(), competition.today()),
                Callers.require().actor());
        return new Accepted(id, "NominationWithdrawn");
    }

    @PostMapping("/api/contests/{id}/rounds")
    @PreAuthorize(ORGANISER)
    public ResponseEntity<Created> planRound(@PathVariable String id, @Valid @RequestBody RoundRequest request) {
        boolean created = competition.send(new PlanRoundCommand(id, request.roundId(), request.name(),
                request.criteria().stream().map(CriterionRequest::criterion).toList(),
                request.advancement() == null ? null : request.advancement().advancement()), Callers.require().actor());
        return Created.of(request.roundId(), created);
    }

    @PostMapping("/api/contests/{id}/judges")
    @PreAuthorize(ORGANISER)
    public ResponseEntity<Created> appointJudge(@PathVariable String id, @Valid @RequestBody JudgeRequest request) {
        boolean created = competition.appointJudge(new AppointJudgeCommand(id, request.judge(), request.judgeUnit(),
                request.roundIds() == null ? List.of() : request.roundIds(), competition.today()), Callers.require().actor());
        return Created.of(request.judge(), created);
    }

    /** A relation between a judge and a contestant, declared by the judge or by the organiser. */
    @PostMapping("/api/contests/{id}/conflicts")
    @PreAuthorize(RoleGroups.READERS + " and @competitionAccess.mayDeclareConflict(#id, #request.judge)")
    public Accepted declareConflict(@PathVariable String id, @Valid @RequestBody ConflictRequest request) {
        competition.send(new DeclareConflictOfInterestCommand(id, request.judge(), request.contestantId(),
                request.reason(), competition.today()), Callers.require().actor());
        return new Accepted(id, "ConflictOfInterestDeclared");
    }

    @PostMapping("/api/contests/{id}/rounds/{roundId}/opening")
    @PreAuthorize(ORGANISER)
    public Accepted open(@PathVariable String id, @PathVariable String roundId) {
        competition.send(new OpenRoundCommand(id, roundId, competition.today()), Callers.require().actor());
        return new Accepted(id, "RoundOpened");
    }

    /**
     * A judge's sheet for one contestant (any signed-in user; the contest decides whether they are an appointed
     * judge of the round, eligible for the contestant, and the round open).
     */
    @PostMapping("/api/contests/{id}/rounds/{roundId}/sheets")
    @PreAuthorize(RoleGroups.READERS + " and @competitionAccess.requireContest(#id)")
    public Accepted score(@PathVariable String id, @PathVariable String roundId, @Valid @RequestBody SheetRequest request) {
        Caller caller = Callers.require();
        competition.send(new SubmitScoreSheetCommand(id, roundId, request.contestantId(), caller.username(),
                caller.scopeUnit(), request.scores().stream().map(ScoreRequest::score).toList(), competition.today()),
                caller.actor());
        return new Accepted(id, "ScoreSheetSubmitted");
    }

    /** The calling judge's own sheets in a round, and nobody else's (404 for anyone who is not a judge of it). */
    @GetMapping("/api/contests/{id}/rounds/{roundId}/sheets/mine")
    @PreAuthorize(RoleGroups.READERS + " and @competitionAccess.requireContest(#id)")
    public SheetsView mySheets(@PathVariable String id, @PathVariable String roundId) {
        Caller caller = Callers.require();
        if (!access.isJudge(id, caller.username())) {
            throw DomainException.notFound("not-a-judge", "Bạn không phải giám khảo của vòng thi này",
                    "You are not a judge of this round");
        }
        return queries.sheetsOf(id, roundId, caller.username());
    }

    @PostMapping("/api/contests/{id}/rounds/{roundId}/closing")
    @PreAuthorize(ORGANISER)
    public Accepted close(@PathVariable String id, @PathVariable String roundId) {
        competition.send(new CloseRoundCommand(id, roundId, competition.today()), Callers.require().actor());
        return new Accepted(id, "RoundClosed");
    }

    @PostMapping("/api/contests/{id}/rounds/{roundId}/locking")
    @PreAuthorize(ORGANISER)
    public Accepted lock(@PathVariable String id, @PathVariable String roundId) {
        competition.send(new LockRoundCommand(id, roundId, competition.today()), Callers.require().actor());
        return new Accepted(id, "RoundLocked");
    }

    /**
     * A locked round's marks and ranks. Before the lock there is nothing to read — for every role, the national
     * administrator included: 404 {@code results-not-available}.
     */
    @GetMapping("/api/contests/{id}/rounds/{roundId}/results")
    @PreAuthorize(READ)
    public RoundResultsView results(@PathVariable String id, @PathVariable String roundId) {
        return queries.results(id, roundId).orElseThrow(() -> DomainException.notFound("results-not-available",
                "Chưa có kết quả: vòng thi chưa khóa điểm (điểm được niêm phong đến khi khóa)",
                "No results yet: the round is not locked (marks are sealed until it is)"));
    }

    /** Awards the prizes by the final ranking, within the quotas and with the declared tie-break order. */
    @PostMapping("/api/contests/{id}/prizes/ranking")
    @PreAuthorize(ORGANISER)
    public Accepted awardByRanking(@PathVariable String id, @Valid @RequestBody DecisionRequest request) {
        competition.send(new AwardPrizesCommand(id, request.decisionRef(), competition.today()), Callers.require().actor());
        return new Accepted(id, "PrizeAwarded");
    }

    /**
     * Awards one prize by decision, within the tier's quota (before the results are locked); the contestant is the
     * prize's id: the same tier again answers 200.
     */
    @PostMapping("/api/contests/{id}/prizes")
    @PreAuthorize(ORGANISER)
    public ResponseEntity<Created> award(@PathVariable String id, @Valid @RequestBody PrizeRequest request) {
        boolean created = competition.send(new AwardPrizeCommand(id, request.contestantId(), request.tier(),
                request.decisionRef(), request.reason(), competition.today()), Callers.require().actor());
        return Created.of(request.contestantId(), created);
    }

    /** The prizes and corrections: to everyone who reads the contest once published, to the organiser once awarded. */
    @GetMapping("/api/contests/{id}/prizes")
    @PreAuthorize(READ)
    public PrizesView prizes(@PathVariable String id) {
        if (!access.seesPrizes(id)) {
            throw DomainException.notFound("results-not-published", "Kết quả hội thi chưa được công bố",
                    "The contest's results are not published");
        }
        return queries.prizes(id).orElseThrow(() -> notYet("contest"));
    }

    @PostMapping("/api/contests/{id}/results/locking")
    @PreAuthorize(ORGANISER)
    public Accepted lockResults(@PathVariable String id) {
        competition.send(new LockContestResultsCommand(id, competition.today()), Callers.require().actor());
        return new Accepted(id, "ContestResultsLocked");
    }

    @PostMapping("/api/contests/{id}/results/publication")
    @PreAuthorize(ORGANISER)
    public Accepted publish(@PathVariable String id) {
        competition.send(new PublishContestResultsCommand(id, competition.today()), Callers.require().actor());
        return new Accepted(id, "ContestResultsPublished");
    }

    /** A correction of a prize after the results were locked: its own recorded decision. */
    @PostMapping("/api/contests/{id}/corrections")
    @PreAuthorize(ORGANISER)
    public ResponseEntity<Created> correct(@PathVariable String id, @Valid @RequestBody CorrectionRequest request) {
        boolean created = competition.send(new CorrectContestResultCommand(id, request.correctionId(),
                request.contestantId(), request.newTier(), request.reason(), request.decisionRef(), competition.today()),
                Callers.require().actor());
        return Created.of(request.correctionId(), created);
    }

    static DomainException notYet(String what) {
        return DomainException.notFound(what + "-not-found", "Không tìm thấy (có thể đang được cập nhật)",
                "Not found (it may be being updated)");
    }
}
