package vn.doanket.audit;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An event store decorator: every append of events of a chained aggregate type also appends
 * their links to {@code audit_chain}, in the same transaction (the connection provider is the
 * engine's own unit-of-work-aware one). An event is stored with its link or not at all; a link
 * is computed from the bytes as stored (read back inside the transaction), so what the chain
 * covers is exactly what {@code verify} later reads. Everything else is delegated unchanged.
 */
public class ChainingEventStorageEngine implements EventStorageEngine {

    private final EventStorageEngine delegate;
    private final ChainRecorder recorder;
    private final ConnectionProvider connections;
    private final TransactionManager transactions;
    private final Set<String> aggregateTypes;

    /**
     * @param delegate the real storage engine (JDBC)
     * @param recorder chain writer
     * @param connections the engine's connection provider (same transaction)
     * @param transactions the engine's transaction manager
     * @param aggregateTypes aggregate types to chain; empty for all
     */
    public ChainingEventStorageEngine(EventStorageEngine delegate, ChainRecorder recorder,
                                      ConnectionProvider connections, TransactionManager transactions,
                                      Set<String> aggregateTypes) {
        this.delegate = delegate;
        this.recorder = recorder;
        this.connections = connections;
        this.transactions = transactions;
        this.aggregateTypes = Set.copyOf(aggregateTypes);
    }

    /** @return the decorated engine */
    public EventStorageEngine delegate() {
        return delegate;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        Map<String, Set<String>> appended = new LinkedHashMap<>();
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domain && domain.getType() != null
                    && (aggregateTypes.isEmpty() || aggregateTypes.contains(domain.getType()))) {
                appended.computeIfAbsent(domain.getAggregateIdentifier(), k -> new HashSet<>())
                        .add(domain.getIdentifier());
            }
        }
        if (appended.isEmpty()) {
            delegate.appendEvents(events);
            return;
        }
        transactions.executeInTransaction(() -> {
            delegate.appendEvents(events);
            try (Connection c = connections.getConnection()) {
                for (Map.Entry<String, Set<String>> entry : appended.entrySet()) {
                    Set<String> ids = entry.getValue();
                    recorder.extend(c, entry.getKey(), stored -> ids.contains(stored.eventId()));
                }
            } catch (SQLException e) {
                throw new EventStoreException("Cannot record the audit chain of the appended events", e);
            }
        });
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return delegate.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier) {
        return delegate.readEvents(aggregateIdentifier);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return delegate.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }
}
