package vn.doanket.feedback.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.calendar.WorkingCalendar;
import vn.doanket.feedback.command.FeedbackProperties;
import vn.doanket.feedback.command.FeedbackRules;
import vn.doanket.feedback.command.JdbcPetitionRegistry;
import vn.doanket.feedback.command.PetitionEventUpcasters;
import vn.doanket.feedback.command.PetitionRegistry;
import vn.doanket.security.personaldata.LoggingRevealListener;
import vn.doanket.territory.Territory;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import vn.doanket.feedback.notify.LoggingNotifier;
import vn.doanket.feedback.notify.NotificationHandler;
import vn.doanket.feedback.notify.PetitionNotifier;
import vn.doanket.feedback.notify.SmtpNotifier;

import java.time.Clock;

/** The feedback service's beans. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedbackProperties.class)
public class FeedbackConfig {

    /**
     * The service's clock (Vietnam time): deadlines, escalation and dates of record. Tests move time by
     * declaring a {@code @Primary} clock.
     */
    @Bean
    public Clock feedbackClock() {
        return Clock.system(Territory.ZONE);
    }

    /** Notifications: {@code doanket.feedback.notifications.adapter} = {@code log} (default) or {@code smtp}. */
    @Bean
    public PetitionNotifier petitionNotifier(FeedbackProperties properties,
                                             org.springframework.beans.factory.ObjectProvider<JavaMailSender> mail) {
        if ("smtp".equals(properties.getNotifications().getAdapter())) {
            return new SmtpNotifier(mail.getObject(), properties.getNotifications().getFrom());
        }
        return new LoggingNotifier();
    }

    /** The notification processor starts at the head of the event store: a new deployment does not resend history. */
    @Bean
    public ConfigurerModule notificationProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerPooledStreamingEventProcessor(
                NotificationHandler.GROUP, org.axonframework.config.Configuration::eventStore,
                (c, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken)));
    }

    @Bean
    public FeedbackRules feedbackRules(FeedbackProperties properties, Territory territory, WorkingCalendar calendar,
                                       Clock clock) {
        return new FeedbackRules(properties, territory, calendar, clock);
    }

    /** Fills the handling level of stored {@code PetitionReceived} v1/v2 events (ADR 0008). */
    @Bean
    public org.axonframework.serialization.upcasting.event.EventUpcaster petitionReceivedUpcaster() {
        return new PetitionEventUpcasters.ReceivedV3();
    }

    /** Reads stored {@code PetitionReceived} v1–v3 events with {@code provenance: null} (schema 4). */
    @Bean
    public org.axonframework.serialization.upcasting.event.EventUpcaster petitionReceivedProvenanceUpcaster() {
        return new PetitionEventUpcasters.ReceivedV4();
    }

    /** Fills the handling unit of stored {@code PetitionClassified} v1 events, on the map of their day (ADR 0008). */
    @Bean
    public org.axonframework.serialization.upcasting.event.EventUpcaster petitionClassifiedUpcaster(FeedbackRules rules) {
        return new PetitionEventUpcasters.ClassifiedV2(rules);
    }

    @Bean
    public PetitionRegistry petitionRegistry(JdbcTemplate jdbc) {
        return new JdbcPetitionRegistry(jdbc);
    }

    /** Every reveal of a petitioner's identity: in the audit log ... */
    @Bean
    public LoggingRevealListener revealLog() {
        return new LoggingRevealListener();
    }

    /** ... and as a row of {@code personal_data_reveal}. */
    @Bean
    public JdbcRevealRecorder revealRecorder(JdbcTemplate jdbc) {
        return new JdbcRevealRecorder(jdbc);
    }
}
