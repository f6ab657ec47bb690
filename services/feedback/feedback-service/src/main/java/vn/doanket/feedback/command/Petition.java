package vn.doanket.feedback.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.doanket.events.error.DomainException;
import vn.doanket.feedback.api.*;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A citizen's petition (ý kiến, kiến nghị, phản ánh) and its handling:
 * received → classified → forwarded → answered → communicated → closed (satisfied or not) → reopened;
 * withdrawn; merged into a survivor; split into parts; escalated one level up when a deadline passes.
 * State changes only in event-sourcing handlers. A transition that the current state does not allow is a
 * 409 ({@code invalid-transition}); a request the rules refuse is a 422; malformed input a 400.
 */
@Aggregate
public class Petition {

    static final int MAX_SUBJECT = 200;
    static final int MAX_TEXT = 10_000;
    static final int MAX_REASON = 2_000;
    static final int MAX_ATTACHMENTS = 20;
    static final int MAX_PARTS = 20;

    @AggregateIdentifier
    private String petitionId;
    private String unitCode;
    private PetitionStatus status;
    private String topic;
    private HandlingLevel level;
    private String handlingUnit;
    private LocalDate receivedOn;
    private LocalDate deadline;
    /** The day the current forwarding was entered (null for version-1 events). */
    private LocalDate forwardingRecordedOn;
    private String bodyId;
    private Channel channel;
    private boolean anonymous;
    private ConferenceProvenance conference;
    private PetitionProvenance provenance;
    private final Set<LocalDate> escalatedDeadlines = new HashSet<>();

    protected Petition() {
        // for Axon
    }

    @CommandHandler
    public Petition(ReceivePetitionCommand command, FeedbackRules rules) {
        requireId(command.petitionId());
        if (command.receivedOn() == null) {
            throw DomainException.invalid("missing-date", "Thiếu ngày tiếp nhận", "The day of receipt is missing");
        }
        LocalDate today = rules.today();
        rules.requireNotFuture(command.receivedOn(), today, "Ngày tiếp nhận", "The day of receipt");
        String unit = rules.requireUnit(command.unitCode(), command.receivedOn());
        if (command.channel() == null) {
            throw DomainException.invalid("missing-channel", "Thiếu kênh tiếp nhận", "The channel is missing");
        }
        requireText(command.subject(), MAX_SUBJECT, "invalid-subject", "Tiêu đề", "The subject");
        requireText(command.content(), MAX_TEXT, "invalid-content", "Nội dung", "The content");
        String topic = rules.requireTopic(command.topic() == null ? Topic.OTHER.name() : command.topic());
        if (command.anonymous() && command.petitioner() != null) {
            throw DomainException.rule("anonymous-with-identity",
                    "Ý kiến ẩn danh không được kèm thông tin người gửi",
                    "An anonymous petition cannot carry the petitioner's identity");
        }
        if (command.petitioner() != null && (command.petitioner().fullName() == null
                || command.petitioner().fullName().isBlank() || command.petitioner().fullName().length() > MAX_SUBJECT)) {
            throw DomainException.invalid("invalid-petitioner", "Họ tên người gửi phải có từ 1 đến 200 ký tự",
                    "The petitioner's name must have 1 to 200 characters");
        }
        boolean fromConference = command.channel() == Channel.CONFERENCE_OPINION;
        if (fromConference != (command.conference() != null)) {
            throw DomainException.rule("conference-provenance",
                    "Ý kiến tại hội nghị phải ghi rõ hội nghị, và chỉ ý kiến tại hội nghị mới có thông tin hội nghị",
                    "A conference opinion must name its conference, and only a conference opinion may");
        }
        if (command.conference() != null && (isBlank(command.conference().conferenceId())
                || command.conference().heldOn() == null || command.conference().heldOn().isAfter(command.receivedOn()))) {
            throw DomainException.invalid("invalid-conference", "Thông tin hội nghị không hợp lệ",
                    "The conference provenance is invalid");
        }
        boolean fromConferenceEvents = command.channel() == Channel.CONFERENCE;
        if (fromConferenceEvents != (command.provenance() != null)) {
            throw DomainException.rule("provenance-required",
                    "Ý kiến từ hội nghị đối thoại phải ghi rõ nguồn (hội nghị, ý kiến, đại biểu), và chỉ ý kiến đó mới có nguồn",
                    "An opinion from a dialogue conference must carry its provenance (conference, opinion, delegate), "
                            + "and only such an opinion may");
        }
        if (command.provenance() != null) {
            requireProvenance(command.provenance());
        }
        List<Attachment> attachments = command.attachments() == null ? List.of() : List.copyOf(command.attachments());
        if (attachments.size() > MAX_ATTACHMENTS || attachments.stream().anyMatch(a -> a == null
                || isBlank(a.fileName()) || a.fileName().length() > 255 || a.sizeBytes() < 0)) {
            throw DomainException.invalid("invalid-attachments", "Tệp đính kèm không hợp lệ (tối đa 20 tệp)",
                    "Invalid attachments (at most 20)");
        }
        if (command.splitFrom() != null && command.splitFrom().equals(command.petitionId())) {
            throw DomainException.rule("split-from-itself", "Không thể tách từ chính ý kiến này",
                    "A petition cannot be split from itself");
        }
        // decided here and recorded: replaying the event never asks the map again
        HandlingLevel firstLevel = rules.levelOf(unit);
        String firstUnit = rules.handlingUnit(unit, firstLevel, command.receivedOn());
        apply(new PetitionReceivedEvent(command.petitionId(), unit, command.channel(), topic, command.subject().strip(),
                command.content().strip(), command.anonymous(), command.petitioner() != null,
                command.enteredOnBehalfBy(), command.receivedOn(), attachments, command.conference(),
                command.splitFrom(), command.actingUnit(), today, rules.recordedLate(command.receivedOn(), today),
                firstLevel, firstUnit, command.provenance()));
    }

