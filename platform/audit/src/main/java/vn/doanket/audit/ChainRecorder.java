package vn.doanket.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * Extends an aggregate's chain over its stored events that are not chained yet, reading the
 * exact stored bytes. Called on the event store's connection right after an append (same
 * transaction: an event and its link commit together or not at all), and as a catch-up for
 * stores that existed before the chain was switched on.
 */
public final class ChainRecorder {

    private final ChainCodec codec;

    /**
     * @param codec the keyed chain arithmetic
     */
    public ChainRecorder(ChainCodec codec) {
        this.codec = codec;
    }

    /**
     * @param c connection (the caller's transaction)
     * @param aggregateId aggregate whose chain to extend
     * @return links added
     * @throws SQLException on a database error (e.g. a concurrent writer: the transaction must roll back)
     */
    public int extend(Connection c, String aggregateId) throws SQLException {
        return extend(c, aggregateId, event -> true);
    }

    /**
     * Chains only the stored events after the chain's head that {@code accept} names (the writer
     * passes the events it has just appended): a row someone inserted into the event store by
     * hand is never adopted into the chain, so {@code verify} reports it.
     *
     * @param c connection (the caller's transaction)
     * @param aggregateId aggregate whose chain to extend
     * @param accept which unchained events to chain
     * @return links added
     * @throws SQLException on a database error
     */
    public int extend(Connection c, String aggregateId, Predicate<StoredEvent> accept) throws SQLException {
        ChainEntry head = AuditChainStore.head(c, aggregateId).orElse(null);
        long after = head == null ? -1 : head.seq();
        byte[] previous = head == null ? new byte[0] : head.mac();
        List<ChainEntry> links = new ArrayList<>();
        for (StoredEvent event : AuditChainStore.events(c, aggregateId, after)) {
            if (!accept.test(event)) {
                continue;
            }
            byte[] mac = codec.mac(previous, event);
            links.add(new ChainEntry(aggregateId, event.seq(), event.eventId(), mac, codec.payloadMac(event.payload())));
            previous = mac;
        }
        AuditChainStore.insert(c, links);
        return links.size();
    }

    /**
     * Adopts the events of every aggregate of the given types that has no chain at all yet (a store
     * that existed before the chain was switched on). Aggregates with a chain are left alone: their
     * new events are chained by the writer, never by a catch-up that could adopt a forged row.
     *
     * @param c connection
     * @param aggregateTypes types to include; empty for all
     * @return links added
     * @throws SQLException on a database error
     */
    public int extendAll(Connection c, Collection<String> aggregateTypes) throws SQLException {
        int added = 0;
        java.util.Set<String> chained = new java.util.HashSet<>(AuditChainStore.chainedAggregateIds(c));
        for (String id : AuditChainStore.aggregateIds(c, aggregateTypes)) {
            if (!chained.contains(id)) {
                added += extend(c, id);
            }
        }
        return added;
    }
}
