package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * The activities of a Great Unity Day (they replace earlier ones).
 *
 * @param conferenceId the Unity Day
 * @param unitCode     the residential area
 * @param activities   the activities (at most 30)
 * @param recordedOn   the day
 */
public record UnityDayActivitiesRecordedEvent(String conferenceId, String unitCode, List<String> activities,
                                              LocalDate recordedOn) implements DomainEvent {
}
