package vn.doanket.conference.command;

/**
 * A residential area's Unity Day of a year is held by a conference. Internal (not published): the published facts
 * are the conference's own events.
 *
 * @param slotId       the slot
 * @param areaCode     the area
 * @param year         the year
 * @param conferenceId the Unity Day
 */
public record UnityDaySlotClaimedEvent(String slotId, String areaCode, int year, String conferenceId) {
}
