package vn.doanket.territory;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Spring Boot auto-configuration providing the official {@link Territory} as a singleton bean, unless the
 * application defines its own. "Today" comes from a {@link Clock} bean if the application has one, else
 * {@link Territory#defaultClock()}.
 *
 * <p>Spring is an optional dependency of this module: without Spring, call {@link Territory#loadOfficial()}
 * directly (this class is then simply never loaded).
 */
@AutoConfiguration
public class TerritoryAutoConfiguration {

    /** Creates the auto-configuration; instantiated by Spring. */
    public TerritoryAutoConfiguration() {
    }

    /**
     * The official territory.
     *
     * @param clock an optional application clock
     * @return the loaded territory
     */
    @Bean
    @ConditionalOnMissingBean
    public Territory territory(ObjectProvider<Clock> clock) {
        return Territory.loadOfficial(clock.getIfUnique(Territory::defaultClock));
    }
}
