package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * A delegate of a dialogue (or voter-contact) conference, who may speak for several Front Work Committees.
 *
 * @param conferenceId          the conference
 * @param unitCode              the organiser unit
 * @param delegateId            the client-supplied id within the conference
 * @param personId              the membership person id, or null
 * @param committeeIds          the committees they speak for ({@code <area code>/<term year>}, at most 50)
 * @param delegates             delegates in all, after this one (decided by the conference)
 * @param committeesRepresented distinct committees represented in all, after this one
 * @param communesRepresented   distinct communes represented in all, after this one
 * @param registeredOn          the day
 */
public record DelegateRegisteredEvent(String conferenceId, String unitCode, String delegateId, String personId,
                                      List<String> committeeIds, int delegates, int committeesRepresented,
                                      int communesRepresented, LocalDate registeredOn) implements DomainEvent {
}
