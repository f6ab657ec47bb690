package vn.doanket.axon;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads a whole topic from the beginning without a consumer group (partitions assigned
 * directly, so no rebalance delay). Records come in partition order within each partition.
 */
final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    TopicReader(String bootstrap, String topic) {
        this.topic = topic;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
        List<TopicPartition> partitions = partitions(Duration.ofSeconds(30));
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    private List<TopicPartition> partitions(Duration max) {
        // in this thread: a consumer is used by one thread at a time
        List<PartitionInfo> infos = Awaitility.await("topic " + topic + " to exist").atMost(max).pollInSameThread()
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> consumer.partitionsFor(topic, Duration.ofSeconds(5)), found -> found != null && !found.isEmpty());
        return infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    /**
     * Polls until {@code done} holds for the records seen so far, then returns them; fails after {@code max}.
     */
    List<ConsumerRecord<String, byte[]>> readUntil(Predicate<List<ConsumerRecord<String, byte[]>>> done, Duration max,
                                                   String what) {
        // each evaluation reads for up to 200 ms (the consumer's poll is the wait), in this thread
        Awaitility.await(what + " on " + topic).atMost(max).pollInSameThread()
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1))
                .untilAsserted(() -> {
                    if (!done.test(seen)) {
                        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                    }
                    assertThat(done.test(seen)).as("done after %d records", seen.size()).isTrue();
                });
        return List.copyOf(seen);
    }

    /** Records with the given key, in the order they were read. */
    static List<ConsumerRecord<String, byte[]>> withKey(List<ConsumerRecord<String, byte[]>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).toList();
    }

    /** Total number of records ever written to the topic (sum of end offsets). */
    long endOffsetTotal() {
        return consumer.endOffsets(consumer.assignment()).values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
