package vn.doanket.feedback.notify;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.doanket.feedback.api.AnswerCommunicatedEvent;
import vn.doanket.feedback.api.PetitionEscalatedEvent;
import vn.doanket.feedback.api.PetitionForwardedEvent;
import vn.doanket.feedback.api.PetitionReceivedEvent;
import vn.doanket.feedback.command.PetitionRegistry;
import vn.doanket.feedback.api.PetitionerIdentity;

/**
 * Turns petition events into notifications, in its own processor ({@value #GROUP}, starting at the head of
 * the event store so a new deployment does not resend history): the command that caused an event has long
 * returned when this runs. Failures of an adapter are logged and do not stop the processor.
 */
@Component
@ProcessingGroup(NotificationHandler.GROUP)
public class NotificationHandler {

    public static final String GROUP = "notifications";
    private static final Logger log = LoggerFactory.getLogger(NotificationHandler.class);

    private final PetitionNotifier notifier;
    private final PetitionRegistry registry;

    public NotificationHandler(PetitionNotifier notifier, PetitionRegistry registry) {
        this.notifier = notifier;
        this.registry = registry;
    }

    @EventHandler
    void on(PetitionReceivedEvent e) {
        citizen(e.petitionId(), "PetitionReceived", "Đã tiếp nhận ý kiến " + e.petitionId(),
                "Ý kiến của ông/bà đã được tiếp nhận, mã " + e.petitionId() + ".\nYour petition was received.");
    }

    @EventHandler
    void on(PetitionForwardedEvent e) {
        deliver(new Notification(e.petitionId(), Notification.Recipient.HANDLERS, "PetitionForwarded",
                "Ý kiến " + e.petitionId() + " đã chuyển " + e.body().name(),
                "Hạn trả lời / deadline: " + e.deadline(), null));
    }

    @EventHandler
    void on(PetitionEscalatedEvent e) {
        deliver(new Notification(e.petitionId(), Notification.Recipient.HANDLERS, "PetitionEscalated",
                "Ý kiến " + e.petitionId() + " quá hạn, chuyển lên " + e.toLevel().labelVi(),
                "Hạn mới / new deadline: " + e.newDeadline(), null));
    }

    @EventHandler
    void on(AnswerCommunicatedEvent e) {
        citizen(e.petitionId(), "AnswerCommunicated", "Trả lời ý kiến " + e.petitionId(),
                "Ý kiến của ông/bà đã có trả lời.\nYour petition has been answered.");
    }

    private void citizen(String petitionId, String eventType, String subject, String text) {
        String email = registry.petitioner(petitionId).map(PetitionerIdentity::email).orElse(null);
        deliver(new Notification(petitionId, Notification.Recipient.CITIZEN, eventType, subject, text, email));
    }

    private void deliver(Notification notification) {
        try {
            notifier.send(notification);
        } catch (RuntimeException e) {
            log.warn("notification petition={} event={} failed={}", notification.petitionId(), notification.eventType(),
                    e.getClass().getSimpleName());
        }
    }
}
