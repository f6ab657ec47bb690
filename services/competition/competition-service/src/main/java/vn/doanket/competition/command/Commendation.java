package vn.doanket.competition.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.doanket.competition.api.*;
import vn.doanket.events.error.DomainException;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static vn.doanket.competition.command.CompetitionRules.requireId;
import static vn.doanket.competition.command.CompetitionRules.requireText;

/**
 * A commendation (giấy khen, bằng khen) by a numbered decision of an issuing unit to a person or a collective at or
 * below it; revocable once by a decision.
 */
@Aggregate
public class Commendation {

    @AggregateIdentifier
    private String commendationId;
    private CommendationGrantedEvent granted;
    private String recipientName;
    private boolean revoked;

    protected Commendation() {
        // for Axon
    }

    /**
     * Records the commendation, or confirms the same one (no event).
     *
     * @return whether it was recorded now
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(GrantCommendationCommand command, CompetitionRules rules) {
        requireId(command.commendationId(), "invalid-commendation-id", "Mã khen thưởng", "The commendation id");
        if (command.kind() == null || command.recipientKind() == null || command.basis() == null) {
            throw DomainException.invalid("missing-kind", "Thiếu hình thức khen thưởng, loại người nhận hoặc căn cứ",
                    "The kind, the recipient kind or the basis is missing");
        }
        LocalDate decidedOn = rules.requirePastOrToday(command.decidedOn(), "Ngày quyết định", "The decision's date");
        String issuer = rules.requireUnit(command.issuingUnit(), decidedOn);
        if (OrganiserLevel.of(issuer) == null) {
            throw DomainException.rule("invalid-issuer", "Đơn vị khen thưởng phải là Trung ương, tỉnh, huyện (cũ) hoặc xã",
                    "The issuing unit must be the nation, a province, a (former) district or a commune");
        }
        String recipientUnit = rules.requireUnit(command.recipientUnit(), decidedOn);
        String number = requireText(command.decisionNumber(), Contest.MAX_REF, "invalid-decision", "Số quyết định",
                "The decision number");
        String name = CompetitionRules.requireName(command.recipientName(), "Tên người hoặc tập thể được khen",
                "The recipient's name");
        String personId = CompetitionRules.optionalPerson(command.personId());
        if (personId != null && command.recipientKind() != RecipientKind.PERSON) {
            throw DomainException.invalid("person-of-collective", "Chỉ khen thưởng cá nhân mới có mã người",
                    "Only a commendation to a person names a person id");
        }
        String basisId = command.basisId() == null ? null
                : requireId(command.basisId(), "invalid-basis-id", "Mã căn cứ", "The basis id");
        if (basisId != null && command.basis() == CommendationBasis.OTHER) {
            throw DomainException.invalid("invalid-basis-id", "Khen thưởng thành tích khác không kèm mã căn cứ",
                    "A commendation for another achievement names no basis id");
        }
        String reason = requireText(command.reason(), Contest.MAX_REASON, "invalid-reason", "Thành tích", "The achievement");
        CommendationGrantedEvent event = new CommendationGrantedEvent(command.commendationId(), recipientUnit, issuer,
                command.kind(), number, decidedOn, command.recipientKind(), personId, command.basis(), basisId, reason);
        if (commendationId != null) {
            if (granted.equals(event) && recipientName.equals(name)) {
                return false;
            }
            throw DomainException.conflict("commendation-id-taken", "Mã khen thưởng đã được dùng cho một khen thưởng khác",
                    "The commendation id is already used by another commendation");
        }
        if (!rules.isAtOrBelow(recipientUnit, issuer, decidedOn)) {
            throw DomainException.rule("not-below-issuer",
                    "Người hoặc tập thể được khen (" + recipientUnit + ") không thuộc đơn vị khen thưởng " + issuer,
                    "The recipient (" + recipientUnit + ") is not under the issuing unit " + issuer);
        }
        // the name first (internal, unpublished): the commendation's handlers (e.g. its certificate) find it recorded
        apply(new RecipientIdentityRecordedEvent(command.commendationId(), name));
        apply(event);
        return true;
    }

    @CommandHandler
    public void handle(RevokeCommendationCommand command, CompetitionRules rules) {
        String reason = requireText(command.reason(), Contest.MAX_REASON, "invalid-reason", "Lý do", "The reason");
        LocalDate on = rules.requirePastOrToday(command.revokedOn(), "Ngày thu hồi", "The day of revocation");
        if (revoked) {
            throw DomainException.conflict("already-revoked", "Khen thưởng đã bị thu hồi", "The commendation is already revoked");
        }
        if (on.isBefore(granted.decidedOn())) {
            throw DomainException.rule("before-decision", "Ngày thu hồi không được trước ngày quyết định khen thưởng",
                    "A commendation cannot be revoked before it was decided");
        }
        apply(new CommendationRevokedEvent(commendationId, granted.unitCode(), granted.issuingUnit(), reason, on));
    }

    @EventSourcingHandler
    void on(CommendationGrantedEvent e) {
        commendationId = e.commendationId();
        granted = e;
    }

    @EventSourcingHandler
    void on(RecipientIdentityRecordedEvent e) {
        commendationId = e.aggregateId();
        recipientName = e.name();
    }

    @EventSourcingHandler
    void on(CommendationRevokedEvent e) {
        revoked = true;
    }
}
