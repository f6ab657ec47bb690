package vn.doanket.membership.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A person was registered. Published as {@code PersonRegistered} on {@code doanket.membership.events}; the fact
 * belongs to the unit the person lives in ({@link #unitCode()}). <strong>Carries no direct identifiers</strong>: no
 * name, no phone (those stay in the membership service, under the personal-data policy). The attributes here are
 * the ones statistics need (members by gender, age, ethnicity, religion, Party membership).
 *
 * @param personId     the person's id
 * @param unitCode     where the person lives, as recorded
 * @param gender       gender
 * @param birthYear    year of birth
 * @param ethnicity    ethnic group
 * @param religion     religion, or {@code null}
 * @param partyMember  Party member
 * @param registeredOn the day of registration
 */
public record PersonRegisteredEvent(
        String personId,
        String unitCode,
        Gender gender,
        int birthYear,
        String ethnicity,
        String religion,
        boolean partyMember,
        LocalDate registeredOn) implements DomainEvent {
}
