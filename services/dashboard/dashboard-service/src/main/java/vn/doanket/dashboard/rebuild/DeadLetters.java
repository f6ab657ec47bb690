package vn.doanket.dashboard.rebuild;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The events the dashboard's consumers could not apply or store, as administrators see them: the latest records of
 * the dead-letter topics ({@code error.<topic>.<group>}, written by the platform's batch error handler), read on
 * demand with a consumer of no group (nothing committed). Only what says which event it was and why — event type,
 * aggregate, sequence, event id, the exception's class — never the payload, which may hold personal data.
 */
public class DeadLetters {

    /** One dead letter. */
    public record DeadLetter(String deadLetterTopic, int partition, long offset, Instant deadLetteredAt,
                             String originalTopic, String originalPartition, String originalOffset,
                             String eventType, String aggregateType, String aggregateId, Long sequence, String eventId,
                             String exception) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String bootstrap;
    private final List<String> topics;

    /**
     * @param bootstrap the brokers
     * @param topics    the dead-letter topics to read
     */
    public DeadLetters(String bootstrap, List<String> topics) {
        this.bootstrap = bootstrap;
        this.topics = List.copyOf(topics);
    }

    /** The dead-letter topics of a group's consumed topics. */
    public static List<String> of(java.util.Collection<String> consumedTopics, String group) {
        return consumedTopics.stream().sorted().map(t -> "error." + t + "." + group).toList();
    }

    /** The latest {@code limit} dead letters of every topic (newest first), at most {@code limit} per partition read. */
    public List<DeadLetter> latest(int limit) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            Map<String, List<PartitionInfo>> existing = consumer.listTopics(Duration.ofSeconds(5));
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                for (PartitionInfo p : existing.getOrDefault(topic, List.of())) {
                    partitions.add(new TopicPartition(topic, p.partition()));
                }
            }
            if (partitions.isEmpty()) {
                return List.of();
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long wanted = 0;
            for (TopicPartition p : partitions) {
                long from = Math.max(begin.get(p), end.get(p) - limit);
                consumer.seek(p, from);
                wanted += end.get(p) - from;
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            long read = 0;
            while (read < wanted && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        letters.add(letter(r));
                        read++;
                    }
                }
            }
        }
        letters.sort(Comparator.comparing(DeadLetter::deadLetteredAt).reversed());
        return letters.size() > limit ? letters.subList(0, limit) : letters;
    }

    private static DeadLetter letter(ConsumerRecord<byte[], byte[]> r) {
        String eventType = null, aggregateType = null, aggregateId = null, eventId = null;
        Long sequence = null;
        try {
            JsonNode envelope = JSON.readTree(r.value());
            eventType = text(envelope, "eventType");
            aggregateType = text(envelope, "aggregateType");
            aggregateId = text(envelope, "aggregateId");
            eventId = text(envelope, "eventId");
            sequence = envelope.hasNonNull("sequence") ? envelope.get("sequence").asLong() : null;
        } catch (java.io.IOException | RuntimeException notAnEnvelope) {
            // a malformed record: its coordinates and the exception say enough
        }
        return new DeadLetter(r.topic(), r.partition(), r.offset(), Instant.ofEpochMilli(r.timestamp()),
                header(r, "x-original-topic"), header(r, "x-original-partition"), header(r, "x-original-offset"),
                eventType, aggregateType, aggregateId, sequence, eventId, header(r, "x-exception-fqcn"));
    }

    private static String text(JsonNode node, String field) {
        return node != null && node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        if (h == null || h.value() == null) {
            return null;
        }
        byte[] v = h.value();
        // the binder writes partitions and offsets as 4- or 8-byte integers
        if (v.length == 4 && (name.endsWith("partition"))) {
            return Integer.toString(java.nio.ByteBuffer.wrap(v).getInt());
        }
        if (v.length == 8 && (name.endsWith("offset"))) {
            return Long.toString(java.nio.ByteBuffer.wrap(v).getLong());
        }
        return new String(v, StandardCharsets.UTF_8);
    }
}
