package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A postponed conference got its new date and goes on (planned, or inviting when invitations were sent).
 *
 * @param conferenceId the conference
 * @param unitCode     the organiser unit
 * @param startsAt     the new start
 * @param endsAt       the new end, or null
 * @param status       the status it resumes
 * @param rescheduledOn the day it was decided
 */
public record ConferenceRescheduledEvent(String conferenceId, String unitCode, LocalDateTime startsAt,
                                         LocalDateTime endsAt, ConferenceStatus status, LocalDate rescheduledOn)
        implements DomainEvent {
}
