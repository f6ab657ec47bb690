package vn.doanket.axon;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.MetaData;
import org.slf4j.MDC;
import vn.doanket.events.Actor;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one way a web layer sends a command: attaches who sent it and the request id as
 * metadata (they travel to every resulting event and onto Kafka), waits for the outcome, and
 * rethrows the handler's own exception (so a {@code DomainException} keeps its status).
 */
public class CommandSender {

    private final CommandGateway gateway;
    private final TransactionManager transactions;

    public CommandSender(CommandGateway gateway) {
        this(gateway, NoTransactionManager.INSTANCE);
    }

    /**
     * @param gateway the command gateway (a command bus that handles on the caller's thread)
     * @param transactions the event store's transaction manager, which {@link #atomically} opens
     */
    public CommandSender(CommandGateway gateway, TransactionManager transactions) {
        this.gateway = gateway;
        this.transactions = transactions;
    }

    /**
     * Runs a use case that sends several commands (to several aggregates) as one transaction of the
     * event store: each command's unit of work joins it, so their events (and whatever a handler
     * writes on the same database, such as audit links and registries) are stored together or not at
     * all. A command refused half-way rethrows its exception and leaves nothing written.
     */
    public <R> R atomically(Supplier<R> useCase) {
        return transactions.fetchInTransaction(useCase);
    }

    /** Sends a command on behalf of {@code actor} and waits for its result. */
    public <R> R send(Object command, Actor actor) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(DoanketAxonAutoConfiguration.ACTOR_ID, actor.userId());
        metaData.put(DoanketAxonAutoConfiguration.ACTOR_ROLE, actor.role());
        String traceId = MDC.get("requestId");
        if (traceId != null) {
            metaData.put(DoanketAxonAutoConfiguration.TRACE_ID, traceId);
        }
        try {
            return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metaData)));
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
