package vn.doanket.competition.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.competition.command.CompetitionRules;
import vn.doanket.competition.command.Registry;
import vn.doanket.territory.Territory;

import java.time.Clock;

/** The competition service's beans. */
@Configuration(proxyBeanMethods = false)
public class CompetitionConfig {

    /** The service's clock (Vietnam time): the days facts are recorded on. Tests move time with a {@code @Primary} clock. */
    @Bean
    public Clock competitionClock() {
        return Clock.system(Territory.ZONE);
    }

    /** What the aggregates decide with: today, the units of the territory, which unit lies below another. */
    @Bean
    public CompetitionRules competitionRules(Territory territory, Clock clock) {
        return new CompetitionRules(territory, clock);
    }

    /** Which unit each contest, movement, participation, commendation and gift belongs to (for authorisation). */
    @Bean
    public Registry competitionRegistry(JdbcTemplate jdbc) {
        return new Registry(jdbc);
    }
}