    private static void requireProvenance(PetitionProvenance provenance) {
        if (!PetitionProvenance.CONFERENCE.equals(provenance.source())
                || !isId(provenance.conferenceId()) || !isId(provenance.opinionId()) || !isId(provenance.delegateId())) {
            throw DomainException.invalid("invalid-provenance",
                    "Nguồn của ý kiến không hợp lệ (nguồn \"conference\", mã hội nghị, ý kiến và đại biểu)",
                    "The provenance is invalid (source \"conference\", conference, opinion and delegate ids)");
        }
    }

    private static boolean isId(String id) {
        return id != null && !id.isBlank() && id.length() <= 128 && id.codePoints().noneMatch(Character::isISOControl);
    }

    @CommandHandler
    public void handle(ClassifyPetitionCommand command, FeedbackRules rules) {
        requireStatus("classify", PetitionStatus.RECEIVED, PetitionStatus.CLASSIFIED);
        String newTopic = rules.requireTopic(command.topic());
        HandlingLevel newLevel = command.level() == null ? level : command.level();
        if (newLevel.ordinal() < rules.levelOf(unitCode).ordinal()) {
            throw DomainException.rule("level-below-unit", "Cấp xử lý không được thấp hơn cấp của đơn vị",
                    "The handling level cannot be below the unit's own level");
        }
        optionalText(command.note(), MAX_REASON);
        // a new level is handled by the Front's unit at that level on today's map, decided now and recorded
        String newUnit = newLevel == level && handlingUnit != null ? handlingUnit
                : rules.handlingUnit(unitCode, newLevel, receivedOn);
        apply(new PetitionClassifiedEvent(petitionId, unitCode, newTopic, topic, newLevel, command.handlerUserId(),
                command.note(), command.actingUnit(), newUnit));
    }

