package vn.doanket.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Registers a delegate who speaks for committees. Idempotent by {@code delegateId} (same content: unchanged; other
 * content: 409).
 *
 * @param conferenceId the conference
 * @param delegateId   client-supplied id within the conference
 * @param personId     membership person id, or null
 * @param committeeIds committees they speak for (at most 50)
 * @param registeredOn the day
 */
public record RegisterDelegateCommand(@TargetAggregateIdentifier String conferenceId, String delegateId,
                                      String personId, List<String> committeeIds, LocalDate registeredOn) {
}
