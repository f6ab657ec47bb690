package vn.doanket.events;

/**
 * A fact of a bounded context that is published to other contexts.
 *
 * <p>Every published event belongs to the administrative unit it was recorded under
 * ({@link #unitCode()}), <em>as recorded</em>: roll-ups to other maps go through the
 * territory lineage, never by rewriting this value. Event records live in the owning
 * context's {@code *-api} module and are named {@code <Noun><PastVerb>Event}; their
 * published {@code eventType} is the simple name without the {@code Event} suffix
 * (see {@link EventTypes}).
 */
public interface DomainEvent {

    /** The administrative unit (or residential area) the fact belongs to, as recorded. */
    String unitCode();
}