    @CommandHandler
    public void handle(ForwardPetitionCommand command, FeedbackRules rules) {
        requireStatus("forward", PetitionStatus.CLASSIFIED);
        ResponsibleBody body = command.body();
        if (body == null || isBlank(body.bodyId()) || body.kind() == null || isBlank(body.name())) {
            throw DomainException.invalid("invalid-body", "Thiếu cơ quan nhận", "The responsible body is missing");
        }
        requireDate(command.forwardedOn());
        LocalDate today = rules.today();
        rules.requireNotFuture(command.forwardedOn(), today, "Ngày chuyển", "The day of forwarding");
        if (command.forwardedOn().isBefore(receivedOn)) {
            throw DomainException.rule("before-receipt",
                    "Ngày chuyển (" + command.forwardedOn() + ") không được trước ngày tiếp nhận (" + receivedOn + ")",
                    "A petition cannot be forwarded (" + command.forwardedOn() + ") before it was received ("
                            + receivedOn + ")");
        }
        int days = command.workingDays() == null ? rules.workingDays(topic, level) : command.workingDays();
        if (days < 1 || days > 365) {
            throw DomainException.rule("invalid-working-days", "Thời hạn phải từ 1 đến 365 ngày làm việc",
                    "The time allowed must be 1 to 365 working days");
        }
        optionalText(command.note(), MAX_REASON);
        LocalDate due = rules.deadline(command.forwardedOn(), days);
        // entered after its deadline had passed: recorded late; the next scan escalates it once, on the day it runs
        // (see handle(EscalatePetitionCommand)), with a new deadline counted from that day
        boolean overdueWhenRecorded = due.isBefore(today);
        apply(new PetitionForwardedEvent(petitionId, unitCode, body, command.forwardedOn(), days, due, level,
                rules.handlingUnit(unitCode, level, command.forwardedOn()), command.note(), command.actingUnit(), today,
                overdueWhenRecorded || rules.recordedLate(command.forwardedOn(), today)));
    }

    @CommandHandler
    public void handle(AnswerPetitionCommand command, FeedbackRules rules) {
        requireDate(command.answeredOn());
        if (command.answeredOn().isAfter(rules.today())) {
            throw DomainException.rule("date-in-future", "Ngày trả lời không được ở tương lai",
                    "The answer's date cannot be in the future");
        }
        requireStatus("answer", PetitionStatus.FORWARDED);
        requireText(command.summary(), MAX_TEXT, "invalid-answer", "Nội dung trả lời", "The answer");
        optionalText(command.documentRef(), MAX_SUBJECT);
        apply(new PetitionAnsweredEvent(petitionId, unitCode, bodyId, command.answeredOn(), command.summary().strip(),
                command.documentRef(), command.actingUnit()));
    }

    @CommandHandler
    public void handle(CommunicateAnswerCommand command) {
        requireStatus("communicate", PetitionStatus.ANSWERED);
        requireDate(command.communicatedOn());
        if (command.method() == null) {
            throw DomainException.invalid("missing-method", "Thiếu hình thức thông báo", "The method is missing");
        }
        apply(new AnswerCommunicatedEvent(petitionId, unitCode, command.method(), command.communicatedOn(),
                command.actingUnit()));
    }

    @CommandHandler
    public void handle(ClosePetitionCommand command) {
        requireStatus("close", PetitionStatus.COMMUNICATED);
        requireDate(command.closedOn());
        if (!command.satisfied()) {
            requireReason(command.reason());
        } else {
            optionalText(command.reason(), MAX_REASON);
        }
        apply(new PetitionClosedEvent(petitionId, unitCode, command.satisfied(), command.closedOn(), command.reason(),
                command.actingUnit()));
    }

    @CommandHandler
    public void handle(ReopenPetitionCommand command) {
        requireStatus("reopen", PetitionStatus.CLOSED);
        requireDate(command.reopenedOn());
        requireReason(command.reason());
        apply(new PetitionReopenedEvent(petitionId, unitCode, command.reopenedOn(), command.reason().strip(),
                command.actingUnit()));
    }

