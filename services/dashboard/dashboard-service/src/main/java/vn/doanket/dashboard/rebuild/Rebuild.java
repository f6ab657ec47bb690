package vn.doanket.dashboard.rebuild;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import vn.doanket.dashboard.query.EventBatch;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.error.DomainException;
import vn.doanket.territory.Territory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Rebuilds every read model from the topics into a fresh database while the current one keeps
 * serving: a consumer of its own (new group, from the earliest offsets, nothing committed) applies
 * every event with fresh projectors to database {@code <home>_r<timestamp>}, up to the end offsets
 * taken at the start and then to the latest ones; the service then switches reads and live writes
 * to it and drains the topics once more (idempotent appliers make the overlap with the live
 * consumer harmless). The old database is kept for comparison or rollback.
 */
public class Rebuild {

    /** Where a rebuild stands. */
    public enum State { IDLE, RUNNING, SWITCHED, FAILED }

    /** What the progress endpoint shows. */
    public record Progress(State state, String database, String serving, long processed, long total,
                           long skipped, double eventsPerSecond, Long etaSeconds, Instant startedAt, Instant finishedAt,
                           String error) {
    }

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    private static final Duration POLL = Duration.ofMillis(500);
    /** Events applied as one batch (from as many polls as it takes, or fewer at the end of the topics). */
    static final int BATCH = 20_000;

    private final ReadModelDatabase databases;
    private final Territory territory;
    private final String bootstrap;
    private final Map<String, String> topics; // topic → "membership" | "feedback"
    private final Clock clock;

    private volatile State state = State.IDLE;
    private volatile String database;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String error;
    private volatile long total;
    private final AtomicLong processed = new AtomicLong();
    /** Messages that are not applicable envelopes (the live consumer sends them to its dead-letter topic). */
    private final AtomicLong skipped = new AtomicLong();
    private Thread worker;
    private volatile java.util.function.Consumer<String> startListener = database -> { };

    public Rebuild(ReadModelDatabase databases, Territory territory, String bootstrap, Map<String, String> topics, Clock clock) {
        this.databases = databases;
        this.territory = territory;
        this.bootstrap = bootstrap;
        this.topics = Map.copyOf(topics);
        this.clock = clock;
    }

    /**
     * Told the name of each new database as a rebuild starts, before anything is placed in it
     * ({@link MapChangeRebuild} records there the map the rebuild places on).
     */
    public void setStartListener(java.util.function.Consumer<String> listener) {
        this.startListener = listener;
    }

    private volatile vn.doanket.membership.territory.MembershipTerritoryApplier territoryFeed;

    /**
     * The applier the live consumer uses to keep the territory tree current with membership's residential areas: the
     * rebuild's batches apply an area's registration, merger or split to the tree before placing its figures, as the
     * live batches do. Without it, a committee replayed before the territory feed learnt its area waited at the
     * commune, and the area's registration (replayed before the feed knew it) did not release it.
     */
    public void setTerritoryFeed(vn.doanket.membership.territory.MembershipTerritoryApplier territoryFeed) {
        this.territoryFeed = territoryFeed;
    }

    /** Starts a rebuild; 409 while one is running. */
    public synchronized Progress start() {
        if (state == State.RUNNING) {
            throw DomainException.conflict("rebuild-running", "Đang dựng lại số liệu", "A rebuild is already running");
        }
        startedAt = clock.instant();
        database = databases.home() + "_r" + DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS")
                .withZone(ZoneOffset.UTC).format(startedAt);
        finishedAt = null;
        error = null;
        total = 0;
        processed.set(0);
        skipped.set(0);
        startListener.accept(database);
        state = State.RUNNING;
        worker = new Thread(this::run, "dashboard-rebuild");
        worker.setDaemon(true);
        worker.start();
        return progress();
    }

    /** Waits for the running rebuild (tests and the command line). */
    public Progress await(Duration timeout) throws InterruptedException {
        Thread running;
        synchronized (this) {
            running = worker;
        }
        if (running != null) {
            running.join(timeout.toMillis());
        }
        return progress();
    }

    public Progress progress() {
        long done = processed.get();
        Instant start = startedAt;
        Instant end = finishedAt == null ? clock.instant() : finishedAt;
        double seconds = start == null ? 0 : Math.max(0.001, Duration.between(start, end).toMillis() / 1000.0);
        double rate = start == null ? 0 : done / seconds;
        Long eta = state != State.RUNNING ? null : rate <= 0 ? null : (long) Math.ceil(Math.max(0, total - done) / rate);
        return new Progress(state, database, databases.active(), done, total, skipped.get(), Math.round(rate * 10) / 10.0, eta,
                start, finishedAt, error);
    }

