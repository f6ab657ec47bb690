package vn.doanket.membership.web;

import jakarta.validation.Valid;
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
import vn.doanket.membership.api.EndPrestigiousPersonRecognitionCommand;
import vn.doanket.membership.api.RecognisePrestigiousPersonCommand;
import vn.doanket.security.Callers;
import vn.doanket.security.RoleGroups;

import java.time.LocalDate;

/** The prestigious-person registry (người có uy tín) of a unit: recognitions with their periods, ended early. */
@RestController
@RequestMapping("/api/units/{unitCode}/prestigious-persons")
public class PrestigiousPersonController {

    static final String RULE = RoleGroups.RECORDERS + " and @scope.require(#unitCode)";

    private final CommandSender commands;

    public PrestigiousPersonController(CommandSender commands) {
        this.commands = commands;
    }

    /** A recognition. */
    public record RecognitionRequest(@NotBlank @Pattern(regexp = "p-[a-z0-9][a-z0-9-]{0,40}") String personId,
                                     @NotNull LocalDate recognisedFrom, @NotNull LocalDate recognisedUntil,
                                     @NotBlank @Size(max = 60) String decisionNumber) {
    }

    /** An early end. */
    public record EndingRequest(@NotNull LocalDate endedOn, @NotBlank @Size(max = 500) String reason,
                                @NotBlank @Size(max = 60) String decisionNumber) {
    }

    /** The registry entry acted on. */
    public record RecognitionRef(String recognitionId, String unitCode, String personId) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(RULE)
    public RecognitionRef recognise(@PathVariable String unitCode, @Valid @RequestBody RecognitionRequest request) {
        String id = unitCode + "/" + request.personId();
        commands.send(new RecognisePrestigiousPersonCommand(id, unitCode, request.personId(), request.recognisedFrom(),
                request.recognisedUntil(), request.decisionNumber()), Callers.require().actor());
        return new RecognitionRef(id, unitCode, request.personId());
    }

    @PostMapping("/{personId}/endings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(RULE)
    public RecognitionRef end(@PathVariable String unitCode, @PathVariable String personId,
                              @Valid @RequestBody EndingRequest request) {
        String id = unitCode + "/" + personId;
        commands.send(new EndPrestigiousPersonRecognitionCommand(id, request.endedOn(), request.reason(),
                request.decisionNumber()), Callers.require().actor());
        return new RecognitionRef(id, unitCode, personId);
    }
}
