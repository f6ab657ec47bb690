package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * The conference opened (khai mạc): it is held on {@code openedOn}, the day it counts on the dashboards.
 *
 * @param conferenceId the conference
 * @param unitCode     the organiser unit
 * @param kind         its kind
 * @param openedOn     the day it was held
 */
public record ConferenceOpenedEvent(String conferenceId, String unitCode, ConferenceKind kind, LocalDate openedOn)
        implements DomainEvent {
}
