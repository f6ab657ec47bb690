package archfixture.cyclic.command;

/** Fixture violation: the command side reads the query side, which reads the command side. */
public class Order {
    archfixture.cyclic.query.OrderView view;
}
