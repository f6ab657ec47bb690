package vn.doanket.membership.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Updates a person's details (every field is the new value). Personal data as in {@link RegisterPersonCommand}. */
public record UpdatePersonCommand(
        @TargetAggregateIdentifier String personId,
        String fullName,
        Gender gender,
        int birthYear,
        String ethnicity,
        String religion,
        boolean partyMember,
        String phone,
        LocalDate updatedOn) {

    @Override
    public String toString() {
        return "UpdatePersonCommand[personId=" + personId + ", personal data hidden]";
    }
}
