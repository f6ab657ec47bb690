package archfixture.good.query;

/** Fixture: a projection of the published event. */
public class ThingView {
    String id(archfixture.good.api.ThingDoneEvent e) {
        return e.id();
    }
}
