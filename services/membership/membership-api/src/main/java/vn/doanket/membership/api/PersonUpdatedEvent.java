package vn.doanket.membership.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A person's details were updated. Published as {@code PersonUpdated}; like {@link PersonRegisteredEvent} it
 * carries no name or phone (a change of only those is not published at all).
 *
 * @param personId    the person's id
 * @param unitCode    where the person lives, as recorded
 * @param gender      gender
 * @param birthYear   year of birth
 * @param ethnicity   ethnic group
 * @param religion    religion, or {@code null}
 * @param partyMember Party member
 * @param updatedOn   the day of the update
 */
public record PersonUpdatedEvent(
        String personId,
        String unitCode,
        Gender gender,
        int birthYear,
        String ethnicity,
        String religion,
        boolean partyMember,
        LocalDate updatedOn) implements DomainEvent {
}
