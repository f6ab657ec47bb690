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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.axon.CommandSender;
import vn.doanket.events.Actor;
import vn.doanket.membership.api.Gender;
import vn.doanket.membership.api.RegisterPersonCommand;
import vn.doanket.membership.api.UpdatePersonCommand;
import vn.doanket.membership.command.ConfirmPersonUnitCommand;
import vn.doanket.security.Callers;
import vn.doanket.security.RoleGroups;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.util.UUID;

/**
 * People who sit on Front bodies, registered under the commune (or residential area) they live in, by officers
 * within their territory. Name and phone are personal data: they are never published and are masked in answers to
 * callers the personal-data policy does not entitle.
 */
@RestController
@RequestMapping("/api/units/{unitCode}/people")
public class PersonController {

    static final String RULE = RoleGroups.RECORDERS + " and @scope.require(#unitCode)";

    private final CommandSender commands;
    private final Territory territory;

    public PersonController(CommandSender commands, Territory territory) {
        this.commands = commands;
        this.territory = territory;
    }

    /** A person's details; {@code personId} optional (stable ids for imports), assigned when absent. */
    public record PersonRequest(@Pattern(regexp = "p-[a-z0-9][a-z0-9-]{0,40}") String personId,
                                @NotBlank @Size(max = 100) String fullName, @NotNull Gender gender,
                                @Min(1900) @Max(2100) int birthYear, @NotBlank @Size(max = 40) String ethnicity,
                                @Size(max = 60) String religion, boolean partyMember,
                                @Size(max = 20) String phone) {
        @Override
        public String toString() {
            return "PersonRequest[personId=" + personId + ", personal data hidden]";
        }
    }

    /** The person acted on. */
    public record PersonRef(String personId, String unitCode) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(RULE)
    public PersonRef register(@PathVariable String unitCode, @Valid @RequestBody PersonRequest request) {
        String personId = request.personId() != null ? request.personId() : "p-" + UUID.randomUUID();
        commands.send(new RegisterPersonCommand(personId, unitCode, request.fullName(), request.gender(),
                request.birthYear(), request.ethnicity(), request.religion(), request.partyMember(), request.phone(),
                territory.today()), Callers.require().actor());
        return new PersonRef(personId, unitCode);
    }

    @PutMapping("/{personId}")
    @PreAuthorize(RULE)
    public PersonRef update(@PathVariable String unitCode, @PathVariable String personId,
                            @Valid @RequestBody PersonRequest request) {
        Actor actor = Callers.require().actor();
        commands.send(new ConfirmPersonUnitCommand(personId, unitCode), actor);
        commands.send(new UpdatePersonCommand(personId, request.fullName(), request.gender(), request.birthYear(),
                request.ethnicity(), request.religion(), request.partyMember(), request.phone(), territory.today()), actor);
        return new PersonRef(personId, unitCode);
    }
}