    @CommandHandler
    public void handle(WithdrawPetitionCommand command) {
        requireStatus("withdraw", PetitionStatus.RECEIVED, PetitionStatus.CLASSIFIED, PetitionStatus.FORWARDED,
                PetitionStatus.ANSWERED, PetitionStatus.COMMUNICATED);
        requireDate(command.withdrawnOn());
        requireReason(command.reason());
        apply(new PetitionWithdrawnEvent(petitionId, unitCode, command.withdrawnOn(), command.reason().strip(),
                command.actingUnit()));
    }

    /** Merges duplicates into this petition; answers its status (unchanged by the merge). */
    @CommandHandler
    public String handle(MergePetitionsCommand command) {
        if (status.isTerminal()) {
            throw DomainException.conflict("invalid-transition", "Ý kiến được giữ lại đã kết thúc",
                    "The surviving petition is no longer open");
        }
        requireDate(command.mergedOn());
        requireReason(command.reason());
        List<String> duplicates = command.duplicateIds() == null ? List.of() : List.copyOf(command.duplicateIds());
        if (duplicates.isEmpty() || duplicates.size() > MAX_PARTS || new HashSet<>(duplicates).size() != duplicates.size()
                || duplicates.stream().anyMatch(Petition::isBlank)) {
            throw DomainException.invalid("invalid-duplicates", "Danh sách ý kiến trùng không hợp lệ",
                    "The list of duplicates is invalid");
        }
        if (duplicates.contains(petitionId)) {
            throw DomainException.rule("merge-into-itself", "Không thể gộp ý kiến vào chính nó",
                    "A petition cannot be merged into itself");
        }
        apply(new PetitionsMergedEvent(petitionId, unitCode, duplicates, command.mergedOn(), command.reason().strip(),
                command.actingUnit()));
        return status.name();
    }

    @CommandHandler
    public void handle(MergePetitionIntoCommand command) {
        if (status != PetitionStatus.RECEIVED && status != PetitionStatus.CLASSIFIED && status != PetitionStatus.FORWARDED) {
            throw DomainException.conflict("invalid-transition", "Ý kiến " + petitionId + " không còn gộp được",
                    "Petition " + petitionId + " can no longer be merged");
        }
        requireDate(command.mergedOn());
        requireReason(command.reason());
        if (isBlank(command.survivorId())) {
            throw DomainException.invalid("missing-survivor", "Thiếu ý kiến được giữ lại", "The survivor is missing");
        }
        if (command.survivorId().equals(petitionId)) {
            throw DomainException.rule("merge-into-itself", "Không thể gộp ý kiến vào chính nó",
                    "A petition cannot be merged into itself");
        }
        apply(new PetitionMergedIntoEvent(petitionId, unitCode, command.survivorId(), command.mergedOn(),
                command.reason().strip(), command.actingUnit()));
    }

    /**
     * What the parts of a split inherit from the original, read from the aggregate's own (consistent) state.
     *
     * @param channel the original's channel
     * @param topic the original's topic
     * @param anonymous whether the original is anonymous
     * @param conference the original's conference (channel {@code CONFERENCE_OPINION}), or null
     * @param provenance the original's provenance (channel {@code CONFERENCE}), or null: its parts come from the
     *                   same opinion
     */
    public record SplitOriginal(Channel channel, String topic, boolean anonymous, ConferenceProvenance conference,
                                PetitionProvenance provenance) {
    }

