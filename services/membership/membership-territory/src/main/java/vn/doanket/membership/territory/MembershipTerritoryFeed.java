package vn.doanket.membership.territory;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.events.MalformedEnvelopeException;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reads {@code doanket.membership.events} from the beginning, on every partition, every time the service starts,
 * and hands each fact to a {@link MembershipTerritoryApplier}. The tree lives in memory, so every instance needs
 * every fact: this is a broadcast read with {@code assign} (no consumer group, no committed offsets), not a
 * Spring Cloud Stream binding with a group, which would share the partitions between instances.
 *
 * <p>Starts before the web server; with {@code startup-wait} it holds the start until it has read everything that
 * was on the topic when it started (or the wait is over), so the first requests see a current tree.
 */
public class MembershipTerritoryFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MembershipTerritoryFeed.class);
    private static final Duration POLL = Duration.ofMillis(300);

    private final MembershipTerritoryApplier applier;
    private final String bootstrapServers;
    private final String topic;
    private final Duration startupWait;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    public MembershipTerritoryFeed(MembershipTerritoryApplier applier, String bootstrapServers, String topic,
                                   Duration startupWait) {
        this.applier = applier;
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.startupWait = startupWait;
    }

    /** The topic read. */
    public String topic() {
        return topic;
    }

    /**
     * Waits until everything on the topic when the feed started has been applied.
     *
     * @return whether it caught up within {@code timeout}
     */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether everything on the topic at start has been applied. */
    public boolean isCaughtUp() {
        return caughtUp.getCount() == 0;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "membership-territory-feed");
        thread.setDaemon(true);
        thread.start();
        if (!startupWait.isZero()) {
            try {
                if (!awaitCaughtUp(startupWait)) {
                    log.warn("Territory feed from {} not caught up after {}; continuing in the background", topic, startupWait);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server (which starts at {@code DEFAULT_PHASE - 1024}). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2048;
    }

    private void run() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "membership-territory-feed");
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer = c;
            List<TopicPartition> partitions = awaitPartitions(c);
            if (partitions == null) {
                return;
            }
            c.assign(partitions);
            c.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = c.endOffsets(partitions);
            log.info("Territory feed reading {} ({} partitions) from the beginning", topic, partitions.size());
            while (running) {
                ConsumerRecords<String, byte[]> records = c.poll(POLL);
                for (ConsumerRecord<String, byte[]> record : records) {
                    apply(record);
                }
                if (!records.isEmpty()) {
                    applier.retryPending();
                }
                if (caughtUp.getCount() > 0 && reached(c, end)) {
                    applier.retryPending();
                    caughtUp.countDown();
                    log.info("Territory feed caught up with {}: {} facts applied, {} waiting", topic,
                            applier.appliedCount(), applier.pendingCount());
                }
            }
        } catch (WakeupException stopping) {
            // stop() was called
        } catch (RuntimeException e) {
            log.error("Territory feed from {} stopped", topic, e);
        } finally {
            consumer = null;
        }
    }

    /** The topic's partitions, waiting until the topic exists (the publisher creates it); null when stopped. */
    private List<TopicPartition> awaitPartitions(KafkaConsumer<String, byte[]> c) {
        while (running) {
            List<PartitionInfo> infos = c.partitionsFor(topic, Duration.ofSeconds(5));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            }
            if (caughtUp.getCount() > 0) {
                caughtUp.countDown(); // nothing to catch up with yet
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        EventEnvelope envelope;
        try {
            envelope = EnvelopeCodec.decode(record.value());
        } catch (MalformedEnvelopeException malformed) {
            log.warn("Skipping a malformed message at {}-{}@{}", record.topic(), record.partition(), record.offset());
            return;
        }
        applier.apply(envelope);
    }

    private static boolean reached(KafkaConsumer<String, byte[]> c, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (c.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
