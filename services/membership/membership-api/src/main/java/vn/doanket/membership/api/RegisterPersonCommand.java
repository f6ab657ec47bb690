package vn.doanket.membership.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Registers a person who sits (or will sit) on Front bodies. {@code fullName} and {@code phone} are personal data:
 * they are stored in the service's event store and read model only, never published.
 *
 * @param personId     system-assigned id ({@code p-...}); committees refer to people by it
 * @param unitCode     the commune (or residential area) the person lives in; decides who may see them
 * @param fullName     full name in Vietnamese with diacritics
 * @param gender       gender
 * @param birthYear    year of birth
 * @param ethnicity    ethnic group (dân tộc), e.g. {@code Kinh}, {@code Tày}
 * @param religion     religion (tôn giáo), or {@code null} for none
 * @param partyMember  member of the Communist Party of Vietnam
 * @param phone        phone number, or {@code null}
 * @param registeredOn the day of registration
 */
public record RegisterPersonCommand(
        @TargetAggregateIdentifier String personId,
        String unitCode,
        String fullName,
        Gender gender,
        int birthYear,
        String ethnicity,
        String religion,
        boolean partyMember,
        String phone,
        LocalDate registeredOn) {

    @Override
    public String toString() {
        return "RegisterPersonCommand[personId=" + personId + ", unitCode=" + unitCode + ", personal data hidden]";
    }
}
