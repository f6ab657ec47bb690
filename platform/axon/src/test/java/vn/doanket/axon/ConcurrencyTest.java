package vn.doanket.axon;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doanket.axon.testapp.Counter;
import vn.doanket.axon.testapp.CounterIncrementedEvent;
import vn.doanket.axon.testapp.CreateCounterCommand;
import vn.doanket.axon.testapp.IncrementCounterCommand;
import vn.doanket.events.Actor;
import vn.doanket.web.ProblemSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Optimistic concurrency by aggregate sequence number on PostgreSQL: a second creation and a
 * second append at the same sequence are Axon's own conflicts (PostgreSQL's unique violation
 * 23505 recognised), never a generic storage failure and never a lost update, and both are 409.
 */
class ConcurrencyTest extends SharedContextTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    org.axonframework.config.Configuration axon;
    @Autowired
    AxonProblemMapper problems;
    @Autowired
    TransactionManager transactionManager;

    @Test
    void creatingTheSameAggregateTwiceIsAStreamCreationConflict() {
        String id = newId("dup");
        commands.send(new CreateCounterCommand(id, "26560"), Actor.SYSTEM);

        Throwable conflict = catchThrowableOf(() -> commands.send(new CreateCounterCommand(id, "26561"), Actor.SYSTEM));
        assertThat(conflict).isInstanceOf(AggregateStreamCreationException.class);
        assertThat(storedEvents(id)).hasSize(1);
        assertThat(jdbc.queryForObject("select convert_from(payload, 'UTF8') from domain_event_entry where aggregate_identifier = ?",
                String.class, id)).contains("26560");

        assertThat(problems.map(conflict)).hasValueSatisfying(problem -> {
            assertThat(problem.status()).isEqualTo(409);
            assertThat(problem.code()).isEqualTo("already-exists");
        });
    }

    @Test
    void twoConcurrentAppendsAtTheSameSequenceStoreExactlyOne() throws Exception {
        String id = newId("race");
        commands.send(new CreateCounterCommand(id, "26560"), Actor.SYSTEM);
        CyclicBarrier bothStaged = new CyclicBarrier(2);

        List<Outcome> outcomes = race(2, attempt -> {
            UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(
                    GenericCommandMessage.asCommandMessage(new IncrementCounterCommand(id, 1)));
            unitOfWork.attachTransaction(transactionManager); // as the command bus does
            GenericDomainEventMessage<CounterIncrementedEvent> event = new GenericDomainEventMessage<>(
                    "Counter", id, 1, new CounterIncrementedEvent(id, "26560", attempt.index + 1, attempt.index + 1));
            eventStore.publish(event);
            attempt.setEventId(event.getIdentifier());
            await(bothStaged);
            unitOfWork.commit();
        });

        assertExactlyOneWon(outcomes);
        Outcome winner = outcomes.stream().filter(o -> o.failure == null).findFirst().orElseThrow();
        List<StoredEvent> stored = storedEvents(id);
        assertThat(stored).extracting(StoredEvent::sequence).containsExactly(0L, 1L);
        assertThat(stored.get(1).eventId()).isEqualTo(winner.eventId);
    }

    @Test
    void twoInstancesDecidingOnTheSameStateCannotBothCommit() throws Exception {
        String id = newId("lost-update");
        commands.send(new CreateCounterCommand(id, "26560"), Actor.SYSTEM);
        commands.send(new IncrementCounterCommand(id, 10), Actor.SYSTEM);
        // two service instances: each has its own repository (and its own in-memory aggregate lock)
        Repository<Counter> first = axon.repository(Counter.class);
        Repository<Counter> second = EventSourcingRepository.builder(Counter.class).eventStore(eventStore).build();
        List<Repository<Counter>> instances = List.of(first, second);
        CyclicBarrier bothDecided = new CyclicBarrier(2);

        List<Outcome> outcomes = race(2, attempt -> {
            UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(
                    GenericCommandMessage.asCommandMessage(new IncrementCounterCommand(id, 1)));
            unitOfWork.attachTransaction(transactionManager); // as the command bus does
            var counter = instances.get(attempt.index).load(id);
            counter.execute(c -> c.increment(1));
            assertThat(counter.invoke(Counter::value)).isEqualTo(11L);
            await(bothDecided);
            unitOfWork.commit();
        });

        assertExactlyOneWon(outcomes);
        commands.send(new IncrementCounterCommand(id, 1), Actor.SYSTEM);
        List<? extends DomainEventMessage<?>> history = eventStore.readEvents(id).asStream().toList();
        assertThat(history).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L, 3L);
        assertThat(((CounterIncrementedEvent) history.get(3).getPayload()).value())
                .as("the loser's increment is rejected, not silently lost or double-counted").isEqualTo(12L);
    }

    @Test
    void theConcurrencyProblemIsA409() {
        assertThat(problems.map(new ConcurrencyException("x"))).hasValueSatisfying(problem -> {
            assertThat(problem.status()).isEqualTo(409);
            assertThat(problem.code()).isEqualTo("concurrent-modification");
        });
        assertThat(problems.map(new org.axonframework.modelling.command.AggregateNotFoundException("a", "x")))
                .map(ProblemSpec::status).hasValue(404);
        assertThat(problems.map(new EventStoreException("down"))).map(ProblemSpec::status).hasValue(503);
        assertThat(problems.map(new IllegalStateException("other"))).isEmpty();
    }

    private void assertExactlyOneWon(List<Outcome> outcomes) {
        outcomes.stream().filter(o -> o.failure != null && !(o.failure instanceof ConcurrencyException))
                .forEach(o -> o.failure.printStackTrace());
        assertThat(outcomes).as(outcomes.toString()).filteredOn(o -> o.failure == null).hasSize(1);
        Throwable failure = outcomes.stream().filter(o -> o.failure != null).findFirst().orElseThrow().failure;
        assertThat(failure).isInstanceOf(ConcurrencyException.class).isNotInstanceOf(EventStoreException.class);
        assertThat(problems.map(failure)).map(ProblemSpec::status).hasValue(409);
    }

    /** Runs {@code attempt} on {@code n} threads at once and returns how each ended. */
    private static List<Outcome> race(int n, ThrowingConsumer<Outcome> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Outcome> outcomes = new ArrayList<>();
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Outcome outcome = new Outcome(i);
                outcomes.add(outcome);
                futures.add(pool.submit(() -> {
                    try {
                        attempt.accept(outcome);
                    } catch (Throwable t) {
                        outcome.failure = t;
                    } finally {
                        if (org.axonframework.messaging.unitofwork.CurrentUnitOfWork.isStarted()) {
                            org.axonframework.messaging.unitofwork.CurrentUnitOfWork.get().rollback();
                        }
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CyclicBarrier barrier) throws Exception {
        barrier.await(30, TimeUnit.SECONDS);
    }

    private static Throwable catchThrowableOf(Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            return t;
        }
        throw new AssertionError("Expected a failure");
    }

    @FunctionalInterface
    interface ThrowingConsumer<T> {
        void accept(T value) throws Exception;
    }

    static final class Outcome {
        final int index;
        volatile String eventId;
        volatile Throwable failure;

        Outcome(int index) {
            this.index = index;
        }

        void setEventId(String eventId) {
            this.eventId = eventId;
        }

        public String toString() {
            return "attempt " + index + (failure == null ? " committed" : " failed: " + failure);
        }
    }

}
