package vn.doanket.messaging;

import vn.doanket.events.EventEnvelope;

/**
 * Applies one published event. Must be idempotent: the same envelope may arrive more than
 * once (publisher retries, rebalances, replays). Use {@link AggregateDocuments} for that.
 */
@FunctionalInterface
public interface EnvelopeHandler {

    void handle(EventEnvelope envelope);
}
