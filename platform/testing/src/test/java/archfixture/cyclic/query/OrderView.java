package archfixture.cyclic.query;

/** Fixture violation: see {@code Order}. */
public class OrderView {
    archfixture.cyclic.command.Order order;
}