    /** Splits this petition; answers what its parts inherit. */
    @CommandHandler
    public SplitOriginal handle(SplitPetitionCommand command) {
        requireStatus("split", PetitionStatus.RECEIVED, PetitionStatus.CLASSIFIED);
        requireDate(command.splitOn());
        requireReason(command.reason());
        List<String> parts = command.partIds() == null ? List.of() : List.copyOf(command.partIds());
        if (parts.stream().anyMatch(Petition::isBlank) || new HashSet<>(parts).size() != parts.size()
                || parts.size() > MAX_PARTS) {
            throw DomainException.invalid("invalid-parts", "Danh sách ý kiến tách không hợp lệ",
                    "The list of parts is invalid");
        }
        if (parts.size() < 2) {
            throw DomainException.rule("too-few-parts", "Phải tách thành ít nhất hai ý kiến",
                    "A petition is split into at least two");
        }
        if (parts.contains(petitionId)) {
            throw DomainException.rule("split-into-itself", "Ý kiến tách ra không được trùng mã ý kiến gốc",
                    "A part cannot have the original's id");
        }
        apply(new PetitionSplitEvent(petitionId, unitCode, parts, command.splitOn(), command.reason().strip(),
                command.actingUnit()));
        return new SplitOriginal(channel, topic, anonymous, conference, provenance);
    }

    @CommandHandler
    public void handle(EscalatePetitionCommand command, FeedbackRules rules) {
        requireDate(command.escalatedOn());
        if (command.missedDeadline() != null && escalatedDeadlines.contains(command.missedDeadline())) {
            throw DomainException.conflict("already-escalated", "Ý kiến đã được chuyển lên cấp trên cho thời hạn này",
                    "The petition was already escalated for this deadline");
        }
        requireStatus("escalate", PetitionStatus.FORWARDED);
        if (command.missedDeadline() == null || !command.missedDeadline().equals(deadline)) {
            throw DomainException.conflict("deadline-changed", "Thời hạn của ý kiến đã thay đổi",
                    "The petition's deadline has changed");
        }
        if (!command.escalatedOn().isAfter(deadline)) {
            throw DomainException.rule("not-overdue", "Ý kiến chưa quá hạn", "The petition is not overdue");
        }
        if (level.above() == null) {
            throw DomainException.rule("no-level-above", "Không còn cấp trên để chuyển",
                    "There is no level above");
        }
        // a deadline that had already passed when the forwarding was entered: it was never missed "live"
        EscalationReason reason = forwardingRecordedOn != null && deadline.isBefore(forwardingRecordedOn)
                ? EscalationReason.OVERDUE_WHEN_RECORDED : EscalationReason.OVERDUE;
        applyEscalation(rules, level, handlingUnit, deadline, command.escalatedOn(), reason, command.actingUnit());
    }

    /** One level up from {@code from}, with a new deadline counted from {@code on} at the level above. */
    private void applyEscalation(FeedbackRules rules, HandlingLevel from, String fromUnit, LocalDate missed,
                                 LocalDate on, EscalationReason reason, String actingUnit) {
        HandlingLevel above = from.above();
        int days = rules.workingDays(topic, above);
        apply(new PetitionEscalatedEvent(petitionId, unitCode, from, fromUnit, above,
                rules.handlingUnit(unitCode, above, on), reason, missed, on, days, rules.deadline(on, days),
                actingUnit));
    }

    // ------------------------------------------------------------------ state

    // Event-sourcing handlers apply only what the event says: no rules, no map. Events stored before the handling
    // level and unit were recorded are upcast when read (PetitionEventUpcasters); the fallbacks below are computed
    // from the event's own data only.

    @EventSourcingHandler
    void on(PetitionReceivedEvent event) {
        petitionId = event.petitionId();
        unitCode = event.unitCode();
        status = PetitionStatus.RECEIVED;
        topic = event.topic();
        level = event.handlingLevel() != null ? event.handlingLevel() : FeedbackRules.initialLevel(event.unitCode());
        handlingUnit = event.handlingUnit() != null ? event.handlingUnit()
                : FeedbackRules.initialHandlingUnit(event.unitCode());
        receivedOn = event.receivedOn();
        channel = event.channel();
        anonymous = event.anonymous();
        conference = event.conference();
        provenance = event.provenance();
    }

