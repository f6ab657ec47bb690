package vn.doanket.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Records the activities of a Great Unity Day.
 *
 * @param conferenceId the Unity Day
 * @param activities   1–30 activities
 * @param recordedOn   the day
 */
public record RecordUnityDayActivitiesCommand(@TargetAggregateIdentifier String conferenceId, List<String> activities,
                                              LocalDate recordedOn) {
}
