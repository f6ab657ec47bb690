package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A conference was postponed (hoãn): to {@code newStartsAt} when one is given (it goes on as before with the new
 * date), otherwise until it is rescheduled.
 *
 * @param conferenceId the conference
 * @param unitCode     the organiser unit
 * @param reason       why
 * @param newStartsAt  the new start, or null (status {@code POSTPONED} until rescheduled)
 * @param newEndsAt    the new end, or null
 * @param postponedOn  the day it was decided
 */
public record ConferencePostponedEvent(String conferenceId, String unitCode, String reason, LocalDateTime newStartsAt,
                                       LocalDateTime newEndsAt, LocalDate postponedOn) implements DomainEvent {
}
