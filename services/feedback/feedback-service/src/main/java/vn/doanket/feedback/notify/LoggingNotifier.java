package vn.doanket.feedback.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes one line per notification: petition, recipient kind, event. Never the address or any personal data. */
public class LoggingNotifier implements PetitionNotifier {

    private static final Logger log = LoggerFactory.getLogger(LoggingNotifier.class);

    @Override
    public void send(Notification notification) {
        log.info("notification petition={} recipient={} event={} channel=log", notification.petitionId(),
                notification.recipient(), notification.eventType());
    }
}
