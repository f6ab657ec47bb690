package archfixture.leaky.api;

/** Fixture violation: a published event that carries a service class. */
public record LeakyEvent(archfixture.good.command.Thing thing) {
}
