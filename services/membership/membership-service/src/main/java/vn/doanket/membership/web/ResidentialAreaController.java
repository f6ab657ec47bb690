package vn.doanket.membership.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
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
import vn.doanket.events.Actor;
import vn.doanket.events.UnitCode;
import vn.doanket.events.error.DomainException;
import vn.doanket.membership.api.MergeResidentialAreaCommand;
import vn.doanket.membership.api.RegisterResidentialAreaCommand;
import vn.doanket.membership.api.RenameResidentialAreaCommand;
import vn.doanket.membership.api.ResidentialAreaKind;
import vn.doanket.membership.api.SplitResidentialAreaCommand;
import vn.doanket.membership.command.ConfirmResidentialAreaOpenCommand;
import vn.doanket.security.Callers;
import vn.doanket.security.RoleGroups;
import vn.doanket.territory.Territory;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Residential areas: registration, renaming, merging (several into one, existing or new) and splitting, by Front
 * officers (and administrators) within their territory. A merged or split area's committee must be re-formed in the
 * receiving area: the merged-away area takes no new appointments.
 */
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
     * @param registeredOn optional day the area came into the system (today when absent; never in the future), for
     *                     recording areas that already existed, e.g. before a merge that is recorded afterwards, or
     *                     in 2023 under the commune of 2023: {@code communeCode} is the commune in force on that day
     *                     (a pre-2025 commune, or one known from a recorded reorganisation decision)
     */
    public record RegisterResidentialAreaRequest(
            @NotBlank @Pattern(regexp = UnitCode.COMMUNE_FORM) String communeCode,
            @NotBlank @Size(max = 200) String name,
            @NotNull ResidentialAreaKind kind,
            @Pattern(regexp = UnitCode.AREA_FORM) String areaCode,
            @PastOrPresent LocalDate registeredOn) {
    }

    /** The registered area, with the name its commune had on {@code registeredOn}. */
    public record RegisteredResidentialArea(String areaCode, String communeCode, String name,
                                            ResidentialAreaKind kind, LocalDate registeredOn, String communeName) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(RoleGroups.RECORDERS + " and @scope.require(#request.communeCode, #request.registeredOn)")
    public RegisteredResidentialArea register(@Valid @RequestBody RegisterResidentialAreaRequest request) {
        LocalDate today = request.registeredOn() != null ? request.registeredOn() : territory.today();
        String areaCode = request.areaCode() != null ? request.areaCode() : request.communeCode() + "-" + randomSuffix();
        commands.send(new RegisterResidentialAreaCommand(areaCode, request.communeCode(), request.name(),
                request.kind(), today), Callers.require().actor());
        return new RegisteredResidentialArea(areaCode, request.communeCode(), request.name().strip(), request.kind(), today,
                territory.unit(request.communeCode(), today).map(vn.doanket.territory.AdministrativeUnit::name).orElse(null));
    }

    /** A rename. */
    public record RenameRequest(@NotBlank @Size(max = 200) String name, ResidentialAreaKind kind,
                                @NotNull LocalDate renamedOn, @NotBlank @Size(max = 60) String decisionNumber) {
    }

    /** A new area created by a merge or a split. */
    public record NewArea(@NotBlank @Size(max = 200) String name, @NotNull ResidentialAreaKind kind,
                          @Pattern(regexp = UnitCode.AREA_FORM) String areaCode) {
    }

    /**
     * A merge of several areas of one commune into one: an existing area ({@code intoAreaCode}) or a new one
     * ({@code newArea}), exactly one of the two.
     */
    public record MergeRequest(@NotBlank @Pattern(regexp = UnitCode.COMMUNE_FORM) String communeCode,
                               @NotNull @Size(min = 1, max = 20) List<@NotBlank @Pattern(regexp = UnitCode.AREA_FORM) String> mergedAreaCodes,
                               @Pattern(regexp = UnitCode.AREA_FORM) String intoAreaCode,
                               @Valid NewArea newArea,
                               @NotNull LocalDate mergedOn, @NotBlank @Size(max = 60) String decisionNumber) {
    }

    /** A split into new areas. */
    public record SplitRequest(@NotNull @Size(min = 2, max = 20) List<@Valid @NotNull NewArea> parts,
                               @NotNull LocalDate splitOn, @NotBlank @Size(max = 60) String decisionNumber) {
    }

    /** The outcome of a merge or split. */
    public record Reorganised(List<String> closedAreaCodes, List<String> receivingAreaCodes, LocalDate effectiveOn) {
    }

    @PostMapping("/{areaCode}/renames")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(RoleGroups.RECORDERS + " and @scope.require(#areaCode)")
    public Reorganised rename(@PathVariable String areaCode, @Valid @RequestBody RenameRequest request) {
        commands.send(new RenameResidentialAreaCommand(areaCode, request.name(), request.kind(), request.renamedOn(),
                request.decisionNumber()), Callers.require().actor());
        return new Reorganised(List.of(), List.of(areaCode), request.renamedOn());
    }

    @PostMapping("/merges")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(RoleGroups.RECORDERS + " and @scope.require(#request.communeCode)")
    public Reorganised merge(@Valid @RequestBody MergeRequest request) {
        Actor actor = Callers.require().actor();
        if ((request.intoAreaCode() == null) == (request.newArea() == null)) {
            throw DomainException.invalid("merge-target", "Cần đúng một trong hai: khu dân cư nhận (intoAreaCode) hoặc khu dân cư mới (newArea)",
                    "Give exactly one of intoAreaCode (an existing area) or newArea");
        }
        List<String> merged = request.mergedAreaCodes();
        if (new HashSet<>(merged).size() != merged.size()
                || merged.stream().anyMatch(c -> !c.startsWith(request.communeCode() + "-"))) {
            throw DomainException.invalid("invalid-merge-sources",
                    "Các khu dân cư sáp nhập phải thuộc xã/phường đã nêu và không trùng lặp",
                    "The merged areas must belong to the given commune, without duplicates");
        }
        // one transaction: every merged area must be open that day (404 if unknown), and a refusal
        // half-way leaves no area merged and no new area registered
        String into = commands.atomically(() -> {
            String target;
            for (String source : merged) {
                commands.send(new ConfirmResidentialAreaOpenCommand(source, request.mergedOn().minusDays(1)), actor);
            }
            if (request.newArea() != null) {
                target = request.newArea().areaCode() != null ? request.newArea().areaCode()
                        : request.communeCode() + "-" + randomSuffix();
                commands.send(new RegisterResidentialAreaCommand(target, request.communeCode(), request.newArea().name(),
                        request.newArea().kind(), request.mergedOn()), actor);
            } else {
                target = request.intoAreaCode();
                commands.send(new ConfirmResidentialAreaOpenCommand(target, request.mergedOn()), actor);
            }
            for (String source : merged) {
                commands.send(new MergeResidentialAreaCommand(source, target, merged, request.mergedOn(),
                        request.decisionNumber()), actor);
            }
            return target;
        });
        return new Reorganised(merged, List.of(into), request.mergedOn());
    }

    @PostMapping("/{areaCode}/splits")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(RoleGroups.RECORDERS + " and @scope.require(#areaCode)")
    public Reorganised split(@PathVariable String areaCode, @Valid @RequestBody SplitRequest request) {
        Actor actor = Callers.require().actor();
        String communeCode = commands.send(
                new ConfirmResidentialAreaOpenCommand(areaCode, request.splitOn().minusDays(1)), actor);
        List<String> parts = new ArrayList<>();
        for (NewArea part : request.parts()) {
            String code = part.areaCode() != null ? part.areaCode() : communeCode + "-" + randomSuffix();
            parts.add(code);
        }
        if (new HashSet<>(parts).size() != parts.size() || parts.contains(areaCode)
                || parts.stream().anyMatch(c -> !c.startsWith(communeCode + "-"))) {
            throw DomainException.invalid("invalid-split",
                    "Chia tách phải tạo ít nhất hai khu dân cư mới khác nhau trong cùng xã/phường",
                    "A split needs at least two distinct new areas in the same commune");
        }
        // one transaction: the new areas are registered and the area split, or nothing is
        commands.atomically(() -> {
            for (int i = 0; i < parts.size(); i++) {
                NewArea part = request.parts().get(i);
                commands.send(new RegisterResidentialAreaCommand(parts.get(i), communeCode, part.name(), part.kind(),
                        request.splitOn()), actor);
            }
            return commands.send(new SplitResidentialAreaCommand(areaCode, parts, request.splitOn(),
                    request.decisionNumber()), actor);
        });
        return new Reorganised(List.of(areaCode), parts, request.splitOn());
    }

    private static String randomSuffix() {
        char[] suffix = new char[8];
        for (int i = 0; i < suffix.length; i++) {
            suffix[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(suffix);
    }
}
