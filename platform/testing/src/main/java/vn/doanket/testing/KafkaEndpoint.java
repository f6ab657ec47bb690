package vn.doanket.testing;

/** A reachable Kafka broker, local or in a container. */
public interface KafkaEndpoint {

    /** @return the {@code bootstrap.servers} value, e.g. {@code 127.0.0.1:40123} */
    String bootstrapServers();
}
