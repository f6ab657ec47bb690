package vn.doanket.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Settings of the event store and the Kafka publisher ({@code doanket.axon.*}).
 */
@ConfigurationProperties("doanket.axon")
public class DoanketAxonProperties {

    /** The bounded context's name; its events go to {@code doanket.<context>.events}. */
    private String context;

    private final Publisher publisher = new Publisher();

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = context;
    }

    public Publisher getPublisher() {
        return publisher;
    }

    /** The topic the publisher writes to: {@link Publisher#getTopic()} or {@code doanket.<context>.events}. */
    public String topic() {
        String topic = publisher.getTopic();
        return topic == null || topic.isBlank() ? vn.doanket.events.Topics.eventsOf(context) : topic;
    }

    /** The processor that carries every stored event to Kafka. */
    public static class Publisher {
        /** Whether this service publishes its events. */
        private boolean enabled = true;
        /** Overrides the topic name (e.g. a per-test namespace); default {@code doanket.<context>.events}. */
        private String topic;
        /** Events per transaction of the publisher (one token update per batch). */
        private int batchSize = 200;
        /** Initial segments (parallelism is per aggregate: one aggregate's events stay ordered). */
        private int segments = 4;
        /** Longest wait for the broker's acknowledgement of a batch before the batch is retried. */
        private Duration sendTimeout = Duration.ofSeconds(30);
        /** Partitions of the context's topic when the publisher creates it. */
        private int partitions = 3;
        /** Replication factor of the context's topic when the publisher creates it. */
        private short replicas = 1;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }

        public int getSegments() {
            return segments;
        }

        public void setSegments(int segments) {
            this.segments = segments;
        }

        public Duration getSendTimeout() {
            return sendTimeout;
        }

        public void setSendTimeout(Duration sendTimeout) {
            this.sendTimeout = sendTimeout;
        }

        public int getPartitions() {
            return partitions;
        }

        public void setPartitions(int partitions) {
            this.partitions = partitions;
        }

        public short getReplicas() {
            return replicas;
        }

        public void setReplicas(short replicas) {
            this.replicas = replicas;
        }
    }
}
