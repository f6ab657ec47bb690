package vn.doanket.membership.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.doanket.events.error.DomainException;
import vn.doanket.membership.api.EndPrestigiousPersonRecognitionCommand;
import vn.doanket.membership.api.PrestigiousPersonRecognisedEvent;
import vn.doanket.membership.api.PrestigiousPersonRecognitionEndedEvent;
import vn.doanket.membership.api.RecognisePrestigiousPersonCommand;
import vn.doanket.territory.Level;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The registry entry of a prestigious person (người có uy tín) in one unit: their recognition periods, which never
 * overlap. Id {@code <unit code>/<person id>}.
 */
@Aggregate
public class PrestigiousPersonRecognition {

    static final int MAX_PERIOD_YEARS = 5;

    /** A recognition period; {@code until} is the last day. */
    record Period(LocalDate from, LocalDate until) {
    }

    @AggregateIdentifier
    private String recognitionId;
    private String unitCode;
    private String personId;
    private final List<Period> periods = new ArrayList<>();

    protected PrestigiousPersonRecognition() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecognisePrestigiousPersonCommand command, Territory territory) {
        if (command.unitCode() == null || command.personId() == null
                || !(command.unitCode() + "/" + command.personId()).equals(command.recognitionId())
                || !Person.PERSON_ID.matcher(command.personId()).matches()) {
            throw DomainException.invalid("invalid-recognition-id", "Mã ghi nhận phải là <mã đơn vị>/<mã người>",
                    "The recognition id must be <unit code>/<person id>");
        }
        LocalDate from = command.recognisedFrom();
        LocalDate until = command.recognisedUntil();
        if (from == null || until == null || until.isBefore(from) || until.isAfter(from.plusYears(MAX_PERIOD_YEARS))) {
            throw DomainException.rule("invalid-period", "Thời hạn công nhận phải kết thúc sau khi bắt đầu và không quá 5 năm",
                    "The recognition period must end after it starts and last at most 5 years");
        }
        boolean placeable = territory.unit(command.unitCode(), from)
                .map(u -> u.level() == Level.COMMUNE || u.level() == Level.RESIDENTIAL_AREA).orElse(false);
        if (!placeable) {
            throw DomainException.rule("unknown-unit", "Đơn vị không tồn tại vào ngày bắt đầu công nhận",
                    "The unit does not exist on the first day of the recognition");
        }
        if (command.decisionNumber() == null || command.decisionNumber().isBlank()) {
            throw DomainException.invalid("missing-decision", "Thiếu số quyết định", "The decision number is missing");
        }
        for (Period p : periods) {
            if (!from.isAfter(p.until()) && !until.isBefore(p.from())) {
                throw DomainException.rule("overlapping-recognition",
                        "Đã được công nhận trong thời gian " + p.from() + " – " + p.until(),
                        "Already recognised from " + p.from() + " to " + p.until());
            }
        }
        apply(new PrestigiousPersonRecognisedEvent(command.recognitionId(), command.personId(), command.unitCode(),
                from, until, command.decisionNumber().strip()));
    }

    @CommandHandler
    public void handle(EndPrestigiousPersonRecognitionCommand command) {
        LocalDate on = command.endedOn();
        Period current = on == null ? null : periods.stream()
                .filter(p -> on.isAfter(p.from()) && !on.isAfter(p.until())).findFirst().orElse(null);
        if (current == null) {
            throw DomainException.rule("no-recognition-to-end", "Không có thời hạn công nhận đang hiệu lực vào ngày này",
                    "No recognition period is running on that day");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw DomainException.invalid("missing-reason", "Thiếu lý do", "The reason is missing");
        }
        if (command.decisionNumber() == null || command.decisionNumber().isBlank()) {
            throw DomainException.invalid("missing-decision", "Thiếu số quyết định", "The decision number is missing");
        }
        apply(new PrestigiousPersonRecognitionEndedEvent(recognitionId, personId, unitCode, current.from(), on,
                command.reason().strip(), command.decisionNumber().strip()));
    }

    @EventSourcingHandler
    void on(PrestigiousPersonRecognisedEvent event) {
        recognitionId = event.recognitionId();
        unitCode = event.unitCode();
        personId = event.personId();
        periods.add(new Period(event.recognisedFrom(), event.recognisedUntil()));
    }

    @EventSourcingHandler
    void on(PrestigiousPersonRecognitionEndedEvent event) {
        periods.replaceAll(p -> p.from().equals(event.recognisedFrom()) ? new Period(p.from(), event.endedOn().minusDays(1)) : p);
    }

    List<Period> periods() {
        return List.copyOf(periods);
    }
}
