package vn.doanket.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records an opinion raised by a delegate. Idempotent by {@code opinionId}.
 *
 * @param conferenceId the conference
 * @param opinionId    client-supplied id within the conference
 * @param delegateId   the delegate (registered at this conference)
 * @param unitCode     the unit the opinion is about (the organiser unit or below)
 * @param topic        feedback topic code
 * @param text         what was said (at most 4,000 characters)
 * @param raisedOn     the day, or null for the day the conference was held
 */
public record RaiseOpinionCommand(@TargetAggregateIdentifier String conferenceId, String opinionId,
                                  String delegateId, String unitCode, String topic, String text, LocalDate raisedOn) {
}
