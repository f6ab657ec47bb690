package vn.doanket.membership.territory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import vn.doanket.events.Topics;
import vn.doanket.territory.Territory;
import vn.doanket.territory.TerritoryAutoConfiguration;

import java.time.Duration;

/**
 * Keeps the application's {@link Territory} bean current from membership's published facts when
 * {@code doanket.membership.territory.enabled=true}. Properties (prefix {@code doanket.membership.territory}):
 * {@code topic} (default {@code doanket.membership.events}), {@code bootstrap-servers} (default
 * {@code spring.kafka.bootstrap-servers}), {@code startup-wait} (default {@code 0s}: do not hold the start).
 */
@AutoConfiguration(after = TerritoryAutoConfiguration.class)
@ConditionalOnProperty(prefix = MembershipTerritoryAutoConfiguration.PREFIX, name = "enabled", havingValue = "true")
public class MembershipTerritoryAutoConfiguration {

    public static final String PREFIX = "doanket.membership.territory";

    @Bean
    @ConditionalOnBean(Territory.class)
    @ConditionalOnMissingBean
    public MembershipTerritoryApplier membershipTerritoryApplier(Territory territory) {
        return new MembershipTerritoryApplier(territory);
    }

    @Bean
    @ConditionalOnMissingBean
    public MembershipTerritoryFeed membershipTerritoryFeed(MembershipTerritoryApplier applier, Environment env) {
        String bootstrap = env.getProperty(PREFIX + ".bootstrap-servers",
                env.getProperty("spring.kafka.bootstrap-servers", "127.0.0.1:9092"));
        String topic = env.getProperty(PREFIX + ".topic", Topics.eventsOf("membership"));
        Duration wait = env.getProperty(PREFIX + ".startup-wait", Duration.class, Duration.ZERO);
        return new MembershipTerritoryFeed(applier, bootstrap, topic, wait);
    }
}
