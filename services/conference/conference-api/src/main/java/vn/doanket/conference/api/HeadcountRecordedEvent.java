package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * The attendance of a mass event (propaganda session, Unity Day festival), where names are not taken: a headcount
 * (it replaces an earlier count of the same event).
 *
 * @param conferenceId the conference
 * @param unitCode     the organiser unit
 * @param headcount    people present
 * @param countedOn    the day
 */
public record HeadcountRecordedEvent(String conferenceId, String unitCode, int headcount, LocalDate countedOn)
        implements DomainEvent {
}
