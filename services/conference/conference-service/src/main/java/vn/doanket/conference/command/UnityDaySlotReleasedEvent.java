package vn.doanket.conference.command;

/**
 * The Unity Day holding a slot was cancelled; the area may plan another that year. Internal (not published).
 *
 * @param slotId       the slot
 * @param conferenceId the cancelled Unity Day
 */
public record UnityDaySlotReleasedEvent(String slotId, String conferenceId) {
}
