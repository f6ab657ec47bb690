package archfixture.dashboard.query;

/** Fixture violation: the dashboard reads a service's projection instead of its published events. */
public class Projector {
    archfixture.good.query.ThingView view;
    archfixture.good.api.ThingDoneEvent event; // allowed: the published language
}
