package vn.doanket.dashboard.config;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import vn.doanket.dashboard.query.EventBatch;
import vn.doanket.dashboard.query.FeedbackProjector;
import vn.doanket.dashboard.query.MembershipProjector;
import vn.doanket.dashboard.query.UnitFigures;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.MalformedEnvelopeException;
import vn.doanket.territory.Territory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Binds the projectors to the published topics (see {@code dashboard.yml}) in <em>batch mode</em>:
 * the records of one poll are applied as one {@link EventBatch} (the rebuild's code path: figures
 * in memory, one bulk write). A record that is not an applicable envelope never blocks its batch:
 * it goes to the dead-letter topic {@code error.<topic>.<group>} (the binder's name and
 * {@code x-original-*}/{@code x-exception-*} headers) before the batch's offsets are committed,
 * and the rest of the batch is applied. Any other failure fails the batch, which the binder
 * redelivers (every event is idempotent, so the part already applied converges).
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.scheduling.annotation.EnableScheduling
public class ConsumerConfig {

    @Bean
    public EventBatch liveEventBatch(MongoTemplate mongo, Territory territory, UnitFigures figures) {
        return new EventBatch(mongo, territory, figures);
    }

    @Bean(destroyMethod = "close")
    public DeadLetters deadLetters(Environment env) {
        return new DeadLetters(env.getProperty("spring.cloud.stream.kafka.binder.brokers",
                env.getProperty("spring.kafka.bootstrap-servers", "127.0.0.1:9092")));
    }

    /** The projector beans are parameters so they are ready (known areas placed) before consuming. */
    @Bean
    public Consumer<Message<List<Object>>> feedbackEvents(EventBatch batch, DeadLetters deadLetters,
                                                          FeedbackProjector projector, Environment env) {
        return batches(batch, EventBatch.Source.FEEDBACK, deadLetters,
                env.getProperty("spring.cloud.stream.bindings.feedbackEvents-in-0.group", "dashboard"));
    }

    @Bean
    public Consumer<Message<List<Object>>> membershipEvents(EventBatch batch, DeadLetters deadLetters,
                                                            MembershipProjector projector, Environment env) {
        return batches(batch, EventBatch.Source.MEMBERSHIP, deadLetters,
                env.getProperty("spring.cloud.stream.bindings.membershipEvents-in-0.group", "dashboard"));
    }

    static Consumer<Message<List<Object>>> batches(EventBatch batch, EventBatch.Source source, DeadLetters deadLetters,
                                                   String group) {
        return message -> {
            List<Object> payloads = message.getPayload();
            List<EventBatch.Item> items = new ArrayList<>(payloads.size());
            List<Integer> positions = new ArrayList<>(payloads.size());
            for (int i = 0; i < payloads.size(); i++) {
                try {
                    if (!(payloads.get(i) instanceof byte[] bytes)) {
                        throw new MalformedEnvelopeException("Unexpected payload type", null);
                    }
                    items.add(new EventBatch.Item(source, EnvelopeCodec.decode(bytes)));
                    positions.add(i);
                } catch (MalformedEnvelopeException poison) {
                    deadLetters.send(message, i, group, poison);
                }
            }
            batch.apply(items, (index, item, error) -> {
                if (error instanceof MalformedEnvelopeException poison) {
                    deadLetters.send(message, positions.get(index), group, poison);
                } else {
                    throw error;
                }
            });
        };
    }

    /**
     * Sends a record of a batch to the dead-letter topic, synchronously (before the batch's offsets
     * are committed), with the headers the binder gives its dead letters. Never logs the payload.
     */
    public static final class DeadLetters implements AutoCloseable {
        private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
        private final String bootstrap;
        private KafkaProducer<byte[], byte[]> producer;

        DeadLetters(String bootstrap) {
            this.bootstrap = bootstrap;
        }

        private synchronized KafkaProducer<byte[], byte[]> producer() {
            if (producer == null) {
                Properties props = new Properties();
                props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
                props.put(ProducerConfig.ACKS_CONFIG, "all");
                props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
                props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
                producer = new KafkaProducer<>(props);
            }
            return producer;
        }

        void send(Message<List<Object>> batch, int index, String group, RuntimeException error) {
            ConsumerRecord<?, ?> record = rawRecord(batch, index);
            String topic = record != null ? record.topic() : (String) at(batch, KafkaHeaders.RECEIVED_TOPIC, index);
            Integer partition = record != null ? Integer.valueOf(record.partition()) : (Integer) at(batch, KafkaHeaders.RECEIVED_PARTITION, index);
            Long offset = record != null ? Long.valueOf(record.offset()) : (Long) at(batch, KafkaHeaders.OFFSET, index);
            Object key = record != null ? record.key() : at(batch, KafkaHeaders.RECEIVED_KEY, index);
            Object value = batch.getPayload().get(index);
            Headers headers = record != null ? new RecordHeaders(record.headers().toArray()) : new RecordHeaders();
            headers.add("x-original-topic", bytes(String.valueOf(topic)));
            if (partition != null) {
                headers.add("x-original-partition", ByteBuffer.allocate(Integer.BYTES).putInt(partition).array());
            }
            if (offset != null) {
                headers.add("x-original-offset", ByteBuffer.allocate(Long.BYTES).putLong(offset).array());
            }
            headers.add("x-exception-fqcn", bytes(error.getClass().getName()));
            headers.add("x-exception-message", bytes(String.valueOf(error.getMessage())));
            String dlq = "error." + topic + "." + group;
            try {
                producer().send(new ProducerRecord<>(dlq, null, asBytes(key), asBytes(value), headers)).get(30, TimeUnit.SECONDS);
                log.warn("Dead-lettered {}-{}@{} to {}: {}", topic, partition, offset, dlq, error.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while dead-lettering", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("Cannot dead-letter " + topic + "-" + partition + "@" + offset, e);
            }
        }

        private static ConsumerRecord<?, ?> rawRecord(Message<?> batch, int index) {
            return at(batch, KafkaHeaders.RAW_DATA, index) instanceof ConsumerRecord<?, ?> r ? r : null;
        }

        private static Object at(Message<?> batch, String header, int index) {
            return batch.getHeaders().get(header) instanceof List<?> list && index < list.size() ? list.get(index) : null;
        }

        private static byte[] bytes(String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }

        private static byte[] asBytes(Object o) {
            return o == null ? null : o instanceof byte[] b ? b : bytes(o.toString());
        }

        @Override
        public synchronized void close() {
            if (producer != null) {
                producer.close();
            }
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
