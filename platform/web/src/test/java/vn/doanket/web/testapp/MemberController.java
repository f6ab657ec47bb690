package vn.doanket.web.testapp;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.doanket.events.error.DomainException;
import vn.doanket.web.RequestIds;

/** Test endpoints. */
@RestController
@RequestMapping("/members")
public class MemberController {

    public enum Gender { MALE, FEMALE, OTHER }

    public record Address(@NotBlank String street, @NotBlank String communeCode) {
    }

    public record RegisterMemberRequest(
            @NotBlank String fullName,
            @NotBlank @Pattern(regexp = "0\\d{9}") String phone,
            @NotNull Gender gender,
            @Past LocalDate birthDate,
            @Min(1) @Max(10) Integer householdSize,
            @Email String email,
            @Size(max = 3) List<@NotBlank String> tags,
            @Valid Address address) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> register(@Valid @RequestBody RegisterMemberRequest request) {
        return Map.of("id", UUID.randomUUID().toString(), "fullName", request.fullName());
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> get(@PathVariable UUID id) {
        throw DomainException.notFound("member-not-found", "Không tìm thấy hội viên", "Member not found");
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> list(@RequestParam("unit") String unit,
                                    @RequestParam(name = "page", defaultValue = "1") @Min(1) int page) {
        return Map.of("unit", unit, "page", page);
    }

    @GetMapping("/needs-header")
    public Map<String, Object> needsHeader(@RequestHeader("X-Unit-Code") String unitCode) {
        return Map.of("unit", unitCode);
    }

    @PostMapping("/domain/{kind}")
    public void domain(@PathVariable String kind) {
        throw switch (kind) {
            case "invalid" -> DomainException.invalid("phone-format", "Số điện thoại không đúng định dạng",
                    "The phone number has the wrong format");
            case "not-found" -> DomainException.notFound("member-not-found", "Không tìm thấy hội viên", "Member not found");
            case "conflict" -> DomainException.conflict("member-already-registered", "Hội viên đã được đăng ký",
                    "The member is already registered");
            case "rule" -> DomainException.rule("member-too-young", "Hội viên chưa đủ tuổi theo quy định",
                    "The member is below the required age");
            case "legacy" -> DomainException.rule("legacy-code", "Mã cũ", "Old code");
            default -> new IllegalArgumentException("unknown kind");
        };
    }

    @PostMapping("/wrapped")
    public void wrapped() {
        // as a command framework would: the rejection arrives as the cause of another exception
        throw new IllegalStateException("Command execution failed",
                new RuntimeException("handler failed", DomainException.conflict("member-already-registered",
                        "Hội viên đã được đăng ký", "The member is already registered")));
    }

    @PostMapping("/version-conflict")
    public void versionConflict() {
        throw new IllegalStateException("wrapped", new TestApplication.VersionConflictException("aggregate 42 seq 7"));
    }

    @PostMapping(value = "/free-form", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> freeForm(@RequestBody Map<String, Object> body) {
        return Map.of("entries", body.size());
    }

    @GetMapping("/boom-with-cause")
    public Map<String, Object> boomWithCause() {
        throw new IllegalStateException("outer", new IllegalArgumentException("inner 0912345678"));
    }

    @GetMapping("/boom")
    public void boom() {
        throw new IllegalStateException("SELECT * FROM member WHERE phone = '0912345678' -- at vn.doanket.Secret");
    }

    @GetMapping("/broken-mapper")
    public void brokenMapper() {
        throw new IllegalArgumentException("break-the-mapper");
    }

    @GetMapping("/status")
    public void status() {
        throw new ResponseStatusException(HttpStatus.CONFLICT, "reason with 0912345678");
    }

    @GetMapping("/annotated")
    public void annotated() {
        throw new Gone();
    }

    @GetMapping("/send-error")
    public void sendError(HttpServletResponse response) throws IOException {
        response.sendError(403);
    }

    @GetMapping(value = "/request-id", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> requestId() {
        return Map.of("current", RequestIds.current().orElse("none"), "mdc", String.valueOf(MDC.get("requestId")));
    }

    @ResponseStatus(HttpStatus.GONE)
    static class Gone extends RuntimeException {
    }
}
