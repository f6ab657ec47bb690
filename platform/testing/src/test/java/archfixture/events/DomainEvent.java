package archfixture.events;

/** Fixture: the platform's events module. */
public interface DomainEvent {
}
