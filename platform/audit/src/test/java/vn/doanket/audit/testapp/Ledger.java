package vn.doanket.audit.testapp;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.doanket.events.error.DomainException;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A test aggregate: a ledger of a unit with entries; a non-positive amount is rejected. */
@Aggregate
public class Ledger {

    @AggregateIdentifier
    private String ledgerId;
    private String unitCode;
    private long total;

    protected Ledger() {
        // for Axon
    }

    @CommandHandler
    public Ledger(OpenLedgerCommand command) {
        apply(new LedgerOpenedEvent(command.ledgerId(), command.unitCode()));
    }

    @CommandHandler
    public void handle(RecordEntryCommand command) {
        if (command.amount() <= 0) {
            throw DomainException.rule("amount-not-positive", "Số tiền phải dương.", "The amount must be positive.");
        }
        apply(new EntryRecordedEvent(ledgerId, unitCode, command.amount(), command.note(), total + command.amount()));
    }

    @EventSourcingHandler
    void on(LedgerOpenedEvent event) {
        this.ledgerId = event.ledgerId();
        this.unitCode = event.unitCode();
    }

    @EventSourcingHandler
    void on(EntryRecordedEvent event) {
        this.total = event.total();
    }
}
