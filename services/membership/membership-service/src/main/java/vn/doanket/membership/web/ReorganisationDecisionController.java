package vn.doanket.membership.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.axon.CommandSender;
import vn.doanket.membership.api.RecordReorganisationDecisionCommand;
import vn.doanket.membership.api.ReorganisationKind;
import vn.doanket.membership.api.ReorganisedUnit;
import vn.doanket.membership.api.UnitTransfer;
import vn.doanket.membership.command.ReorganisationDecision;
import vn.doanket.security.Callers;
import vn.doanket.security.RoleGroups;

import java.time.LocalDate;
import java.util.List;

/**
 * Reorganisation decisions of official units (mergers, splits, renames of communes or provinces), including decisions
 * older than the shipped snapshot — recorded by national administrators. Services that enable
 * {@code membership-territory} apply them to their territory tree like the shipped lineage.
 */
@RestController
@RequestMapping("/api/reorganisation-decisions")
public class ReorganisationDecisionController {

    private final CommandSender commands;

    public ReorganisationDecisionController(CommandSender commands) {
        this.commands = commands;
    }

    /** A decision; {@code transfers} may be empty to derive them. */
    public record DecisionRequest(@NotBlank @Size(max = 60) String decisionNumber, @NotNull ReorganisationKind kind,
                                  @NotNull LocalDate effectiveDate,
                                  @NotNull @Size(min = 1, max = 50) List<@NotNull ReorganisedUnit> predecessors,
                                  @NotNull @Size(min = 1, max = 50) List<@NotNull ReorganisedUnit> successors,
                                  @Size(max = 200) List<@NotNull UnitTransfer> transfers) {
    }

    /** The recorded decision. */
    public record DecisionRef(String decisionId, String decisionNumber, LocalDate effectiveDate) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(RoleGroups.ADMINISTRATORS + " and @scope.require('VN')")
    public DecisionRef record(@Valid @RequestBody DecisionRequest request) {
        String id = ReorganisationDecision.idOf(request.decisionNumber());
        commands.send(new RecordReorganisationDecisionCommand(id, request.decisionNumber(), request.kind(),
                request.effectiveDate(), request.predecessors(), request.successors(),
                request.transfers() == null ? List.of() : request.transfers()), Callers.require().actor());
        return new DecisionRef(id, request.decisionNumber().strip(), request.effectiveDate());
    }
}
