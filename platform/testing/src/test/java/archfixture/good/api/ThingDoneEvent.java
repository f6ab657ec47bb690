package archfixture.good.api;

/** Fixture: a published event (depends only on the events module). */
public record ThingDoneEvent(String id, java.time.LocalDate on) implements archfixture.events.DomainEvent {
}
