package archfixture.good.dashboard;

/** Fixture: a context's dashboard plug-in that reads only its published events. */
public class ThingFigures {
    public String fold(archfixture.good.api.ThingDoneEvent event) {
        return event.id() + "@" + event.on();
    }
}
