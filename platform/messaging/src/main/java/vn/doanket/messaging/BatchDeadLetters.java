package vn.doanket.messaging;

import com.mongodb.MongoException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.cloud.stream.binder.kafka.KafkaMessageChannelBinder;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import vn.doanket.events.MalformedEnvelopeException;

import java.util.Map;
import java.util.function.BiFunction;

/**
 * Retries and dead letters for consumers in <em>batch mode</em>, the same as the binder gives
 * record-mode consumers, done by Spring Kafka's {@link DefaultErrorHandler} and
 * {@link DeadLetterPublishingRecoverer} in the listener container (the binder's own dead-lettering
 * of a batch would send the whole batch to the dead-letter topic on any failure).
 * <p>
 * A batch consumer names the record that cannot be applied by throwing
 * {@link BatchListenerFailedException} with its index, after applying the records before it and
 * none after it. The records before it are committed; the record itself goes to the binding's
 * dead-letter topic ({@code error.<topic>.<group>}, with the binder's {@code x-original-*} and
 * {@code x-exception-*} headers): at once if it is a {@link MalformedEnvelopeException}, otherwise
 * after the binding's retries with back-off. The records after it are delivered again.
 * <p>
 * A failure that names no record, or a {@linkplain #storeOutage outage of the store} met while
 * applying one, is retried with back-off up to {@link #MAX_WHOLE_BATCH_INTERVAL_MS} and without
 * limit: a batch is never dead-lettered wholesale, a record never for an outage, the consumer lag
 * metric shows the stall, and nothing is lost.
 * Record-mode bindings are left to the binder.
 */
public class BatchDeadLetters implements ListenerContainerWithDlqAndRetryCustomizer, DisposableBean {

    /** Longest wait between two attempts at a batch that failed without naming a record. */
    public static final long MAX_WHOLE_BATCH_INTERVAL_MS = 30_000;

    private final String bootstrapServers;
    private DefaultKafkaProducerFactory<byte[], byte[]> producers;

    /**
     * @param bootstrapServers the binder's brokers (the dead-letter topics are on the same cluster)
     */
    public BatchDeadLetters(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                          BackOff backOff) {
        // called by older binders only; the binder of this platform calls the variant with the properties
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                          BackOff backOff, ExtendedConsumerProperties<KafkaConsumerProperties> properties) {
        if (properties == null || !properties.isBatchMode()) {
            return;
        }
        container.setCommonErrorHandler(errorHandler(properties.getExtension().isEnableDlq()
                ? deadLetterTopic(destinationName, group, dlqDestinationResolver) : null, backOff));
    }

    /**
     * The binder's resolver answers a topic only where {@code dlq-name} is set; otherwise the topic is
     * the binder's default name, {@code error.<destination>.<group>}, on the partition it names.
     */
    static BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> deadLetterTopic(
            String destinationName, String group, BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> binders) {
        return (record, exception) -> {
            TopicPartition named = binders == null ? null : binders.apply(record, exception);
            String topic = named != null && named.topic() != null ? named.topic() : "error." + destinationName + "." + group;
            return new TopicPartition(topic, named != null ? named.partition() : -1);
        };
    }

    DefaultErrorHandler errorHandler(BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                                     BackOff recordBackOff) {
        DefaultErrorHandler handler = dlqDestinationResolver == null
                ? new DefaultErrorHandler(wholeBatchBackOff())
                : new DefaultErrorHandler(recoverer(dlqDestinationResolver), wholeBatchBackOff());
        // a named record: the binding's retries (max-attempts, back-off), then its dead letter; a failure of
        // the whole batch: retried without limit (the handler keeps the consumer in the group meanwhile)
        BackOff perRecord = recordBackOff != null ? recordBackOff : new FixedBackOff(0, 0);
        handler.setBackOffFunction((record, exception) -> named(exception) != null && !storeOutage(exception)
                ? perRecord : wholeBatchBackOff());
        handler.addNotRetryableExceptions(MalformedEnvelopeException.class);
        handler.setCommitRecovered(true);
        return handler;
    }

