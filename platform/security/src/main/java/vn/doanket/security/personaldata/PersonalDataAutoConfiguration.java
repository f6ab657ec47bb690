package vn.doanket.security.personaldata;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * Personal data in every service: the {@link PersonalDataPolicy} (the platform's rules unless the
 * service declares its own), the reveal log ({@link LoggingRevealListener} unless the service
 * declares {@link PersonalDataRevealListener}s) and the {@link PersonalDataModule}, which Spring
 * Boot registers with the application's {@code ObjectMapper}.
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@ConditionalOnClass(ObjectMapper.class)
public class PersonalDataAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(PersonalDataPolicy.class)
    public PersonalDataPolicy personalDataPolicy() {
        return new DefaultPersonalDataPolicy();
    }

    @Bean
    @ConditionalOnMissingBean(PersonalDataRevealListener.class)
    public LoggingRevealListener personalDataRevealLog() {
        return new LoggingRevealListener();
    }

    /** Policy and listeners are looked up on first use, so they may depend on the ObjectMapper. */
    @Bean
    public PersonalDataModule personalDataJacksonModule(ObjectProvider<PersonalDataPolicy> policy,
                                                        ObjectProvider<PersonalDataRevealListener> listeners,
                                                        ObjectProvider<Clock> clock) {
        return new PersonalDataModule(policy::getObject, () -> listeners.orderedStream().toList(),
                clock.getIfAvailable(Clock::systemUTC));
    }
}
