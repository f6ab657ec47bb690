package vn.doanket.dashboard.rebuild;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.doanket.membership.territory.MembershipTerritoryApplier;
import vn.doanket.membership.territory.MembershipTerritoryFeed;

import java.time.Duration;

/**
 * Rebuilds the read models when a recorded reorganisation decision changes the map
 * ({@link MapChangeRebuild}), and holds the consumers at start until the territory feed has read the
 * decisions again (the tree lives in memory), so nothing is placed on an incomplete map. Properties
 * (prefix {@code doanket.dashboard.map-change-rebuild}): {@code enabled} (default true), {@code quiet}
 * (default 5s: decisions within it make one rebuild), {@code startup-wait} (default 2m: how long the
 * consumers wait for the feed; if it is slower, a rebuild follows once it caught up).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = MapChangeRebuildConfig.PREFIX, name = "enabled", havingValue = "true", matchIfMissing = true)
public class MapChangeRebuildConfig {

    public static final String PREFIX = "doanket.dashboard.map-change-rebuild";
    /** Just before Spring Cloud Stream's input bindings ({@code InputBindingLifecycle}, MAX_VALUE - 3000) start the consumers. */
    static final int BEFORE_CONSUMERS = Integer.MAX_VALUE - 3001;

    @Bean(destroyMethod = "close")
    public MapChangeRebuild mapChangeRebuild(Rebuild rebuild, ReadModelDatabase databases,
                                             ObjectProvider<MembershipTerritoryApplier> applier, Environment env) {
        MapChangeRebuild rebuilds = new MapChangeRebuild(rebuild, databases,
                env.getProperty(PREFIX + ".quiet", Duration.class, Duration.ofSeconds(5)));
        applier.ifAvailable(a -> a.onDecisionApplied(rebuilds::decisionApplied));
        return rebuilds;
    }

    @Bean
    public FeedBeforeConsumers feedBeforeConsumers(MapChangeRebuild rebuilds, ObjectProvider<MembershipTerritoryFeed> feed,
                                                   Environment env) {
        return new FeedBeforeConsumers(rebuilds, feed.getIfAvailable(),
                env.getProperty(PREFIX + ".startup-wait", Duration.class, Duration.ofMinutes(2)));
    }

    /**
     * Starts the territory feed before the consumers (its own phase is later) and waits until it has
     * read the topic, then lets {@link MapChangeRebuild} compare the decisions with the database's.
     */
    public static final class FeedBeforeConsumers implements SmartLifecycle {
        private static final Logger log = LoggerFactory.getLogger(FeedBeforeConsumers.class);
        private final MapChangeRebuild rebuilds;
        private final MembershipTerritoryFeed feed;
        private final Duration wait;
        private volatile boolean running;

        FeedBeforeConsumers(MapChangeRebuild rebuilds, MembershipTerritoryFeed feed, Duration wait) {
            this.rebuilds = rebuilds;
            this.feed = feed;
            this.wait = wait;
            if (feed != null) {
                rebuilds.holdUntilCaughtUp();
            }
        }

        @Override
        public void start() {
            running = true;
            if (feed == null) {
                return;
            }
            feed.start(); // idempotent: the feed's own lifecycle start later does nothing
            try {
                if (feed.awaitCaughtUp(wait)) {
                    rebuilds.caughtUp(false);
                    return;
                }
                log.warn("Territory feed not caught up after {}: consuming meanwhile, rebuilding once it is", wait);
                Thread later = new Thread(() -> {
                    try {
                        while (!feed.awaitCaughtUp(Duration.ofMinutes(1))) {
                            if (!running) {
                                return;
                            }
                        }
                        rebuilds.caughtUp(true);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "dashboard-territory-catch-up");
                later.setDaemon(true);
                later.start();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void stop() {
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public int getPhase() {
            return BEFORE_CONSUMERS;
        }
    }
}
