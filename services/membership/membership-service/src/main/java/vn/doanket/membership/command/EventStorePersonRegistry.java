package vn.doanket.membership.command;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import vn.doanket.membership.api.PersonRegisteredEvent;

import java.util.Optional;

/** {@link PersonRegistry} on the event store: the first event of the person's stream, when it is a registration. */
@Component
public class EventStorePersonRegistry implements PersonRegistry {

    private final EventStore eventStore;

    public EventStorePersonRegistry(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<String> unitOf(String personId) {
        if (personId == null || !Person.PERSON_ID.matcher(personId).matches()) {
            return Optional.empty();
        }
        DomainEventStream stream = eventStore.readEvents(personId);
        if (stream.hasNext() && stream.next().getPayload() instanceof PersonRegisteredEvent registered) {
            return Optional.of(registered.unitCode());
        }
        return Optional.empty();
    }
}
