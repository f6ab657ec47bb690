package vn.doanket.feedback.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends notifications by e-mail through the configured SMTP server ({@code spring.mail.*}). Notifications
 * without an address are only logged (by petition id). A failed send is logged without the address.
 */
public class SmtpNotifier implements PetitionNotifier {

    private static final Logger log = LoggerFactory.getLogger(SmtpNotifier.class);

    private final JavaMailSender mail;
    private final String from;

    public SmtpNotifier(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public void send(Notification notification) {
        if (notification.email() == null || notification.email().isBlank()) {
            log.info("notification petition={} recipient={} event={} channel=smtp skipped=no-address",
                    notification.petitionId(), notification.recipient(), notification.eventType());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(notification.email());
        message.setSubject(notification.subjectVi());
        message.setText(notification.textVi());
        try {
            mail.send(message);
            log.info("notification petition={} recipient={} event={} channel=smtp sent", notification.petitionId(),
                    notification.recipient(), notification.eventType());
        } catch (MailException e) {
            log.warn("notification petition={} event={} channel=smtp failed={}", notification.petitionId(),
                    notification.eventType(), e.getClass().getSimpleName());
        }
    }
}
