package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * The topics of a propaganda session (they replace earlier ones).
 *
 * @param conferenceId the session
 * @param unitCode     the organiser unit
 * @param topics       the topics (at most 20)
 * @param recordedOn   the day
 */
public record PropagandaTopicsRecordedEvent(String conferenceId, String unitCode, List<String> topics,
                                            LocalDate recordedOn) implements DomainEvent {
}
