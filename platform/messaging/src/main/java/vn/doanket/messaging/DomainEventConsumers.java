package vn.doanket.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.events.MalformedEnvelopeException;

import java.util.function.Consumer;

/**
 * The one way a service consumes published events with Spring Cloud Stream: declare
 * {@code @Bean Consumer<Message<byte[]>> xEvents(...) { return DomainEventConsumers.of(handler); }}
 * and bind it to the topics. A message that is not a valid envelope throws
 * {@link MalformedEnvelopeException}, which the platform's binding defaults mark as not
 * retryable, so it goes straight to the dead-letter topic and the consumer carries on;
 * other failures are retried with back-off, then dead-lettered.
 */
public final class DomainEventConsumers {

    private static final Logger log = LoggerFactory.getLogger(DomainEventConsumers.class);

    private DomainEventConsumers() {
    }

    public static Consumer<Message<byte[]>> of(EnvelopeHandler handler) {
        return message -> {
            EventEnvelope envelope = EnvelopeCodec.decode(payloadBytes(message.getPayload()));
            if (log.isDebugEnabled()) {
                // ids only: payloads may carry personal data and are never logged
                log.debug("Applying {} {}#{}", envelope.eventType(), envelope.aggregateId(), envelope.sequence());
            }
            handler.handle(envelope);
        };
    }

    private static byte[] payloadBytes(Object payload) {
        if (payload instanceof byte[] bytes) {
            return bytes;
        }
        throw new MalformedEnvelopeException("Unexpected payload type " + (payload == null ? "null" : payload.getClass().getSimpleName()), null);
    }
}
