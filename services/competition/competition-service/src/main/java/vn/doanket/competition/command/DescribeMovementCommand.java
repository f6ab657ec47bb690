package vn.doanket.competition.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Internal: asks a movement for its terms (organiser, period, criteria) in the transaction of a registration or a
 * report, so those decide on the movement's own state; records nothing. An unknown movement is a 404.
 *
 * @param movementId the movement
 */
public record DescribeMovementCommand(@TargetAggregateIdentifier String movementId) {
}