    @EventSourcingHandler
    void on(PetitionClassifiedEvent event) {
        status = PetitionStatus.CLASSIFIED;
        topic = event.topic();
        // fallback (a stored version-1 event the upcaster could not place): the unit stays as it was
        if (event.handlingUnit() != null) {
            handlingUnit = event.handlingUnit();
        }
        level = event.level();
    }

    @EventSourcingHandler
    void on(PetitionForwardedEvent event) {
        status = PetitionStatus.FORWARDED;
        bodyId = event.body().bodyId();
        deadline = event.deadline();
        handlingUnit = event.handlingUnit();
        forwardingRecordedOn = event.recordedOn();
    }

    @EventSourcingHandler
    void on(PetitionEscalatedEvent event) {
        escalatedDeadlines.add(event.missedDeadline());
        level = event.toLevel();
        handlingUnit = event.toUnit();
        deadline = event.newDeadline();
    }

    @EventSourcingHandler
    void on(PetitionAnsweredEvent event) {
        status = PetitionStatus.ANSWERED;
        deadline = null;
    }

    @EventSourcingHandler
    void on(AnswerCommunicatedEvent event) {
        status = PetitionStatus.COMMUNICATED;
    }

    @EventSourcingHandler
    void on(PetitionClosedEvent event) {
        status = PetitionStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(PetitionReopenedEvent event) {
        status = PetitionStatus.CLASSIFIED;
        deadline = null;
        bodyId = null;
    }

    @EventSourcingHandler
    void on(PetitionWithdrawnEvent event) {
        status = PetitionStatus.WITHDRAWN;
        deadline = null;
    }

    @EventSourcingHandler
    void on(PetitionMergedIntoEvent event) {
        status = PetitionStatus.MERGED;
        deadline = null;
    }

    @EventSourcingHandler
    void on(PetitionSplitEvent event) {
        status = PetitionStatus.SPLIT;
    }

    // ------------------------------------------------------------------ checks

    private void requireStatus(String action, PetitionStatus... allowed) {
        for (PetitionStatus s : allowed) {
            if (s == status) {
                return;
            }
        }
        throw DomainException.conflict("invalid-transition",
                "Không thể thực hiện thao tác này khi ý kiến ở trạng thái \"" + status.labelVi() + "\"",
                "Cannot " + action + " a petition that is " + status.labelEn().toLowerCase(java.util.Locale.ROOT));
    }

    private static void requireId(String id) {
        if (id == null || !id.matches("[A-Za-z0-9-]{1,64}")) {
            throw DomainException.invalid("invalid-petition-id", "Mã ý kiến không hợp lệ", "Invalid petition id");
        }
    }

    private static void requireDate(LocalDate date) {
        if (date == null) {
            throw DomainException.invalid("missing-date", "Thiếu ngày", "The date is missing");
        }
    }

    private static void requireReason(String reason) {
        if (isBlank(reason) || reason.length() > MAX_REASON) {
            throw DomainException.rule("reason-required", "Phải nêu lý do (tối đa 2000 ký tự)",
                    "A reason is required (at most 2000 characters)");
        }
    }

    private static void optionalText(String text, int max) {
        if (text != null && text.length() > max) {
            throw DomainException.invalid("text-too-long", "Nội dung quá dài", "The text is too long");
        }
    }

    private static void requireText(String text, int max, String code, String vi, String en) {
        if (isBlank(text) || text.strip().length() > max) {
            throw DomainException.invalid(code, vi + " phải có từ 1 đến " + max + " ký tự",
                    en + " must have 1 to " + max + " characters");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    PetitionStatus status() {
        return status;
    }

    HandlingLevel level() {
        return level;
    }

    String handlingUnit() {
        return handlingUnit;
    }

    LocalDate deadline() {
        return deadline;
    }

    String topic() {
        return topic;
    }

    Channel channel() {
        return channel;
    }

    boolean anonymous() {
        return anonymous;
    }

    PetitionProvenance provenance() {
        return provenance;
    }
}
