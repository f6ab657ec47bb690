package vn.doanket.feedback.notify;

/**
 * The port through which citizens and handlers are told about their petitions. Called from an event handler
 * of its own processor, never from a command, so a slow or failing adapter cannot block or fail a command.
 */
public interface PetitionNotifier {

    /** Delivers a notification (or records that it could not). */
    void send(Notification notification);
}
