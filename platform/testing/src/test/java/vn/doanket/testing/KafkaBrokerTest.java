package vn.doanket.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    @Test
    void inProcessBrokerDeliversRecords() throws Exception {
        try (KafkaBroker broker = KafkaBroker.inProcess()) {
            assertThat(broker.isChildProcess()).isFalse();
            roundTrip(broker.bootstrapServers());
        }
    }

    @Test
    void childProcessBrokerDeliversRecordsAndStops(@TempDir Path dir) throws Exception {
        KafkaBroker broker = KafkaBroker.childProcess(dir.resolve("kafka"));
        ProcessHandle child;
        try (broker) {
            assertThat(broker.isChildProcess()).isTrue();
            child = broker.processHandle().orElseThrow();
            assertThat(child.isAlive()).isTrue();
            assertThat(broker.bootstrapServers()).startsWith("127.0.0.1:");
            roundTrip(broker.bootstrapServers());
        }
        assertThat(child.isAlive()).isFalse();
        assertThat(dir.resolve("kafka/cluster.id")).exists();
        assertThat(dir.resolve("kafka/data/meta.properties")).exists();
    }

    static void roundTrip(String bootstrapServers) throws Exception {
        String topic = "test-" + UUID.randomUUID();
        String key = "aggregate-1";
        Map<String, Object> producerConfig = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, "hello")).get(30, TimeUnit.SECONDS);
        }
        Map<String, Object> consumerConfig = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "g-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            // in this thread (a consumer is used by one thread at a time); each poll waits up to 500 ms
            await("the record on " + topic).atMost(Duration.ofSeconds(60)).pollInSameThread()
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1))
                    .until(() -> {
                        consumer.poll(Duration.ofMillis(500)).forEach(received::add);
                        return !received.isEmpty();
                    });
            assertThat(consumer.partitionsFor(topic)).hasSize(3);
        }
        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo(key);
            assertThat(r.value()).isEqualTo("hello");
        });
    }
}
