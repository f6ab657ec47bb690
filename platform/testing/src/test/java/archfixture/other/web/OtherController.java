package archfixture.other.web;

/** Fixture violation: a context calls another context's aggregate. */
public class OtherController {
    archfixture.good.command.Thing thing;
}
