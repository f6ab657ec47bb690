package vn.doanket.dashboard.rebuild;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.doanket.membership.territory.MembershipTerritoryApplier;

import java.time.Duration;

/**
 * Rebuilds the read models when a recorded reorganisation decision changes the map
 * ({@link MapChangeRebuild}). Properties (prefix {@code doanket.dashboard.map-change-rebuild}):
 * {@code enabled} (default true), {@code quiet} (default 5s: decisions within it make one rebuild).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = MapChangeRebuildConfig.PREFIX, name = "enabled", havingValue = "true", matchIfMissing = true)
public class MapChangeRebuildConfig {

    public static final String PREFIX = "doanket.dashboard.map-change-rebuild";

    @Bean(destroyMethod = "close")
    public MapChangeRebuild mapChangeRebuild(Rebuild rebuild, ReadModelDatabase databases,
                                             ObjectProvider<MembershipTerritoryApplier> applier, Environment env) {
        MapChangeRebuild rebuilds = new MapChangeRebuild(rebuild, databases,
                env.getProperty(PREFIX + ".quiet", Duration.class, Duration.ofSeconds(5)));
        applier.ifAvailable(a -> a.onDecisionApplied(rebuilds::decisionApplied));
        return rebuilds;
    }
}
