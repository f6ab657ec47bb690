package vn.doanket.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records the headcount of a mass event in session (replaces an earlier count).
 *
 * @param conferenceId the conference
 * @param headcount    people present (0 – 10,000,000)
 * @param countedOn    the day
 */
public record RecordHeadcountCommand(@TargetAggregateIdentifier String conferenceId, int headcount,
                                     LocalDate countedOn) {
}
