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
import vn.doanket.competition.api.GiftOccasion;
import vn.doanket.competition.api.GrantCommendationCommand;
import vn.doanket.competition.api.ReverseGiftCommand;
import vn.doanket.competition.api.RevokeCommendationCommand;
import vn.doanket.competition.command.CompetitionService;
import vn.doanket.competition.query.CompetitionQueries;
import vn.doanket.competition.query.CompetitionViews.*;
import vn.doanket.competition.web.CompetitionRequests.*;
import vn.doanket.competition.web.ContestController.Created;
import vn.doanket.security.Callers;
import vn.doanket.security.RoleGroups;

/**
 * Commendations (giấy khen, bằng khen) by numbered decisions, and gifts and support (quà tặng, hỗ trợ) in whole đồng.
 * The issuing unit's recorders record and revoke commendations; the recipient's commune or area recorders (and a
 * residential area's Front Work Committee for its own area) record gifts. A gift entry is never edited: it is
 * reversed, and a correction is a reversal plus a new entry, in one transaction.
 */
@RestController
@Validated
public class AwardsController {

    private final CompetitionService competition;
    private final CompetitionQueries queries;

    public AwardsController(CompetitionService competition, CompetitionQueries queries) {
        this.competition = competition;
        this.queries = queries;
    }

    /** Acknowledgement of a change to an existing record. */
    public record Done(String id, String done) {
    }

    // ------------------------------------------------------------------ commendations

    @PostMapping("/api/commendations")
    @PreAuthorize(RoleGroups.RECORDERS + " and @scope.require(#request.issuingUnit)")
    public ResponseEntity<Created> grant(@Valid @RequestBody CommendationRequest request) {
        boolean created = competition.grantCommendation(new GrantCommendationCommand(request.commendationId(),
                request.issuingUnit(), request.kind(), request.decisionNumber(), request.decidedOn(),
                request.recipientKind(), request.recipientName(), request.personId(), request.recipientUnit(),
                request.basis(), request.basisId(), request.reason()), Callers.require().actor());
        return Created.of(request.commendationId(), created);
    }

    @GetMapping("/api/commendations/{id}")
    @PreAuthorize(RoleGroups.READERS + " and @competitionAccess.canReadCommendation(#id)")
    public CommendationView commendation(@PathVariable String id) {
        return queries.commendation(id).orElseThrow(() -> ContestController.notYet("commendation"));
    }

    /** Commendations received at or below a unit, or issued by it; newest decisions first. */
    @GetMapping("/api/commendations")
    @PreAuthorize(RoleGroups.READERS + " and @scope.require(#unit)")
    public Page<CommendationView> commendations(@RequestParam String unit,
                                                @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                                @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return queries.commendations(unit, page, size);
    }

    @PostMapping("/api/commendations/{id}/revocation")
    @PreAuthorize(RoleGroups.RECORDERS + " and @scope.require(@competitionAccess.issuerOf(#id))")
    public Done revoke(@PathVariable String id, @Valid @RequestBody RevocationRequest request) {
        competition.send(new RevokeCommendationCommand(id, request.reason(),
                request.revokedOn() == null ? competition.today() : request.revokedOn()), Callers.require().actor());
        return new Done(id, "CommendationRevoked");
    }

    // ------------------------------------------------------------------ gifts

    @PostMapping("/api/gifts")
    @PreAuthorize(MovementController.UNIT_RECORDERS + " and @scope.require(#request.unitCode)")
    public ResponseEntity<Created> recordGift(@Valid @RequestBody GiftRequest request) {
        boolean created = competition.recordGift(request.command(null), Callers.require().actor());
        return Created.of(request.giftId(), created);
    }

    @GetMapping("/api/gifts/{id}")
    @PreAuthorize(RoleGroups.READERS + " and @scope.require(@competitionAccess.giftUnitOf(#id))")
    public GiftView gift(@PathVariable String id) {
        return queries.gift(id).orElseThrow(() -> ContestController.notYet("gift"));
    }

    /** Gift entries at or below a unit in a year (reversed ones included, marked), newest first. */
    @GetMapping("/api/gifts")
    @PreAuthorize(RoleGroups.READERS + " and @scope.require(#unit)")
    public Page<GiftView> gifts(@RequestParam String unit, @RequestParam @Min(2000) @Max(2100) int year,
                                @RequestParam(required = false) GiftOccasion occasion,
                                @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return queries.gifts(unit, year, occasion, page, size);
    }

    /** Totals of a unit and everything below it in a year, per occasion, exact to the đồng. */
    @GetMapping("/api/gifts/totals")
    @PreAuthorize(RoleGroups.READERS + " and @scope.require(#unit)")
    public GiftTotals totals(@RequestParam String unit, @RequestParam @Min(2000) @Max(2100) int year) {
        return queries.giftTotals(unit, year);
    }

    @PostMapping("/api/gifts/{id}/reversal")
    @PreAuthorize(MovementController.UNIT_RECORDERS + " and @scope.require(@competitionAccess.giftUnitOf(#id))")
    public Done reverse(@PathVariable String id, @Valid @RequestBody ReasonRequest request) {
        competition.send(new ReverseGiftCommand(id, request.reason(), competition.today(), null), Callers.require().actor());
        return new Done(id, "GiftReversed");
    }

    /** Corrects an entry: reverses it and records the replacement (which names it), in one transaction. */
    @PostMapping("/api/gifts/{id}/correction")
    @PreAuthorize(MovementController.UNIT_RECORDERS + " and @scope.require(@competitionAccess.giftUnitOf(#id)) "
            + "and @scope.require(#request.replacement.unitCode)")
    public ResponseEntity<Created> correct(@PathVariable String id, @Valid @RequestBody GiftCorrectionRequest request) {
        boolean created = competition.correctGift(id, request.reason(), request.replacement().command(id),
                Callers.require().actor());
        return Created.of(request.replacement().giftId(), created);
    }
}
