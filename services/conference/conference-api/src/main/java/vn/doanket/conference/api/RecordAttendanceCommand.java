package vn.doanket.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Counts one verified attendee: sent with the invitation's own check-in, in one transaction.
 *
 * @param conferenceId    the conference
 * @param invitationId    the invitation whose code was used (or the walk-in's)
 * @param inviteeKind     who
 * @param inviteeUnitCode their unit, or null
 * @param method          how
 * @param checkedInOn     the day
 */
public record RecordAttendanceCommand(@TargetAggregateIdentifier String conferenceId, String invitationId,
                                      InviteeKind inviteeKind, String inviteeUnitCode, CheckInMethod method,
                                      LocalDate checkedInOn) {
}
