package vn.doanket.security.personaldata;

import vn.doanket.security.Caller;
import vn.doanket.security.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * The platform's personal-data rules:
 * <ul>
 *   <li>{@link PersonalDataKind#PETITIONER_IDENTITY}: only to a {@link Role#PETITION_HANDLER} who
 *       handles that petition ({@link PersonalDataContext#isHandledBy}); to nobody else, not even
 *       administrators;</li>
 *   <li>every other kind: to {@link Role#OFFICER}, {@link Role#COMMITTEE} and
 *       {@link Role#ADMINISTRATOR} (within scope, which the endpoint checks);</li>
 *   <li>{@link Role#LEADER} and {@link Role#AUDITOR} grant nothing: they see masked values.</li>
 * </ul>
 * Roles add up: a user who is both leader and officer sees what an officer sees. Subclass and
 * override {@link #mayReveal} (or {@link #recordsReveal}) to change a rule.
 */
public class DefaultPersonalDataPolicy implements PersonalDataPolicy {

    /** The roles that see personal data other than petitioner identity. */
    public static final Set<Role> SEE_PERSONAL_DATA = Set.copyOf(EnumSet.of(Role.OFFICER, Role.COMMITTEE, Role.ADMINISTRATOR));

    @Override
    public boolean mayReveal(Caller caller, PersonalDataKind kind, String subject, PersonalDataContext context) {
        if (kind == PersonalDataKind.PETITIONER_IDENTITY) {
            return caller.has(Role.PETITION_HANDLER) && context.isHandledBy(subject, caller.userId());
        }
        return caller.roles().stream().anyMatch(SEE_PERSONAL_DATA::contains);
    }
}
