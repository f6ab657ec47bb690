package vn.doanket.competition.command;

/**
 * The name of a gift's or a commendation's recipient, as recorded. <strong>Internal and never published</strong>
 * (not a {@code DomainEvent}); only this service's event store and query tables hold it. {@link #toString()} hides
 * it so it never reaches a log. It is the first event of its aggregate (so whatever handles the published event that
 * follows finds the name already recorded).
 *
 * @param aggregateId the gift or commendation
 * @param name        the recipient's name
 */
public record RecipientIdentityRecordedEvent(String aggregateId, String name) {

    @Override
    public String toString() {
        return "RecipientIdentityRecordedEvent[aggregateId=" + aggregateId + ", personal data hidden]";
    }
}
