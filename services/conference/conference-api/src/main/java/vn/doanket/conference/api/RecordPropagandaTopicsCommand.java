package vn.doanket.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Records the topics of a propaganda session.
 *
 * @param conferenceId the session
 * @param topics       1–20 topics
 * @param recordedOn   the day
 */
public record RecordPropagandaTopicsCommand(@TargetAggregateIdentifier String conferenceId, List<String> topics,
                                            LocalDate recordedOn) {
}
