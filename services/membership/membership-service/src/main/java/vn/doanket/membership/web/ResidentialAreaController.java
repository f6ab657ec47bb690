package vn.doanket.membership.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.axon.CommandSender;
import vn.doanket.membership.api.RegisterResidentialAreaCommand;
import vn.doanket.membership.api.ResidentialAreaKind;
import vn.doanket.security.Callers;
import vn.doanket.territory.Territory;

import java.security.SecureRandom;
import java.time.LocalDate;

/** Residential areas: registration by Front officers within their territory. */
@RestController
@RequestMapping("/api/residential-areas")
public class ResidentialAreaController {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CommandSender commands;
    private final Territory territory;

    public ResidentialAreaController(CommandSender commands, Territory territory) {
        this.commands = commands;
        this.territory = territory;
    }

    /**
     * The body of a registration.
     *
     * @param areaCode optional stable code ({@code <commune code>-<suffix>}, suffix of capital letters and
     *                 digits) for imports and demo data; assigned by the system when absent. Registering a code
     *                 that exists is a 409.
     */
    public record RegisterResidentialAreaRequest(
            @NotBlank @Pattern(regexp = "\\d{5}") String communeCode,
            @NotBlank @Size(max = 200) String name,
            @NotNull ResidentialAreaKind kind,
            @Pattern(regexp = "\\d{5}-[A-Z0-9]{1,36}") String areaCode) {
    }

    /** The registered area. */
    public record RegisteredResidentialArea(String areaCode, String communeCode, String name,
                                            ResidentialAreaKind kind, LocalDate registeredOn) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMINISTRATOR') and @scope.require(#request.communeCode)")
    public RegisteredResidentialArea register(@Valid @RequestBody RegisterResidentialAreaRequest request) {
        LocalDate today = territory.today();
        String areaCode = request.areaCode() != null ? request.areaCode() : request.communeCode() + "-" + randomSuffix();
        commands.send(new RegisterResidentialAreaCommand(areaCode, request.communeCode(), request.name(),
                request.kind(), today), Callers.require().actor());
        return new RegisteredResidentialArea(areaCode, request.communeCode(), request.name().strip(), request.kind(), today);
    }

    private static String randomSuffix() {
        char[] suffix = new char[8];
        for (int i = 0; i < suffix.length; i++) {
            suffix[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(suffix);
    }
}
