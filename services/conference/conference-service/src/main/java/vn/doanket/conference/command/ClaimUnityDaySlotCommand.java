package vn.doanket.conference.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Claims a residential area's Great Unity Day of a year for a conference (internal: sent by the use case that plans
 * the Unity Day, in the same transaction).
 *
 * @param slotId       {@link UnityDaySlot#idOf}
 * @param areaCode     the area
 * @param year         the year
 * @param conferenceId the Unity Day claiming it
 */
public record ClaimUnityDaySlotCommand(@TargetAggregateIdentifier String slotId, String areaCode, int year,
                                       String conferenceId) {
}
