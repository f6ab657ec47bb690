package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A conference (or propaganda session, or Great Unity Day) was planned. Published as {@code ConferencePlanned}.
 *
 * @param conferenceId the client-supplied id (aggregate id)
 * @param kind         its kind
 * @param unitCode     the organiser unit (nation, province, commune or residential area), as recorded
 * @param title        its title
 * @param startsAt     when it starts (Vietnam local time)
 * @param endsAt       when it ends, or null
 * @param venue        where
 * @param agenda       the agenda's items, in order (at most 50)
 * @param recordedOn   the day it was entered
 */
public record ConferencePlannedEvent(String conferenceId, ConferenceKind kind, String unitCode, String title,
                                     LocalDateTime startsAt, LocalDateTime endsAt, String venue, List<String> agenda,
                                     LocalDate recordedOn) implements DomainEvent {
}
