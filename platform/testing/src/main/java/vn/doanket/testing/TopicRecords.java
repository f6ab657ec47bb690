package vn.doanket.testing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reading what a test's services published: the records of a topic, as raw bytes keyed by
 * aggregate id, through a throw-away consumer group (so nothing a service's own consumer group
 * has committed is disturbed); and writing records as a publisher would, for tests that play one.
 * One place for every module's tests.
 */
public final class TopicRecords {

    /** How long {@link #await(String, String, String, int)} waits by default. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private TopicRecords() {
    }

    /** The first {@code count} records with key {@code key} on {@code topic}, waiting up to {@link #PATIENCE}. */
    public static List<ConsumerRecord<String, byte[]>> await(String bootstrap, String topic, String key, int count) {
        return await(bootstrap, topic, r -> key.equals(r.key()), count, PATIENCE);
    }

    /**
     * The records of {@code topic} (from the beginning) that {@code wanted} accepts, until
     * {@code count} were found or {@code patience} passed. Returns what was found; the caller
     * asserts the count it expects, so a failure shows what did arrive.
     */
    public static List<ConsumerRecord<String, byte[]>> await(String bootstrap, String topic,
                                                             Predicate<ConsumerRecord<String, byte[]>> wanted,
                                                             int count, Duration patience) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig(bootstrap, true))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + patience.toNanos();
            while (found.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key() != null && wanted.test(r)) {
                        found.add(r);
                    }
                }
            }
        }
        return found;
    }

    /** Every record currently on {@code topic}, read from the beginning to the end offsets of now. */
    public static List<ConsumerRecord<String, byte[]>> readAll(String bootstrap, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
             KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig(bootstrap, false))) {
            Map<TopicPartition, Long> ends = endOffsets(admin, topic);
            consumer.assign(ends.keySet());
            consumer.seekToBeginning(ends.keySet());
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /**
     * Whether consumer group {@code group} has committed every record of {@code topic}: the group's consumers commit
     * after applying, so what they write is complete once this holds (a partition without records counts as read).
     */
    public static boolean caughtUp(String bootstrap, String group, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, Long> ends = endOffsets(admin, topic);
            Map<TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            return ends.entrySet().stream().allMatch(end -> {
                var offset = committed.get(end.getKey());
                return (offset == null ? 0 : offset.offset()) >= end.getValue();
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted reading the offsets of " + group, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not read the offsets of " + group, e.getCause());
        }
    }

    /** The end offset of every partition of {@code topic}. */
    public static Map<TopicPartition, Long> endOffsets(Admin admin, String topic) {
        try {
            Set<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                    .partitions().stream().map(p -> new TopicPartition(topic, p.partition()))
                    .collect(Collectors.toSet());
            Map<TopicPartition, OffsetSpec> latest = partitions.stream()
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = new HashMap<>();
            for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> e
                    : admin.listOffsets(latest).all().get().entrySet()) {
                ends.put(e.getKey(), e.getValue().offset());
            }
            return ends;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted reading the offsets of " + topic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not read the offsets of " + topic, e.getCause());
        }
    }

    /** A consumer of raw records in a fresh group, from the earliest offset, committing nothing. */
    public static Map<String, Object> consumerConfig(String bootstrap, boolean group) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        if (group) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        }
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return config;
    }

    /** A producer like the services' publisher (acks all; aggregate id as key, raw bytes as value). */
    public static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends {@code (key, value)} records to {@code topic} in order, waiting for each to be stored. */
    public static void send(String bootstrap, String topic, List<Map.Entry<String, byte[]>> records) {
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            for (Map.Entry<String, byte[]> record : records) {
                producer.send(new ProducerRecord<>(topic, record.getKey(), record.getValue())).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted writing to " + topic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not write to " + topic, e.getCause());
        }
    }
}
