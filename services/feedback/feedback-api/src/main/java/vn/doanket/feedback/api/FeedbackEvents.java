package vn.doanket.feedback.api;

import vn.doanket.events.DomainEvent;

import java.util.List;

/**
 * The published language of the feedback context: every event class on {@code doanket.feedback.events}.
 * Consumers (dashboard, reports) decode by {@code eventType} with {@link #byType(String)}.
 */
public final class FeedbackEvents {

    /** The bounded context's name; its topic is {@code doanket.feedback.events}. */
    public static final String CONTEXT = "feedback";

    /** The aggregate type in envelopes. */
    public static final String AGGREGATE_TYPE = "Petition";

    /** Every published event class. */
    public static final List<Class<? extends DomainEvent>> ALL = List.of(
            PetitionReceivedEvent.class, PetitionClassifiedEvent.class, PetitionForwardedEvent.class,
            PetitionAnsweredEvent.class, AnswerCommunicatedEvent.class, PetitionClosedEvent.class,
            PetitionReopenedEvent.class, PetitionWithdrawnEvent.class, PetitionsMergedEvent.class,
            PetitionMergedIntoEvent.class, PetitionSplitEvent.class, PetitionEscalatedEvent.class);

    private FeedbackEvents() {
    }

    /** The event class published under an event type, if it is one of feedback's. */
    public static java.util.Optional<Class<? extends DomainEvent>> byType(String eventType) {
        return ALL.stream().filter(c -> vn.doanket.events.EventTypes.nameOf(c).equals(eventType)).findFirst();
    }
}
