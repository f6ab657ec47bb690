package vn.doanket.dashboard.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.doanket.dashboard.query.MembershipProjector;
import vn.doanket.messaging.DomainEventConsumers;

import java.util.function.Consumer;

/** Binds the projectors to the published topics (see {@code application.yml}). */
@Configuration(proxyBeanMethods = false)
public class ConsumerConfig {

    @Bean
    public Consumer<Message<byte[]>> membershipEvents(MembershipProjector projector) {
        return DomainEventConsumers.of(projector::handle);
    }
}
