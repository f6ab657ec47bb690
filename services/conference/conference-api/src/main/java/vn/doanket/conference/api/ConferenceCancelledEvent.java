package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A conference was cancelled before it opened; it counts nowhere.
 *
 * @param conferenceId the conference
 * @param unitCode     the organiser unit
 * @param kind         its kind
 * @param reason       why
 * @param cancelledOn  the day
 */
public record ConferenceCancelledEvent(String conferenceId, String unitCode, ConferenceKind kind, String reason,
                                       LocalDate cancelledOn) implements DomainEvent {
}