    private static BackOff wholeBatchBackOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(MAX_WHOLE_BATCH_INTERVAL_MS);
        return backOff;
    }

    /**
     * An outage of the store a consumer writes to: it is unreachable, times out, is failing over, or another writer
     * created the same document meanwhile (a duplicate key, gone on the next attempt). Never the record's fault, even
     * when met while applying a named record, so it is retried like a failure of the whole batch, without limit, and
     * never dead-lettered: nothing is lost while the store is down. Any other failure of the store (a document it can
     * never take: a BSON error, a value or a field name it refuses, a document too large) is the record's: retried
     * with the binding's back-off, then dead-lettered, so one event that can never be stored does not stop every
     * event after it.
     */
    public static boolean storeOutage(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.springframework.dao.DataAccessResourceFailureException
                    || t instanceof org.springframework.dao.TransientDataAccessException
                    || t instanceof org.springframework.dao.RecoverableDataAccessException
                    || t instanceof org.springframework.dao.DuplicateKeyException
                    || t instanceof com.mongodb.MongoSocketException
                    || t instanceof com.mongodb.MongoTimeoutException
                    || t instanceof com.mongodb.MongoNotPrimaryException
                    || t instanceof com.mongodb.MongoNodeIsRecoveringException
                    || t instanceof com.mongodb.MongoExecutionTimeoutException
                    || t instanceof com.mongodb.MongoServerUnavailableException
                    || t instanceof com.mongodb.MongoInterruptedException
                    || t instanceof com.mongodb.MongoClientException && !(t instanceof com.mongodb.MongoConfigurationException)) {
                return true;
            }
            if (t instanceof MongoException mongo && (mongo.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)
                    || mongo.hasErrorLabel("RetryableWriteError") || duplicateKey(mongo))) {
                return true;
            }
        }
        return false;
    }

    private static boolean duplicateKey(MongoException mongo) {
        if (mongo instanceof com.mongodb.MongoBulkWriteException bulk) {
            return !bulk.getWriteErrors().isEmpty() && bulk.getWriteErrors().stream().allMatch(e -> e.getCode() == 11000);
        }
        return mongo.getCode() == 11000 || mongo.getCode() == 11001;
    }

    /** The consumer's own {@link BatchListenerFailedException} inside the binder's wrappers, or null. */
    static BatchListenerFailedException named(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BatchListenerFailedException failed) {
                return failed;
            }
        }
        return null;
    }

    private ConsumerAwareRecordRecoverer recoverer(BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> destination) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(producers()), destination);
        recoverer.setHeaderNamesSupplier(() -> DeadLetterPublishingRecoverer.HeaderNames.Builder.original()
                .offsetHeader(KafkaMessageChannelBinder.X_ORIGINAL_OFFSET)
                .timestampHeader(KafkaMessageChannelBinder.X_ORIGINAL_TIMESTAMP)
                .timestampTypeHeader(KafkaMessageChannelBinder.X_ORIGINAL_TIMESTAMP_TYPE)
                .topicHeader(KafkaMessageChannelBinder.X_ORIGINAL_TOPIC)
                .partitionHeader(KafkaMessageChannelBinder.X_ORIGINAL_PARTITION)
                .consumerGroupHeader("x-original-consumer-group")
                .exception()
                .keyExceptionFqcn("x-key-exception-fqcn")
                .exceptionFqcn(KafkaMessageChannelBinder.X_EXCEPTION_FQCN)
                .exceptionCauseFqcn("x-exception-cause-fqcn")
                .keyExceptionMessage("x-key-exception-message")
                .exceptionMessage(KafkaMessageChannelBinder.X_EXCEPTION_MESSAGE)
                .keyExceptionStacktrace("x-key-exception-stacktrace")
                .exceptionStacktrace(KafkaMessageChannelBinder.X_EXCEPTION_STACKTRACE)
                .build());
        // the record itself may carry personal data: never written to the log
        recoverer.setLogRecoveryRecord(false);
        // the headers name why the consumer refused the record, not the binder's wrappers around it
        return (record, consumer, exception) -> {
            BatchListenerFailedException failed = named(exception);
            Exception reason = failed != null && failed.getCause() instanceof Exception cause ? cause : exception;
            recoverer.accept(record, consumer, reason);
        };
    }

    private synchronized DefaultKafkaProducerFactory<byte[], byte[]> producers() {
        if (producers == null) {
            producers = new DefaultKafkaProducerFactory<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        }
        return producers;
    }

    @Override
    public synchronized void destroy() {
        if (producers != null) {
            producers.destroy();
        }
    }
}
