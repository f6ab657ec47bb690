package vn.doanket.security.personaldata;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the {@link PersonalDataPolicy} needs to know about the response being written beyond the
 * caller: which users handle which petitions. Immutable. A controller that returns petitions
 * states it explicitly before returning:
 *
 * <pre>{@code
 * PersonalDataContext.handling(petition.id(), petition.handlerUserIds()).bindToRequest();
 * return PetitionView.of(petition);
 * }</pre>
 *
 * <p>The context lives in the current request's attributes, so it is there when the response body is
 * serialized and gone with the request. Outside a request (tests, batch code) use
 * {@link #with(PersonalDataContext, Work)}. Without a context nobody handles anything, so
 * petitioner identities are masked for everyone.
 */
public final class PersonalDataContext {

    /** Request attribute holding the context bound by {@link #bindToRequest()}. */
    public static final String ATTRIBUTE = PersonalDataContext.class.getName();

    private static final PersonalDataContext NONE = new PersonalDataContext(Map.of());
    private static final ThreadLocal<PersonalDataContext> SCOPED = new ThreadLocal<>();

    private final Map<String, Set<String>> handlersBySubject;

    private PersonalDataContext(Map<String, Set<String>> handlersBySubject) {
        this.handlersBySubject = Map.copyOf(handlersBySubject);
    }

    /**
     * The empty context: nobody handles anything.
     *
     * @return the empty context
     */
    public static PersonalDataContext none() {
        return NONE;
    }

    /**
     * A context in which the given users handle a petition.
     *
     * @param petitionId     the petition (the value of the {@link PersonalData#subject()} property)
     * @param handlerUserIds the user ids ({@code sub}) of its handlers
     * @return the context
     */
    public static PersonalDataContext handling(String petitionId, Collection<String> handlerUserIds) {
        return NONE.andHandling(petitionId, handlerUserIds);
    }

    /**
     * This context, plus users handling another petition (for lists).
     *
     * @param petitionId     the petition
     * @param handlerUserIds the user ids of its handlers
     * @return a new context
     */
    public PersonalDataContext andHandling(String petitionId, Collection<String> handlerUserIds) {
        Objects.requireNonNull(petitionId, "petitionId");
        Map<String, Set<String>> merged = new HashMap<>(handlersBySubject);
        merged.merge(petitionId, Set.copyOf(handlerUserIds), PersonalDataContext::union);
        return new PersonalDataContext(merged);
    }

    /**
     * This context and another, combined.
     *
     * @param other another context
     * @return a new context
     */
    public PersonalDataContext and(PersonalDataContext other) {
        Map<String, Set<String>> merged = new HashMap<>(handlersBySubject);
        other.handlersBySubject.forEach((subject, users) -> merged.merge(subject, users, PersonalDataContext::union));
        return new PersonalDataContext(merged);
    }

    /**
     * Whether a user handles a petition.
     *
     * @param petitionId the petition, may be null (then false)
     * @param userId     the user, may be null (then false)
     * @return true if the user is one of the petition's handlers
     */
    public boolean isHandledBy(String petitionId, String userId) {
        return petitionId != null && userId != null
                && handlersBySubject.getOrDefault(petitionId, Set.of()).contains(userId);
    }

    /**
     * Makes this context apply to the response of the current request, combined with any context
     * already bound to it.
     *
     * @throws IllegalStateException outside a request
     */
    public void bindToRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            throw new IllegalStateException("No current request: use PersonalDataContext.with(context, work)");
        }
        Object existing = attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        PersonalDataContext bound = existing instanceof PersonalDataContext previous ? previous.and(this) : this;
        attributes.setAttribute(ATTRIBUTE, bound, RequestAttributes.SCOPE_REQUEST);
    }

    /**
     * The context that applies now: the one of {@link #with} if running inside it, else the one bound
     * to the current request, else {@link #none()}.
     *
     * @return the context, never null
     */
    public static PersonalDataContext current() {
        PersonalDataContext scoped = SCOPED.get();
        if (scoped != null) {
            return scoped;
        }
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null
                && attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof PersonalDataContext bound) {
            return bound;
        }
        return NONE;
    }

    /**
     * Runs work (typically a serialization) with a context, outside or inside a request.
     *
     * @param context the context
     * @param work    the work
     * @param <T>     the result type
     * @param <E>     what the work throws
     * @return the work's result
     * @throws E when the work throws
     */
    public static <T, E extends Exception> T with(PersonalDataContext context, Work<T, E> work) throws E {
        PersonalDataContext previous = SCOPED.get();
        SCOPED.set(Objects.requireNonNull(context, "context"));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                SCOPED.remove();
            } else {
                SCOPED.set(previous);
            }
        }
    }

    /**
     * Work run by {@link #with}.
     *
     * @param <T> the result type
     * @param <E> what it throws
     */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T get() throws E;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** Counts only, never ids: safe to log. */
    @Override
    public String toString() {
        return "PersonalDataContext[" + handlersBySubject.size() + " petitions]";
    }
}
