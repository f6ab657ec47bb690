package vn.doanket.conference.command;

/**
 * How an invitee is addressed on the invitation (a person's name is personal data). <strong>Internal and never
 * published</strong>: it does not implement {@code DomainEvent}, so the Kafka publisher never sends it (ADR 0004); only
 * this service's event store and query model hold it. {@link #toString()} hides the value.
 *
 * @param conferenceId the conference
 * @param invitationId the invitation
 * @param displayName  the name as written on the invitation
 */
public record InviteeNameRecordedEvent(String conferenceId, String invitationId, String displayName) {

    @Override
    public String toString() {
        return "InviteeNameRecordedEvent[" + conferenceId + "/" + invitationId + ", personal data hidden]";
    }
}
