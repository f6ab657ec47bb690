package vn.doanket.axon;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doanket.axon.testapp.CreateCounterCommand;
import vn.doanket.axon.testapp.IncrementCounterCommand;
import vn.doanket.events.Actor;
import vn.doanket.events.error.DomainException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link CommandSender}: who sent a command and the request it came from travel as metadata to
 * every event it causes (stored in {@code meta_data}), and a handler's own rejection arrives
 * as itself, not wrapped by the command bus.
 */
class CommandSenderTest extends SharedContextTest {

    @Autowired
    EventStore eventStore;

    @Test
    void actorRoleAndTraceIdReachEveryStoredEvent() {
        String id = newId("meta");
        Actor actor = new Actor("u-42", "PROVINCE_ADMIN");
        MDC.put("requestId", "req-meta-1");
        Object created;
        try {
            created = commands.send(new CreateCounterCommand(id, "26560"), actor);
            commands.send(new IncrementCounterCommand(id, 1), actor);
        } finally {
            MDC.remove("requestId");
        }
        assertThat(created).as("a creating command returns the aggregate id").isEqualTo(id);

        List<? extends DomainEventMessage<?>> history = eventStore.readEvents(id).asStream().toList();
        assertThat(history).hasSize(2);
        for (DomainEventMessage<?> event : history) {
            MetaData metaData = event.getMetaData();
            assertThat(metaData.get(DoanketAxonAutoConfiguration.ACTOR_ID)).isEqualTo("u-42");
            assertThat(metaData.get(DoanketAxonAutoConfiguration.ACTOR_ROLE)).isEqualTo("PROVINCE_ADMIN");
            assertThat(metaData.get(DoanketAxonAutoConfiguration.TRACE_ID)).isEqualTo("req-meta-1");
        }
        List<String> stored = jdbc.queryForList("select convert_from(meta_data, 'UTF8') from domain_event_entry "
                + "where aggregate_identifier = ? order by sequence_number", String.class, id);
        assertThat(stored).hasSize(2).allSatisfy(json -> assertThat(json)
                .contains("\"actorId\":\"u-42\"", "\"actorRole\":\"PROVINCE_ADMIN\"", "\"traceId\":\"req-meta-1\""));
    }

    @Test
    void withoutARequestIdTheTraceIdIsTheOriginatingCommandsId() {
        String id = newId("meta-none");
        MDC.remove("requestId");
        commands.send(new CreateCounterCommand(id, "26560"), Actor.SYSTEM);
        commands.send(new IncrementCounterCommand(id, 1), Actor.SYSTEM);
        List<? extends DomainEventMessage<?>> history = eventStore.readEvents(id).asStream().toList();
        // Axon's MessageOriginProvider uses the same "traceId" key: without a request id it is the
        // id of the command that started the chain (= the event's correlationId), one per command
        MetaData metaData = history.get(0).getMetaData();
        assertThat(metaData.get(DoanketAxonAutoConfiguration.TRACE_ID)).isNotNull()
                .isEqualTo(metaData.get("correlationId"));
        assertThat(history.get(1).getMetaData().get(DoanketAxonAutoConfiguration.TRACE_ID))
                .isEqualTo(history.get(1).getMetaData().get("correlationId"))
                .isNotEqualTo(metaData.get(DoanketAxonAutoConfiguration.TRACE_ID));
        assertThat(metaData.get(DoanketAxonAutoConfiguration.ACTOR_ID)).isEqualTo("system");
        assertThat(metaData.get(DoanketAxonAutoConfiguration.ACTOR_ROLE)).isEqualTo("SYSTEM");
    }

    @Test
    void aDomainExceptionFromAHandlerArrivesUnwrappedAndStoresNothing() {
        String id = newId("rule");
        commands.send(new CreateCounterCommand(id, "26560"), Actor.SYSTEM);

        assertThatThrownBy(() -> commands.send(new IncrementCounterCommand(id, 0), Actor.SYSTEM))
                .isExactlyInstanceOf(DomainException.class)
                .satisfies(e -> {
                    DomainException rejection = (DomainException) e;
                    assertThat(rejection.kind()).isEqualTo(DomainException.Kind.RULE_VIOLATION);
                    assertThat(rejection.code()).isEqualTo("counter-step-not-positive");
                    assertThat(rejection.text().en()).isEqualTo("The step must be positive.");
                });
        assertThat(storedEvents(id)).hasSize(1);
    }

    @Test
    void aCommandForAMissingAggregateIsNotFound() {
        assertThatThrownBy(() -> commands.send(new IncrementCounterCommand(newId("missing"), 1), Actor.SYSTEM))
                .isInstanceOf(AggregateNotFoundException.class);
    }

    @Test
    void commandsSentAtomicallyAreStoredTogetherOrNotAtAll() {
        String first = newId("atomic-a");
        String second = newId("atomic-b");
        String third = newId("atomic-c");
        commands.send(new CreateCounterCommand(first, "26560"), Actor.SYSTEM);
        commands.send(new CreateCounterCommand(second, "26560"), Actor.SYSTEM);

        // the second command is refused after the first was handled: neither is stored
        assertThatThrownBy(() -> commands.atomically(() -> {
            commands.send(new IncrementCounterCommand(first, 1), Actor.SYSTEM);
            commands.send(new CreateCounterCommand(third, "26560"), Actor.SYSTEM);
            return commands.send(new IncrementCounterCommand(second, 0), Actor.SYSTEM);
        })).isExactlyInstanceOf(DomainException.class);
        assertThat(storedEvents(first)).as("the first aggregate's event rolled back with the refusal").hasSize(1);
        assertThat(storedEvents(second)).hasSize(1);
        assertThat(storedEvents(third)).as("nor the aggregate created on the way").isEmpty();
        // the aggregates load from the store as it is: the next commands continue their sequences
        commands.send(new IncrementCounterCommand(first, 2), Actor.SYSTEM);
        assertThat(storedEvents(first)).hasSize(2);

        commands.atomically(() -> {
            commands.send(new IncrementCounterCommand(first, 1), Actor.SYSTEM);
            return commands.send(new IncrementCounterCommand(second, 1), Actor.SYSTEM);
        });
        assertThat(storedEvents(first)).hasSize(3);
        assertThat(storedEvents(second)).hasSize(2);
    }
}
