package vn.doanket.feedback.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * {@link SmtpNotifier} against a real SMTP server in the test JVM (GreenMail): the citizen's message
 * arrives with its Vietnamese subject and text intact, from the configured sender; a notification without
 * an address sends nothing; an unreachable server fails the send without failing the caller.
 */
class SmtpNotifierTest {

    GreenMail smtp;
    JavaMailSenderImpl sender;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    static Notification toCitizen(String email) {
        return new Notification("PA-26560-SMTP0001", Notification.Recipient.CITIZEN, "PetitionAnswered",
                "Ý kiến PA-26560-SMTP0001 đã có trả lời",
                "Ủy ban nhân dân phường đã trả lời ý kiến, kiến nghị của ông/bà.\n\nYour petition has been answered.", email);
    }

    @Test
    void theCitizenReceivesTheMessageInVietnamese() throws Exception {
        new SmtpNotifier(sender, "mttq@doanket.example.vn").send(toCitizen("cong.dan@example.vn"));

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Ý kiến PA-26560-SMTP0001 đã có trả lời");
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("mttq@doanket.example.vn");
        assertThat(((InternetAddress) received.getAllRecipients()[0]).getAddress()).isEqualTo("cong.dan@example.vn");
        assertThat(received.getContent().toString()).contains("Ủy ban nhân dân phường đã trả lời")
                .contains("Your petition has been answered.");
        assertThat(GreenMailUtil.getHeaders(received)).contains("charset=UTF-8");
    }

    @Test
    void withoutAnAddressNothingIsSent() throws Exception {
        new SmtpNotifier(sender, "mttq@doanket.example.vn").send(toCitizen(null));
        new SmtpNotifier(sender, "mttq@doanket.example.vn").send(toCitizen(" "));
        assertThat(smtp.waitForIncomingEmail(1_000, 1)).isFalse();
    }

    @Test
    void anUnreachableServerDoesNotFailTheCaller() {
        smtp.stop();
        assertThatNoException().isThrownBy(() ->
                new SmtpNotifier(sender, "mttq@doanket.example.vn").send(toCitizen("cong.dan@example.vn")));
    }
}
