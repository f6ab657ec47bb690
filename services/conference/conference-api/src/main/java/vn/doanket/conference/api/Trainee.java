package vn.doanket.conference.api;

/**
 * A trainee to enrol. The name is personal data: kept in an internal event, never published or logged.
 *
 * @param traineeId client-supplied id within the class
 * @param personId  membership person id, or null
 * @param fullName  full name (for the certificate)
 * @param role      committee head, deputy, member, commune staff…
 * @param unitCode  their residential area or commune
 */
public record Trainee(String traineeId, String personId, String fullName, TraineeRole role, String unitCode) {

    @Override
    public String toString() {
        return "Trainee[" + traineeId + ", personal data hidden]";
    }
}
