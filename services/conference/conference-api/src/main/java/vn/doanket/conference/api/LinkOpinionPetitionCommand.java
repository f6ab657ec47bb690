package vn.doanket.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records the petition the feedback service opened from an opinion (sent by the consumer of
 * {@code doanket.feedback.events}; a redelivery changes nothing).
 *
 * @param conferenceId the conference
 * @param opinionId    the opinion
 * @param petitionId   the petition
 * @param linkedOn     the day the petition was received
 */
public record LinkOpinionPetitionCommand(@TargetAggregateIdentifier String conferenceId, String opinionId,
                                         String petitionId, LocalDate linkedOn) {
}
