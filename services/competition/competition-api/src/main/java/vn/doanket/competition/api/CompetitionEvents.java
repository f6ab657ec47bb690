package vn.doanket.competition.api;

import vn.doanket.events.DomainEvent;
import vn.doanket.events.EventTypes;

import java.util.List;
import java.util.Optional;

/**
 * The published language of the competition context: every event class on {@code doanket.competition.events}.
 * Judges' sheets and people's names are never published (they are internal events of the service); a round's marks
 * are published only in {@link RoundLockedEvent}, after the lock.
 */
public final class CompetitionEvents {

    /** The bounded context's name; its topic is {@code doanket.competition.events}. */
    public static final String CONTEXT = "competition";

    /** Aggregate types in envelopes. */
    public static final String CONTEST = "Contest";
    public static final String MOVEMENT = "Movement";
    public static final String MOVEMENT_PARTICIPATION = "MovementParticipation";
    public static final String COMMENDATION = "Commendation";
    public static final String GIFT = "Gift";

    /** Every published event class. */
    public static final List<Class<? extends DomainEvent>> ALL = List.of(
            ContestCreatedEvent.class, ContestantNominatedEvent.class, NominationWithdrawnEvent.class,
            RoundPlannedEvent.class, JudgeAppointedEvent.class, ConflictOfInterestDeclaredEvent.class,
            RoundOpenedEvent.class, RoundClosedEvent.class, RoundLockedEvent.class, PrizeAwardedEvent.class,
            ContestResultsLockedEvent.class, ContestResultsPublishedEvent.class, ContestResultCorrectedEvent.class,
            MovementLaunchedEvent.class, UnitRegisteredForMovementEvent.class, MovementProgressReportedEvent.class,
            MovementUnitEvaluatedEvent.class, CommendationGrantedEvent.class, CommendationRevokedEvent.class,
            GiftRecordedEvent.class, GiftReversedEvent.class);

    private CompetitionEvents() {
    }

    /** The event class published under an event type, if it is one of competition's. */
    public static Optional<Class<? extends DomainEvent>> byType(String eventType) {
        return ALL.stream().filter(c -> EventTypes.nameOf(c).equals(eventType)).findFirst();
    }
}
