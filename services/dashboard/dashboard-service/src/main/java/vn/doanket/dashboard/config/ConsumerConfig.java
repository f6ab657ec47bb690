package vn.doanket.dashboard.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.doanket.dashboard.query.FeedbackProjector;
import vn.doanket.dashboard.query.MembershipProjector;
import vn.doanket.messaging.DomainEventConsumers;

import java.util.function.Consumer;

/** Binds the projectors to the published topics (see {@code application.yml}). */
@Configuration(proxyBeanMethods = false)
@org.springframework.scheduling.annotation.EnableScheduling
public class ConsumerConfig {

    @Bean
    public Consumer<Message<byte[]>> feedbackEvents(FeedbackProjector projector) {
        return DomainEventConsumers.of(projector::handle);
    }

    /** Petitions become overdue by the passing of days, not by an event: re-placed every night. */
    @Bean
    public OverdueRefresh overdueRefresh(FeedbackProjector projector) {
        return new OverdueRefresh(projector);
    }

    /** Daily at 00:05 Vietnam time. */
    public static final class OverdueRefresh {
        private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OverdueRefresh.class);
        private final FeedbackProjector projector;

        OverdueRefresh(FeedbackProjector projector) {
            this.projector = projector;
        }

        @org.springframework.scheduling.annotation.Scheduled(cron = "0 5 0 * * *", zone = "Asia/Ho_Chi_Minh")
        public void refresh() {
            log.info("Overdue petitions re-placed: {}", projector.refreshOverdue());
        }
    }

    @Bean
    public Consumer<Message<byte[]>> membershipEvents(MembershipProjector projector) {
        return DomainEventConsumers.of(projector::handle);
    }
}
