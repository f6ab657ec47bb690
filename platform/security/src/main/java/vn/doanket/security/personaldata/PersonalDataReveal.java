package vn.doanket.security.personaldata;

import vn.doanket.security.Role;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One value of personal data shown to a caller: who saw which kind of whose data, when — never the
 * value itself.
 *
 * @param userId          the caller's user id ({@code sub})
 * @param roles           the caller's roles
 * @param kind            the kind of the value
 * @param subjectProperty the property naming whose data it is, e.g. {@code petitionId}; null if none
 * @param subject         its value, e.g. the petition id; null if none
 * @param field           where the value was, {@code <DTO simple name>.<JSON property>}
 * @param at              when it was written to the response
 * @param requestId       the request's id ({@code X-Request-Id}), null outside a request
 */
public record PersonalDataReveal(String userId, Set<Role> roles, PersonalDataKind kind, String subjectProperty,
                                 String subject, String field, Instant at, String requestId) {

    public PersonalDataReveal {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        roles = Set.copyOf(roles);
    }

    /**
     * The subject as one reference.
     *
     * @return {@code petitionId:P-1}, or {@code -} when there is none
     */
    public String subjectReference() {
        if (subject == null) {
            return "-";
        }
        return subjectProperty == null ? subject : subjectProperty + ":" + subject;
    }
}
