package archfixture.good.command;

/** Fixture: an aggregate that applies its published event. */
public class Thing {
    archfixture.good.api.ThingDoneEvent done(String id) {
        return new archfixture.good.api.ThingDoneEvent(id, java.time.LocalDate.now());
    }
}
