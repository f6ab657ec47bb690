package vn.doanket.competition.config;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.competition.command.CompetitionRules;
import vn.doanket.competition.command.Registry;
import vn.doanket.territory.Territory;
import vn.doanket.web.ProblemMapper;
import vn.doanket.web.ProblemSpec;

import java.time.Clock;
import java.util.Optional;

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

    /**
     * A client's id that another kind of record already has in the event store (contests, movements, commendations,
     * gifts and certificates share it; a race past {@code CompetitionService}'s check ends here): 409, not 500.
     */
    @Bean
    public ProblemMapper idTakenByAnotherKind() {
        return t -> t instanceof IncompatibleAggregateException
                ? Optional.of(ProblemSpec.of(409, "id-taken", "Mã đã được dùng", "Id already used",
                        "Mã này đã được dùng cho một bản ghi khác.", "This id is already used by another record."))
                : Optional.empty();
    }
}
