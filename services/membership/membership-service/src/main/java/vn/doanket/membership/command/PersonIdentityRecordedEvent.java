package vn.doanket.membership.command;

import java.time.LocalDate;

/**
 * A person's name and phone, as recorded. <strong>Internal and never published</strong>: it does not implement
 * {@code DomainEvent}, so the Kafka publisher (which carries only {@code DomainEvent}s) never sends it; only this
 * service's event store and query model hold it, under the personal-data policy. {@link #toString()} hides the values
 * so they never reach a log.
 *
 * @param personId   the person
 * @param fullName   full name with diacritics
 * @param phone      phone, or {@code null}
 * @param recordedOn the day
 */
public record PersonIdentityRecordedEvent(String personId, String fullName, String phone, LocalDate recordedOn) {

    @Override
    public String toString() {
        return "PersonIdentityRecordedEvent[personId=" + personId + ", personal data hidden]";
    }
}
