package archfixture.plugleak.dashboard;

/** Fixture: a dashboard plug-in reaching into its own service's internals (forbidden: it runs inside the dashboard). */
public class LeakyFigures {
    public int fold(archfixture.plugleak.command.Secret secret) {
        return secret.marks();
    }
}