    private void run() {
        try {
            MongoTemplate target = new MongoTemplate(new SimpleMongoClientDatabaseFactory(databases.client(), database));
            // the live consumer's code path: the events of a poll applied as one batch
            EventBatch batch = new EventBatch(target, territory, null, territoryFeed);
            Consumer<List<ConsumerRecord<String, byte[]>>> apply = records -> {
                List<EventBatch.Item> items = new ArrayList<>(records.size());
                List<ConsumerRecord<String, byte[]>> decoded = new ArrayList<>(records.size());
                for (ConsumerRecord<String, byte[]> record : records) {
                    try {
                        items.add(new EventBatch.Item(topics.get(record.topic()), EnvelopeCodec.decode(record.value())));
                        decoded.add(record);
                    } catch (RuntimeException unusable) {
                        skip(record.topic(), record.partition(), record.offset(), unusable);
                    }
                }
                batch.apply(items, (index, item, unusable) -> skip(decoded.get(index).topic(),
                        decoded.get(index).partition(), decoded.get(index).offset(), unusable));
                processed.addAndGet(records.size());
            };
            try (KafkaConsumer<String, byte[]> consumer = consumer()) {
                List<TopicPartition> partitions = new ArrayList<>();
                for (String topic : topics.keySet()) {
                    consumer.partitionsFor(topic, Duration.ofSeconds(10))
                            .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
                }
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                total = partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
                drain(consumer, end, apply);
                // events published meanwhile: up to the latest offsets, then switch and drain once more
                Map<TopicPartition, Long> latest = consumer.endOffsets(partitions);
                total += partitions.stream().mapToLong(p -> latest.get(p) - end.get(p)).sum();
                drain(consumer, latest, apply);
                databases.switchTo(database);
                // a live batch keeps the database it began on (EventBatch), so one that began before the
                // switch writes to the old database only; the drain below brings its events to the new one
                Thread.sleep(1000);
                Map<TopicPartition, Long> last = consumer.endOffsets(partitions);
                total += partitions.stream().mapToLong(p -> last.get(p) - latest.get(p)).sum();
                drain(consumer, last, apply);
            }
            finishedAt = clock.instant();
            state = State.SWITCHED;
            log.info("Rebuild into {}: {} events, switched", database, processed.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(e);
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private void fail(Exception e) {
        finishedAt = clock.instant();
        error = e.getClass().getSimpleName();
        state = State.FAILED;
        log.warn("Rebuild into {} failed: {}", database, e.toString());
    }

    /** Messages that are not applicable envelopes are skipped and counted (never the payload in the log). */
    private void skip(String where, int partition, long position, RuntimeException unusable) {
        log.warn("Rebuild skips {}-{}@{}: {}", where, partition, position, unusable.getClass().getSimpleName());
        skipped.incrementAndGet();
    }

    private static void drain(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> until,
                              Consumer<List<ConsumerRecord<String, byte[]>>> apply) {
        while (!reached(consumer, until)) {
            // several polls make one batch: a batch reads and writes each document it touches once, and
            // the nation's, provinces' and periods' documents are touched by nearly every batch
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            do {
                consumer.poll(POLL).forEach(records::add);
            } while (records.size() < BATCH && !reached(consumer, until));
            if (!records.isEmpty()) {
                apply.accept(records); // the figures of the batch, in one bulk write
            }
        }
    }

    private static boolean reached(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> until) {
        for (Map.Entry<TopicPartition, Long> e : until.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "dashboard-rebuild-" + database);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // large polls, so large batches: a batch reads and writes each touched document once
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(8 << 20));
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }

    /** Topic → context, from the bindings of a dashboard's configuration and every plugged context's topic. */
    public static Map<String, String> topics(String membershipTopic, String feedbackTopic) {
        return topics(membershipTopic, feedbackTopic, "");
    }

    /**
     * Topic → context, from the bindings of a dashboard's configuration and every plugged context's topic with
     * {@code contextTopicPrefix} in front (the property {@code doanket.dashboard.context-topic-prefix}; empty outside tests).
     */
    public static Map<String, String> topics(String membershipTopic, String feedbackTopic, String contextTopicPrefix) {
        Map<String, String> topics = new HashMap<>(vn.doanket.dashboard.query.ContextProjections.topics(contextTopicPrefix));
        topics.put(membershipTopic, vn.doanket.dashboard.query.ContextProjections.MEMBERSHIP);
        topics.put(feedbackTopic, vn.doanket.dashboard.query.ContextProjections.FEEDBACK);
        return topics;
    }
}
