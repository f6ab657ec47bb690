package vn.doanket.competition.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.doanket.competition.api.*;
import vn.doanket.events.UnitCode;
import vn.doanket.events.error.DomainException;

import java.time.LocalDate;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static vn.doanket.competition.command.CompetitionRules.optionalText;
import static vn.doanket.competition.command.CompetitionRules.requireId;
import static vn.doanket.competition.command.CompetitionRules.requireText;

/**
 * One entry of gifts and support (quà tặng, hỗ trợ): an amount in whole đồng ({@code long}, never floating point)
 * given to a prestigious person, a family or a household of a commune or residential area on an occasion. An entry
 * is never edited: it is reversed (it stops counting) and, for a correction, a new entry names the one it replaces.
 */
@Aggregate
public class Gift {

    /** The most one entry may record: one billion đồng. */
    static final long MAX_AMOUNT = 1_000_000_000L;

    @AggregateIdentifier
    private String giftId;
    private GiftRecordedEvent recorded;
    private String recipientName;
    private GiftReversedEvent reversed;

    protected Gift() {
        // for Axon
    }

    /**
     * Records the gift, or confirms the same entry (no event).
     *
     * @return whether it was recorded now
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(RecordGiftCommand command, CompetitionRules rules) {
        requireId(command.giftId(), "invalid-gift-id", "Mã khoản quà", "The gift id");
        if (command.occasion() == null || command.recipientKind() == null || command.fundingSource() == null) {
            throw DomainException.invalid("missing-kind", "Thiếu dịp, loại người nhận hoặc nguồn kinh phí",
                    "The occasion, the recipient kind or the funding source is missing");
        }
        LocalDate givenOn = rules.requirePastOrToday(command.givenOn(), "Ngày trao", "The day it was given");
        String unit = rules.requireUnit(command.unitCode(), givenOn);
        if (!UnitCode.isCommune(unit) && !UnitCode.isArea(unit)) {
            throw DomainException.rule("invalid-recipient-unit", "Người nhận phải thuộc một xã, phường hoặc khu dân cư",
                    "The recipient must belong to a commune or a residential area");
        }
        String inKind = optionalText(command.inKind(), Contest.MAX_TITLE, "invalid-in-kind", "Hiện vật", "The gift in kind");
        if (command.amountVnd() < 0 || command.amountVnd() > MAX_AMOUNT || command.amountVnd() == 0 && inKind == null) {
            throw DomainException.invalid("invalid-amount",
                    "Số tiền phải từ 1 đến 1.000.000.000 đồng (0 đồng chỉ với quà bằng hiện vật)",
                    "The amount must be 1 to 1,000,000,000 đồng (0 only for a gift in kind)");
        }
        String name = CompetitionRules.requireName(command.recipientName(), "Tên người nhận", "The recipient's name");
        String personId = CompetitionRules.optionalPerson(command.personId());
        String decision = requireText(command.decisionRef(), Contest.MAX_REF, "invalid-decision", "Số quyết định hoặc danh sách",
                "The decision or list");
        String replaces = command.replacesGiftId() == null ? null
                : requireId(command.replacesGiftId(), "invalid-gift-id", "Mã khoản quà được thay", "The replaced gift id");
        if (command.giftId().equals(replaces)) {
            throw DomainException.rule("replaces-itself", "Khoản quà không thể thay chính nó", "A gift cannot replace itself");
        }
        GiftRecordedEvent event = new GiftRecordedEvent(command.giftId(), unit, command.occasion(), command.recipientKind(),
                personId, command.amountVnd(), inKind, command.fundingSource(), decision, givenOn, replaces);
        if (giftId != null) {
            if (recorded.equals(event) && recipientName.equals(name)) {
                return false;
            }
            throw DomainException.conflict("gift-id-taken", "Mã khoản quà đã được dùng cho một khoản khác",
                    "The gift id is already used by another entry");
        }
        // the name first (internal, unpublished), as for commendations
        apply(new RecipientIdentityRecordedEvent(command.giftId(), name));
        apply(event);
        return true;
    }

    /**
     * Reverses the entry, or confirms the same reversal (no event).
     *
     * @return the unit and day of the entry, for the replacing entry of a correction
     */
    @CommandHandler
    public GiftRecordedEvent handle(ReverseGiftCommand command, CompetitionRules rules) {
        String reason = requireText(command.reason(), Contest.MAX_REASON, "invalid-reason", "Lý do", "The reason");
        String replacedBy = command.replacedByGiftId() == null ? null
                : requireId(command.replacedByGiftId(), "invalid-gift-id", "Mã khoản quà thay thế", "The replacing gift id");
        if (reversed != null) {
            if (reversed.reason().equals(reason) && Objects.equals(reversed.replacedByGiftId(), replacedBy)) {
                return recorded;
            }
            throw DomainException.conflict("already-reversed", "Khoản quà đã được đảo bút toán",
                    "The gift entry is already reversed");
        }
        LocalDate on = rules.requirePastOrToday(command.reversedOn(), "Ngày đảo bút toán", "The day of reversal");
        if (on.isBefore(recorded.givenOn())) {
            throw DomainException.rule("before-gift", "Ngày đảo bút toán không được trước ngày trao quà",
                    "A gift cannot be reversed before it was given");
        }
        if (giftId.equals(replacedBy)) {
            throw DomainException.rule("replaces-itself", "Khoản quà không thể thay chính nó", "A gift cannot replace itself");
        }
        apply(new GiftReversedEvent(giftId, recorded.unitCode(), recorded.occasion(), recorded.amountVnd(), reason, on,
                replacedBy));
        return recorded;
    }

    @EventSourcingHandler
    void on(GiftRecordedEvent e) {
        giftId = e.giftId();
        recorded = e;
    }

    @EventSourcingHandler
    void on(RecipientIdentityRecordedEvent e) {
        giftId = e.aggregateId();
        recipientName = e.name();
    }

    @EventSourcingHandler
    void on(GiftReversedEvent e) {
        reversed = e;
    }
}
