package vn.doanket.dashboard.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;
import vn.doanket.dashboard.query.EventBatch;
import vn.doanket.dashboard.query.FeedbackProjector;
import vn.doanket.dashboard.query.MembershipProjector;
import vn.doanket.dashboard.query.UnitFigures;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.MalformedEnvelopeException;
import vn.doanket.territory.Territory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Binds the projectors to the published topics (see {@code dashboard.yml}) in <em>batch mode</em>:
 * the records of one poll are applied as one {@link EventBatch} (the rebuild's code path: figures
 * in memory, one bulk write). A record that cannot be applied stops the batch there: the records
 * before it are applied and written, none after it, and it is named to the platform's batch error
 * handler ({@code vn.doanket.messaging.BatchDeadLetters}) by {@link BatchListenerFailedException}:
 * a malformed envelope goes to the dead-letter topic {@code error.<topic>.<group>} at once, any
 * other failure of that record after the binding's retries; the records after it are delivered
 * again. A failure of the batch as a whole (the database is down) is retried until it passes.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.scheduling.annotation.EnableScheduling
public class ConsumerConfig {

    @Bean
    public EventBatch liveEventBatch(MongoTemplate mongo, Territory territory, UnitFigures figures,
                                     org.springframework.beans.factory.ObjectProvider<vn.doanket.membership.territory.MembershipTerritoryApplier> territoryFeed) {
        return new EventBatch(mongo, territory, figures, territoryFeed.getIfAvailable());
    }

    /** The projector beans are parameters so they are ready (known areas placed) before consuming. */
    @Bean
    public Consumer<Message<List<Object>>> feedbackEvents(EventBatch batch, FeedbackProjector projector) {
        return batches(batch, EventBatch.Source.FEEDBACK);
    }

    @Bean
    public Consumer<Message<List<Object>>> membershipEvents(EventBatch batch, MembershipProjector projector) {
        return batches(batch, EventBatch.Source.MEMBERSHIP);
    }

    /**
     * Every plugged context's topic on one binding ({@code contextEvents-in-0}, its destinations set by
     * {@link ContextBindings}); each record goes to the projector of its topic's context.
     */
    @Bean
    public Consumer<Message<List<Object>>> contextEvents(EventBatch batch, org.springframework.core.env.Environment env) {
        Map<String, String> contexts = vn.doanket.dashboard.query.ContextProjections.topics(
                env.getProperty(vn.doanket.dashboard.query.ContextProjections.TOPIC_PREFIX, ""));
        return message -> {
            List<?> topics = recordTopics(message);
            batches(batch, index -> {
                String topic = index < topics.size() ? String.valueOf(topics.get(index)) : null;
                String context = contexts.get(topic);
                if (context == null) {
                    throw new MalformedEnvelopeException("No plugged context publishes on " + topic, null);
                }
                return context;
            }).accept(message);
        };
    }

    private static List<?> recordTopics(Message<?> message) {
        Object topics = message.getHeaders().get(org.springframework.kafka.support.KafkaHeaders.RECEIVED_TOPIC);
        return topics instanceof List<?> list ? list : topics == null ? List.of() : List.of(topics);
    }

    static Consumer<Message<List<Object>>> batches(EventBatch batch, EventBatch.Source source) {
        return batches(batch, index -> source.context());
    }

    static Consumer<Message<List<Object>>> batches(EventBatch batch, java.util.function.IntFunction<String> contextOf) {
        return message -> {
            List<Object> payloads = message.getPayload();
            List<EventBatch.Item> items = new ArrayList<>(payloads.size());
            RuntimeException failure = null;
            for (Object payload : payloads) {
                try {
                    if (!(payload instanceof byte[] bytes)) {
                        throw new MalformedEnvelopeException("Unexpected payload type", null);
                    }
                    items.add(new EventBatch.Item(contextOf.apply(items.size()), EnvelopeCodec.decode(bytes)));
                } catch (MalformedEnvelopeException poison) {
                    failure = poison;
                    break;
                }
            }
            try {
                batch.apply(items, (index, item, error) -> {
                    throw new StopAt(index, error);
                });
            } catch (StopAt stop) {
                // nothing of this attempt was written: apply (and write) only what comes before the record
                batch.apply(items.subList(0, stop.index), (index, item, error) -> {
                    throw error;
                });
                items = items.subList(0, stop.index);
                failure = stop.error;
            }
            if (failure != null) {
                throw new BatchListenerFailedException("Cannot apply the record at " + items.size()
                        + " of the batch: " + failure.getClass().getSimpleName(), failure, items.size());
            }
        };
    }

    /** Stops a batch at the first record its projector cannot apply, before anything is written. */
    private static final class StopAt extends RuntimeException {
        final int index;
        final RuntimeException error;

        StopAt(int index, RuntimeException error) {
            super(null, null, false, false);
            this.index = index;
            this.error = error;
        }
    }

    /** Petitions become overdue by the passing of days, not by an event: re-placed every night. */
    @Bean
    public OverdueRefresh overdueRefresh(EventBatch batch) {
        return new OverdueRefresh(batch);
    }

    /** Daily at 00:05 Vietnam time, as one batch (so it never interleaves with the consumers' batches). */
    public static final class OverdueRefresh {
        private static final Logger log = LoggerFactory.getLogger(OverdueRefresh.class);
        private final EventBatch batch;

        OverdueRefresh(EventBatch batch) {
            this.batch = batch;
        }

        @org.springframework.scheduling.annotation.Scheduled(cron = "0 5 0 * * *", zone = "Asia/Ho_Chi_Minh")
        public void refresh() {
            log.info("Overdue petitions re-placed: {}", batch.refreshOverdue());
        }
    }
}
