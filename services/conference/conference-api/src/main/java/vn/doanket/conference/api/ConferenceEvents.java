package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;
import vn.doanket.events.EventTypes;

import java.util.List;
import java.util.Optional;

/**
 * The published language of the conference context: every event class on {@code doanket.conference.events}
 * (besides the certificates module's {@code CertificateIssued} / {@code CertificateRevoked}, aggregate type
 * {@code Certificate}, published with them). Consumers decode by {@code eventType} with {@link #byType(String)}.
 */
public final class ConferenceEvents {

    /** The bounded context's name; its topic is {@code doanket.conference.events}. */
    public static final String CONTEXT = "conference";

    /** Aggregate types in envelopes. */
    public static final String CONFERENCE = "Conference";
    public static final String INVITATION = "Invitation";
    public static final String TRAINING_CLASS = "TrainingClass";
    public static final String CERTIFICATE = "Certificate";

    /** Every published event class of the conference aggregate. */
    public static final List<Class<? extends DomainEvent>> OF_CONFERENCE = List.of(
            ConferencePlannedEvent.class, ConferencePostponedEvent.class, ConferenceRescheduledEvent.class,
            ConferenceCancelledEvent.class, InvitationsSentEvent.class, RegistrationRecordedEvent.class,
            ConferenceOpenedEvent.class, AttendeeCheckedInEvent.class, HeadcountRecordedEvent.class,
            DelegateRegisteredEvent.class, OpinionRaisedEvent.class, OpinionPetitionLinkedEvent.class,
            PresentationRecordedEvent.class, PropagandaTopicsRecordedEvent.class,
            UnityDayActivitiesRecordedEvent.class, ConferenceClosedEvent.class);

    /** Every published event class of the invitation aggregate. */
    public static final List<Class<? extends DomainEvent>> OF_INVITATION = List.of(
            InvitationSentEvent.class, InvitationRespondedEvent.class, InvitationCheckedInEvent.class);

    /** Every published event class of the training class aggregate. */
    public static final List<Class<? extends DomainEvent>> OF_TRAINING_CLASS = List.of(
            TrainingClassPlannedEvent.class, TraineeEnrolledEvent.class, SessionAttendanceRecordedEvent.class,
            TraineeCompletedEvent.class, TrainingClassClosedEvent.class, TrainingClassCancelledEvent.class);

    /** Every published event class (of this module). */
    public static final List<Class<? extends DomainEvent>> ALL = java.util.stream.Stream.of(OF_CONFERENCE,
            OF_INVITATION, OF_TRAINING_CLASS).flatMap(List::stream).toList();

    private ConferenceEvents() {
    }

    /** The event class published under an event type, if it is one of this module's. */
    public static Optional<Class<? extends DomainEvent>> byType(String eventType) {
        return ALL.stream().filter(c -> EventTypes.nameOf(c).equals(eventType)).findFirst();
    }
}
