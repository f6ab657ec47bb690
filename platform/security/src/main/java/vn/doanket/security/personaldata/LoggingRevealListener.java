package vn.doanket.security.personaldata;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.doanket.security.Role;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The default {@link PersonalDataRevealListener}: one INFO line per reveal on the dedicated logger
 * {@value #LOGGER}, as {@code key=value} pairs in the message and as SLF4J key-values (for JSON
 * encoders):
 *
 * <pre>
 * personal-data-revealed kind=PETITIONER_IDENTITY subject=petitionId:P-2025-0001 field=PetitionView.petitionerName userId=handler-1 roles=PETITION_HANDLER at=2025-11-18T02:15:00Z requestId=4f6c…
 * </pre>
 *
 * Never the value. Values outside {@code [A-Za-z0-9._:@/-]} are replaced by {@code _} so a line
 * cannot be forged.
 */
public class LoggingRevealListener implements PersonalDataRevealListener {

    /** The audit logger's name. */
    public static final String LOGGER = "vn.doanket.audit.reveal";

    private static final Logger log = LoggerFactory.getLogger(LOGGER);
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._:@/-]");

    @Override
    public void revealed(PersonalDataReveal reveal) {
        String roles = reveal.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        String subject = safe(reveal.subjectReference());
        String field = safe(reveal.field());
        String userId = safe(reveal.userId());
        String requestId = safe(reveal.requestId());
        log.atInfo()
                .addKeyValue("event", "personal-data-revealed")
                .addKeyValue("kind", reveal.kind().name())
                .addKeyValue("subject", subject)
                .addKeyValue("field", field)
                .addKeyValue("userId", userId)
                .addKeyValue("roles", roles)
                .addKeyValue("at", reveal.at().toString())
                .addKeyValue("requestId", requestId)
                .log("personal-data-revealed kind={} subject={} field={} userId={} roles={} at={} requestId={}",
                        reveal.kind().name(), subject, field, userId, roles.isEmpty() ? "-" : roles, reveal.at(),
                        requestId);
    }

    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        return UNSAFE.matcher(value).replaceAll("_");
    }
}
