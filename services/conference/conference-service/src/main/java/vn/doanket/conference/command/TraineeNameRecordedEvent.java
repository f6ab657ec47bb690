package vn.doanket.conference.command;

/**
 * A trainee's full name, as it goes on the certificate. <strong>Internal and never published</strong> (not a
 * {@code DomainEvent}, ADR 0004); {@link #toString()} hides the value.
 *
 * @param classId   the class
 * @param traineeId the trainee
 * @param fullName  the full name
 */
public record TraineeNameRecordedEvent(String classId, String traineeId, String fullName) {

    @Override
    public String toString() {
        return "TraineeNameRecordedEvent[" + classId + "/" + traineeId + ", personal data hidden]";
    }
}
