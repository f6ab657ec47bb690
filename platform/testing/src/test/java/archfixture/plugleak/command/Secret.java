package archfixture.plugleak.command;

/** Fixture: an aggregate's internals. */
public class Secret {
    public int marks() {
        return 42;
    }
}
