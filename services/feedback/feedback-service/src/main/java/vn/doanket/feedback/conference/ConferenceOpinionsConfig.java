package vn.doanket.feedback.conference;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.doanket.feedback.command.PetitionRegistry;
import vn.doanket.feedback.command.PetitionService;
import vn.doanket.messaging.DomainEventConsumers;

import java.util.function.Consumer;

/**
 * The consumer of the conference service's topic: binding {@code conferenceEvents-in-0} (destination
 * {@code DOANKET_CONFERENCE_TOPIC}, default {@code doanket.conference.events}; group {@code feedback}; record mode, so
 * a record that cannot be applied goes alone to the dead-letter topic), see {@code feedback.yml}.
 */
@Configuration(proxyBeanMethods = false)
public class ConferenceOpinionsConfig {

    @Bean
    public ConferenceOpinions conferenceOpinions(PetitionService petitions, PetitionRegistry registry) {
        return new ConferenceOpinions(petitions, registry);
    }

    @Bean
    public Consumer<Message<byte[]>> conferenceEvents(ConferenceOpinions opinions) {
        return DomainEventConsumers.of(opinions);
    }
}
