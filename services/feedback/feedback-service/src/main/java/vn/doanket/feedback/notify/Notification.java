package vn.doanket.feedback.notify;

import vn.doanket.security.personaldata.PersonalDataRedaction;

/**
 * A message about a petition to its citizen or its handlers.
 *
 * @param petitionId the petition
 * @param recipient  who it is for
 * @param eventType  the event it is about
 * @param subjectVi  subject line, Vietnamese
 * @param textVi     text, Vietnamese (with English below)
 * @param email      where to send it (personal data; null when unknown or anonymous); never logged
 */
public record Notification(String petitionId, Recipient recipient, String eventType, String subjectVi, String textVi,
                           String email) {

    /** Who a notification is for. */
    public enum Recipient { CITIZEN, HANDLERS }

    @Override
    public String toString() {
        return "Notification[petitionId=" + petitionId + ", recipient=" + recipient + ", eventType=" + eventType
                + ", email=" + (email == null ? "null" : PersonalDataRedaction.REDACTED) + "]";
    }
}
