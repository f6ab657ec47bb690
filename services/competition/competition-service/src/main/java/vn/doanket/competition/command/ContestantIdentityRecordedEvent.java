package vn.doanket.competition.command;

/**
 * A nominee's name, as recorded. <strong>Internal and never published</strong> (not a {@code DomainEvent}); only
 * this service's event store and query tables hold it. {@link #toString()} hides it so it never reaches a log.
 *
 * @param contestId    the contest
 * @param contestantId the contestant
 * @param fullName     the full name with diacritics
 */
public record ContestantIdentityRecordedEvent(String contestId, String contestantId, String fullName) {

    @Override
    public String toString() {
        return "ContestantIdentityRecordedEvent[contestantId=" + contestantId + ", personal data hidden]";
    }
}
