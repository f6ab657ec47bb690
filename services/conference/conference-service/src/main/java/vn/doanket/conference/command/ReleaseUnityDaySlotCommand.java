package vn.doanket.conference.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Releases a slot when its Unity Day is cancelled (internal).
 *
 * @param slotId       the slot
 * @param conferenceId the Unity Day that holds it
 */
public record ReleaseUnityDaySlotCommand(@TargetAggregateIdentifier String slotId, String conferenceId) {
}
