package vn.doanket.conference.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.doanket.conference.api.*;
import vn.doanket.events.UnitCode;
import vn.doanket.events.error.DomainException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A conference of any kind but a training class — thematic, dialogue, briefing, voter contact, study tour, propaganda
 * session, Great Unity Day — and its lifecycle: planned → invitations sent → in session → closed with conclusions;
 * postponed, cancelled. It decides on its own state only: its status, the outputs its kind requires, and the counts
 * derived from records (attendees, delegates, committees and communes represented, opinions, presentations), which
 * its events carry.
 *
 * <p><b>Bounded state.</b> Invitations are their own aggregates ({@link Invitation}): the conference keeps counts of
 * them, never a list; it receives one small event per verified attendee, and is snapshotted every
 * {@code doanket.conference.snapshot-threshold} events, so a conference with thousands of check-ins loads a snapshot
 * and a few events for each command (ADR in {@code services/conference/docs}). What it keeps per entry — delegates
 * (≤ {@value #MAX_DELEGATES}, with their committees), opinions (≤ {@value #MAX_OPINIONS}, a fingerprint and the petition
 * id), presentations (≤ {@value #MAX_PRESENTATIONS}) — is capped. Serialised in snapshots with Jackson (fields).
 *
 * <p>Creating commands take client-supplied ids and are idempotent: the same id with the same content answers
 * {@link Outcome#UNCHANGED} (checked before any state rule, so a retried request after the conference closed still
 * answers as the first did); with other content 409 {@code id-conflict}.
 */
@Aggregate(snapshotTriggerDefinition = "conferenceSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class Conference {

    static final int MAX_TITLE = 300;
    static final int MAX_ITEM = 500;
    static final int MAX_AGENDA = 50;
    static final int MAX_REASON = 2_000;
    static final int MAX_OPINION_TEXT = 4_000;
    static final int MAX_CONCLUSIONS = 10_000;
    static final int MAX_DELEGATES = 500;
    static final int MAX_COMMITTEES_PER_DELEGATE = 50;
    static final int MAX_OPINIONS = 2_000;
    static final int MAX_PRESENTATIONS = 200;
    static final int MAX_INVITATIONS = 20_000;
    static final int MAX_TOPICS = 20;
    static final int MAX_ACTIVITIES = 30;
    static final int MAX_HEADCOUNT = 10_000_000;
    static final int MAX_DAYS = 31;

    /** A delegate as the conference keeps it. */
    record Delegate(String personId, List<String> committeeIds, String fingerprint) {
    }

    @AggregateIdentifier
    private String conferenceId;
    private ConferenceKind kind;
    private String unitCode;
    private String creation;
    private LocalDateTime startsAt;
    private ConferenceStatus status;
    private LocalDate openedOn;
    private int invitations;
    private int accepted;
    private int declined;
    private int attendees;
    private int headcount;
    private boolean headcountRecorded;
    private int topics;
    private int activities;
    private Map<String, Delegate> delegates = new HashMap<>();
    private Set<String> committees = new HashSet<>();
    private Set<String> communes = new HashSet<>();
    private Map<String, String> opinions = new HashMap<>();
    private Map<String, String> petitions = new HashMap<>();
    private Map<String, String> presentations = new HashMap<>();

    protected Conference() {
        // for Axon (and the creation policy CREATE_IF_MISSING) and for snapshots
    }

    /** What {@link #cancel} answers: enough for the use case to free a Unity Day's slot. */
    public record Cancelled(ConferenceKind kind, String unitCode, int year) {
    }

    // ------------------------------------------------------------------ planning

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Outcome plan(PlanConferenceCommand command, ConferenceRules rules) {
        List<String> agenda = items(command.agenda(), MAX_AGENDA, "invalid-agenda", "Chương trình", "The agenda");
        String title = text(command.title(), MAX_TITLE, "invalid-title", "Tên hội nghị", "The title");
        String venue = text(command.venue(), MAX_TITLE, "invalid-venue", "Địa điểm", "The venue");
        String fingerprint = Fingerprint.of(command.kind(), command.unitCode(), title, command.startsAt(),
                command.endsAt(), venue, agenda);
        if (conferenceId != null) {
            return same(creation, fingerprint, "hội nghị", "conference");
        }
        ConferenceRules.requireId(command.conferenceId(), "Mã hội nghị", "The conference id");
        if (command.kind() == null) {
            throw DomainException.invalid("missing-kind", "Thiếu loại hội nghị", "The kind is missing");
        }
        if (command.kind() == ConferenceKind.TRAINING_CLASS) {
            throw DomainException.rule("use-training-classes", "Lớp tập huấn được tạo tại /api/training-classes",
                    "Training classes are planned at /api/training-classes");
        }
        requireSchedule(command.startsAt(), command.endsAt());
        LocalDate day = command.startsAt().toLocalDate();
        if (command.kind() == ConferenceKind.UNITY_DAY) {
            rules.requireArea(command.unitCode(), day);
        } else {
            rules.requireUnit(command.unitCode(), day);
        }
        apply(new ConferencePlannedEvent(command.conferenceId(), command.kind(), command.unitCode(), title,
                command.startsAt(), command.endsAt(), venue, agenda, rules.today()));
        return Outcome.CREATED;
    }

    @CommandHandler
    public void postpone(PostponeConferenceCommand command, ConferenceRules rules) {
        requireStatus("postpone", ConferenceStatus.PLANNED, ConferenceStatus.INVITING);
        String reason = text(command.reason(), MAX_REASON, "reason-required", "Lý do", "The reason");
        if (command.newStartsAt() != null) {
            requireSchedule(command.newStartsAt(), command.newEndsAt());
            requireSameYearForUnityDay(command.newStartsAt());
        } else if (command.newEndsAt() != null) {
            throw DomainException.invalid("invalid-schedule", "Thiếu thời gian bắt đầu mới", "The new start is missing");
        }
        apply(new ConferencePostponedEvent(conferenceId, unitCode, reason, command.newStartsAt(),
                command.newEndsAt(), rules.today()));
    }

    @CommandHandler
    public void reschedule(RescheduleConferenceCommand command, ConferenceRules rules) {
        requireStatus("reschedule", ConferenceStatus.POSTPONED);
        requireSchedule(command.startsAt(), command.endsAt());
        requireSameYearForUnityDay(command.startsAt());
        apply(new ConferenceRescheduledEvent(conferenceId, unitCode, command.startsAt(), command.endsAt(),
                invitations > 0 ? ConferenceStatus.INVITING : ConferenceStatus.PLANNED, rules.today()));
    }

    @CommandHandler
    public Cancelled cancel(CancelConferenceCommand command, ConferenceRules rules) {
        requireStatus("cancel", ConferenceStatus.PLANNED, ConferenceStatus.INVITING, ConferenceStatus.POSTPONED);
        String reason = text(command.reason(), MAX_REASON, "reason-required", "Lý do", "The reason");
        apply(new ConferenceCancelledEvent(conferenceId, unitCode, kind, reason, rules.today()));
        return new Cancelled(kind, unitCode, startsAt.getYear());
    }

    // ------------------------------------------------------------------ invitations and registration

    @CommandHandler
    public void recordInvitationsSent(RecordInvitationsSentCommand command) {
        requireNamedAttendance();
        requireNotOver();
        requireStatus("invite", ConferenceStatus.PLANNED, ConferenceStatus.INVITING, ConferenceStatus.POSTPONED);
        if (command.sent() < 1 || invitations + command.sent() > MAX_INVITATIONS) {
            throw DomainException.rule("too-many-invitations",
                    "Một hội nghị có tối đa " + MAX_INVITATIONS + " giấy mời",
                    "A conference has at most " + MAX_INVITATIONS + " invitations");
        }
        requireDate(command.sentOn());
        apply(new InvitationsSentEvent(conferenceId, unitCode, command.sent(), invitations + command.sent(),
                command.sentOn()));
    }

    @CommandHandler
    public void recordRegistration(RecordRegistrationCommand command) {
        requireNotOver();
        if (status == ConferenceStatus.IN_SESSION) {
            throw DomainException.conflict("registration-closed", "Hội nghị đã khai mạc: không nhận đăng ký nữa",
                    "The conference has opened: registration is closed");
        }
        requireStatus("register", ConferenceStatus.INVITING, ConferenceStatus.POSTPONED);
        if (command.response() == null) {
            throw DomainException.invalid("missing-response", "Thiếu trả lời", "The response is missing");
        }
        requireDate(command.respondedOn());
        int nowAccepted = accepted + (command.response() == RegistrationResponse.ACCEPTED ? 1 : 0)
                - (command.previous() == RegistrationResponse.ACCEPTED ? 1 : 0);
        int nowDeclined = declined + (command.response() == RegistrationResponse.DECLINED ? 1 : 0)
                - (command.previous() == RegistrationResponse.DECLINED ? 1 : 0);
        apply(new RegistrationRecordedEvent(conferenceId, unitCode, command.invitationId(), command.response(),
                nowAccepted, nowDeclined, command.respondedOn()));
    }

    // ------------------------------------------------------------------ session

    @CommandHandler
    public void open(OpenConferenceCommand command, ConferenceRules rules) {
        requireNotOver();
        if (status == ConferenceStatus.POSTPONED) {
            throw DomainException.conflict("conference-postponed", "Hội nghị đang tạm hoãn: hãy định ngày mới trước",
                    "The conference is postponed: reschedule it first");
        }
        requireStatus("open", ConferenceStatus.PLANNED, ConferenceStatus.INVITING);
        requireDate(command.openedOn());
        rules.requireNotFuture(command.openedOn(), "Ngày khai mạc", "The day of opening");
        if (kind == ConferenceKind.UNITY_DAY && command.openedOn().getYear() != startsAt.getYear()) {
            throw unityDayOtherYear();
        }
        apply(new ConferenceOpenedEvent(conferenceId, unitCode, kind, command.openedOn()));
    }

    /**
     * Counts one verified attendee. Refused before invitations were sent (nothing to check in with), after the
     * conference closed or was cancelled, while postponed, and for mass events (headcount only); a walk-in only once
     * the conference is in session.
     */
    @CommandHandler
    public int recordAttendance(RecordAttendanceCommand command, ConferenceRules rules) {
        requireNamedAttendance();
        requireNotOver();
        if (status == ConferenceStatus.POSTPONED) {
            throw DomainException.conflict("conference-postponed", "Hội nghị đang tạm hoãn: chưa thể điểm danh",
                    "The conference is postponed: check-in is not open");
        }
        if (command.method() == CheckInMethod.WALK_IN) {
            requireInSession();
        } else if (status == ConferenceStatus.PLANNED) {
            throw DomainException.conflict("invitations-not-sent", "Chưa gửi giấy mời: chưa thể điểm danh",
                    "No invitations have been sent: check-in is not open");
        }
        if (command.method() == null) {
            throw DomainException.invalid("missing-method", "Thiếu cách điểm danh", "The check-in method is missing");
        }
        requireDate(command.checkedInOn());
        rules.requireNotFuture(command.checkedInOn(), "Ngày điểm danh", "The day of check-in");
        Set<String> withAttendee = new HashSet<>(communes);
        String commune = ConferenceRules.communeOf(command.inviteeUnitCode());
        if (commune != null) {
            withAttendee.add(commune);
        }
        apply(new AttendeeCheckedInEvent(conferenceId, unitCode, command.invitationId(), command.inviteeKind(),
                command.inviteeUnitCode(), command.method(), command.checkedInOn(), attendees + 1, withAttendee.size()));
        return attendees;
    }

    @CommandHandler
    public void recordHeadcount(RecordHeadcountCommand command, ConferenceRules rules) {
        if (!kind.headcountOnly()) {
            throw DomainException.rule("named-attendance",
                    "Hội nghị loại này điểm danh từng đại biểu; chỉ buổi tuyên truyền và Ngày hội ghi số lượt người",
                    "This kind checks attendees in by name; only propaganda sessions and Unity Days take a headcount");
        }
        requireNotOver();
        requireInSession();
        if (command.headcount() < 0 || command.headcount() > MAX_HEADCOUNT) {
            throw DomainException.invalid("invalid-headcount", "Số người tham dự không hợp lệ",
                    "The headcount is out of range");
        }
        requireDate(command.countedOn());
        rules.requireNotFuture(command.countedOn(), "Ngày ghi nhận", "The day of the count");
        apply(new HeadcountRecordedEvent(conferenceId, unitCode, command.headcount(), command.countedOn()));
    }

    // ------------------------------------------------------------------ delegates and opinions

    @CommandHandler
    public Outcome registerDelegate(RegisterDelegateCommand command, ConferenceRules rules) {
        List<String> committeeIds = command.committeeIds() == null ? List.of() : List.copyOf(command.committeeIds());
        String fingerprint = Fingerprint.of(command.personId(), committeeIds);
        Delegate existing = command.delegateId() == null ? null : delegates.get(command.delegateId());
        if (existing != null) {
            return same(existing.fingerprint(), fingerprint, "đại biểu", "delegate");
        }
        if (!kind.takesOpinions()) {
            throw DomainException.rule("no-delegates",
                    "Chỉ hội nghị đối thoại và tiếp xúc cử tri ghi nhận đại biểu phát biểu",
                    "Only dialogue and voter-contact conferences register speaking delegates");
        }
        requireNotOver();
        requireStatus("register-delegate", ConferenceStatus.PLANNED, ConferenceStatus.INVITING,
                ConferenceStatus.IN_SESSION);
        ConferenceRules.requireId(command.delegateId(), "Mã đại biểu", "The delegate id");
        if (command.personId() != null && !ConferenceRules.isPersonId(command.personId())) {
            throw DomainException.invalid("invalid-person-id", "Mã người không hợp lệ (p-…)", "Invalid person id (p-…)");
        }
        if (committeeIds.size() > MAX_COMMITTEES_PER_DELEGATE || new HashSet<>(committeeIds).size() != committeeIds.size()
                || committeeIds.stream().anyMatch(c -> !ConferenceRules.isCommitteeId(c))) {
            throw DomainException.invalid("invalid-committees",
                    "Danh sách ban công tác không hợp lệ (tối đa 50, dạng <mã khu dân cư>/<năm nhiệm kỳ>, không trùng)",
                    "Invalid committees (at most 50, <area code>/<term year>, no repeats)");
        }
        if (kind == ConferenceKind.DIALOGUE && committeeIds.isEmpty()) {
            throw DomainException.rule("committees-required",
                    "Đại biểu tại hội nghị đối thoại phát biểu thay cho ít nhất một ban công tác",
                    "A delegate at a dialogue conference speaks for at least one committee");
        }
        requireDate(command.registeredOn());
        for (String committee : committeeIds) {
            if (!rules.within(ConferenceRules.areaOfCommittee(committee), unitCode, command.registeredOn())) {
                throw DomainException.rule("committee-outside-unit",
                        "Ban công tác " + committee + " không thuộc đơn vị tổ chức " + unitCode,
                        "Committee " + committee + " is not within the organiser unit " + unitCode);
            }
        }
        if (delegates.size() >= MAX_DELEGATES) {
            throw DomainException.rule("too-many-delegates", "Một hội nghị có tối đa " + MAX_DELEGATES + " đại biểu",
                    "A conference has at most " + MAX_DELEGATES + " delegates");
        }
        Set<String> allCommittees = new HashSet<>(committees);
        allCommittees.addAll(committeeIds);
        Set<String> allCommunes = new HashSet<>(communes);
        committeeIds.forEach(c -> allCommunes.add(UnitCode.communeOf(ConferenceRules.areaOfCommittee(c))));
        apply(new DelegateRegisteredEvent(conferenceId, unitCode, command.delegateId(), command.personId(),
                committeeIds, delegates.size() + 1, allCommittees.size(), allCommunes.size(), command.registeredOn()));
        return Outcome.CREATED;
    }

    /** Records an opinion; refused once the conference is closed. */
    @CommandHandler
    public Outcome raiseOpinion(RaiseOpinionCommand command, ConferenceRules rules) {
        String text = command.text() == null ? null : command.text().strip();
        String known = command.opinionId() == null ? null : opinions.get(command.opinionId());
        if (known != null) {
            LocalDate day = command.raisedOn() != null ? command.raisedOn() : openedOn;
            return same(known, opinionFingerprint(command.delegateId(), command.unitCode(), command.topic(), text, day),
                    "ý kiến", "opinion");
        }
        if (!kind.takesOpinions()) {
            throw DomainException.rule("no-opinions",
                    "Chỉ hội nghị đối thoại và tiếp xúc cử tri ghi nhận ý kiến",
                    "Only dialogue and voter-contact conferences record opinions");
        }
        requireNotOver();
        requireInSession();
        ConferenceRules.requireId(command.opinionId(), "Mã ý kiến", "The opinion id");
        Delegate delegate = command.delegateId() == null ? null : delegates.get(command.delegateId());
        if (delegate == null) {
            throw DomainException.rule("unknown-delegate", "Đại biểu chưa được đăng ký tại hội nghị này",
                    "The delegate is not registered at this conference");
        }
        if (text == null || text.isEmpty() || text.length() > MAX_OPINION_TEXT) {
            throw DomainException.invalid("invalid-text", "Nội dung ý kiến phải có từ 1 đến 4.000 ký tự",
                    "The opinion's text must have 1 to 4,000 characters");
        }
        String topic = rules.requireTopic(command.topic());
        LocalDate raisedOn = command.raisedOn() != null ? command.raisedOn() : openedOn;
        if (raisedOn.isBefore(openedOn)) {
            throw DomainException.rule("before-opening", "Ý kiến không thể được nêu trước ngày khai mạc (" + openedOn + ")",
                    "An opinion cannot be raised before the conference opened (" + openedOn + ")");
        }
        rules.requireNotFuture(raisedOn, "Ngày nêu ý kiến", "The day the opinion was raised");
        if (command.unitCode() == null || !UnitCode.isValid(command.unitCode())
                || !rules.within(command.unitCode(), unitCode, raisedOn)) {
            throw DomainException.rule("unit-outside-conference",
                    "Ý kiến phải về đơn vị tổ chức " + unitCode + " hoặc một đơn vị trực thuộc",
                    "An opinion is about the organiser unit " + unitCode + " or a unit below it");
        }
        if (opinions.size() >= MAX_OPINIONS) {
            throw DomainException.rule("too-many-opinions", "Một hội nghị có tối đa " + MAX_OPINIONS + " ý kiến",
                    "A conference has at most " + MAX_OPINIONS + " opinions");
        }
        apply(new OpinionRaisedEvent(conferenceId, command.opinionId(), command.delegateId(), delegate.personId(),
                delegate.committeeIds(), command.unitCode(), topic, text, raisedOn, unitCode));
        return Outcome.CREATED;
    }

    /** Records the petition opened from an opinion (any status; a redelivery changes nothing). */
    @CommandHandler
    public Outcome linkOpinionPetition(LinkOpinionPetitionCommand command) {
        if (command.opinionId() == null || !opinions.containsKey(command.opinionId())) {
            throw DomainException.notFound("unknown-opinion", "Không có ý kiến này tại hội nghị",
                    "No such opinion at this conference");
        }
        String linked = petitions.get(command.opinionId());
        if (linked != null) {
            if (linked.equals(command.petitionId())) {
                return Outcome.UNCHANGED;
            }
            throw DomainException.conflict("opinion-already-linked", "Ý kiến đã thành một kiến nghị khác",
                    "The opinion already became another petition");
        }
        if (command.petitionId() == null || command.petitionId().isBlank() || command.petitionId().length() > 64) {
            throw DomainException.invalid("invalid-petition-id", "Mã kiến nghị không hợp lệ", "Invalid petition id");
        }
        requireDate(command.linkedOn());
        apply(new OpinionPetitionLinkedEvent(conferenceId, unitCode, command.opinionId(), command.petitionId(),
                petitions.size() + 1, command.linkedOn()));
        return Outcome.CREATED;
    }

    // ------------------------------------------------------------------ outputs and closing

    @CommandHandler
    public Outcome recordPresentation(RecordPresentationCommand command) {
        String title = command.title() == null ? null : command.title().strip();
        String presenter = command.presenter() == null ? null : command.presenter().strip();
        String known = command.presentationId() == null ? null : presentations.get(command.presentationId());
        if (known != null) {
            return same(known, Fingerprint.of(title, presenter), "tham luận", "presentation");
        }
        if (kind != ConferenceKind.THEMATIC) {
            throw DomainException.rule("no-presentations", "Chỉ hội nghị chuyên đề ghi nhận tham luận",
                    "Only thematic conferences record presentations");
        }
        requireNotOver();
        requireInSession();
        ConferenceRules.requireId(command.presentationId(), "Mã tham luận", "The presentation id");
        text(title, MAX_TITLE, "invalid-title", "Tên tham luận", "The presentation's title");
        text(presenter, MAX_TITLE, "invalid-presenter", "Người trình bày", "The presenter");
        requireDate(command.recordedOn());
        if (presentations.size() >= MAX_PRESENTATIONS) {
            throw DomainException.rule("too-many-presentations",
                    "Một hội nghị có tối đa " + MAX_PRESENTATIONS + " tham luận",
                    "A conference has at most " + MAX_PRESENTATIONS + " presentations");
        }
        apply(new PresentationRecordedEvent(conferenceId, unitCode, command.presentationId(), title, presenter,
                presentations.size() + 1, command.recordedOn()));
        return Outcome.CREATED;
    }

    @CommandHandler
    public void recordTopics(RecordPropagandaTopicsCommand command) {
        if (kind != ConferenceKind.PROPAGANDA_SESSION) {
            throw DomainException.rule("no-topics", "Chỉ buổi tuyên truyền ghi nhận chủ đề tuyên truyền",
                    "Only propaganda sessions record topics");
        }
        requireNotOver();
        requireInSession();
        List<String> list = nonEmptyItems(command.topics(), MAX_TOPICS, "invalid-topics", "Chủ đề", "The topics");
        requireDate(command.recordedOn());
        apply(new PropagandaTopicsRecordedEvent(conferenceId, unitCode, list, command.recordedOn()));
    }

    @CommandHandler
    public void recordActivities(RecordUnityDayActivitiesCommand command) {
        if (kind != ConferenceKind.UNITY_DAY) {
            throw DomainException.rule("no-activities", "Chỉ Ngày hội Đại đoàn kết ghi nhận hoạt động",
                    "Only Great Unity Days record activities");
        }
        requireNotOver();
        requireInSession();
        List<String> list = nonEmptyItems(command.activities(), MAX_ACTIVITIES, "invalid-activities", "Hoạt động",
                "The activities");
        requireDate(command.recordedOn());
        apply(new UnityDayActivitiesRecordedEvent(conferenceId, unitCode, list, command.recordedOn()));
    }

    @CommandHandler
    public void close(CloseConferenceCommand command, ConferenceRules rules) {
        requireNotOver();
        requireInSession();
        String conclusions = command.conclusions() == null || command.conclusions().isBlank() ? null
                : command.conclusions().strip();
        if (conclusions != null && conclusions.length() > MAX_CONCLUSIONS) {
            throw DomainException.invalid("invalid-conclusions", "Kết luận tối đa 10.000 ký tự",
                    "The conclusions have at most 10,000 characters");
        }
        if (conclusions == null && kind.requiresConclusions()) {
            throw DomainException.rule("conclusions-required", "Hội nghị kết thúc với kết luận",
                    "A conference closes with its conclusions");
        }
        if (kind == ConferenceKind.THEMATIC && presentations.isEmpty()) {
            throw DomainException.rule("presentations-required", "Hội nghị chuyên đề cần ít nhất một tham luận",
                    "A thematic conference needs at least one presentation");
        }
        if (kind == ConferenceKind.PROPAGANDA_SESSION && topics == 0) {
            throw DomainException.rule("topics-required", "Buổi tuyên truyền cần ghi chủ đề",
                    "A propaganda session needs its topics");
        }
        if (kind == ConferenceKind.UNITY_DAY && activities == 0) {
            throw DomainException.rule("activities-required", "Ngày hội cần ghi các hoạt động",
                    "A Unity Day needs its activities");
        }
        if (kind.headcountOnly() && !headcountRecorded) {
            throw DomainException.rule("headcount-required", "Cần ghi số người tham dự trước khi kết thúc",
                    "Record the headcount before closing");
        }
        requireDate(command.closedOn());
        rules.requireNotFuture(command.closedOn(), "Ngày kết thúc", "The day of closing");
        if (command.closedOn().isBefore(openedOn)) {
            throw DomainException.rule("before-opening", "Ngày kết thúc không thể trước ngày khai mạc (" + openedOn + ")",
                    "A conference cannot close before it opened (" + openedOn + ")");
        }
        apply(new ConferenceClosedEvent(conferenceId, unitCode, kind, conclusions, command.closedOn(), attendees,
                headcount, delegates.size(), committees.size(), communes.size(), opinions.size(),
                presentations.size()));
    }

    // ------------------------------------------------------------------ rules

    private Outcome same(String recorded, String presented, String whatVi, String whatEn) {
        if (recorded.equals(presented)) {
            return Outcome.UNCHANGED;
        }
        throw DomainException.conflict("id-conflict",
                "Mã này đã được dùng cho một " + whatVi + " khác với nội dung khác",
                "This id is already used by another " + whatEn + " with different content");
    }

    private void requireNamedAttendance() {
        if (kind.headcountOnly()) {
            throw DomainException.rule("headcount-only",
                    "Buổi tuyên truyền và Ngày hội chỉ ghi số lượt người tham dự, không gửi giấy mời hay điểm danh",
                    "Propaganda sessions and Unity Days take a headcount only: no invitations, no check-in");
        }
    }

    /** Closed or cancelled: nothing more is recorded (409). */
    private void requireNotOver() {
        if (status == ConferenceStatus.CLOSED) {
            throw DomainException.conflict("conference-closed", "Hội nghị đã kết thúc", "The conference is closed");
        }
        if (status == ConferenceStatus.CANCELLED) {
            throw DomainException.conflict("conference-cancelled", "Hội nghị đã bị hủy", "The conference was cancelled");
        }
    }

    private void requireInSession() {
        if (status != ConferenceStatus.IN_SESSION) {
            throw DomainException.conflict("conference-not-open", "Hội nghị chưa khai mạc",
                    "The conference has not opened");
        }
    }

    private void requireStatus(String action, ConferenceStatus... allowed) {
        for (ConferenceStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw DomainException.conflict("invalid-transition",
                "Không thể thực hiện (" + action + ") khi hội nghị ở trạng thái " + status.labelVi(),
                "Cannot " + action + " a conference that is " + status.labelEn().toLowerCase(java.util.Locale.ROOT));
    }

    private void requireSameYearForUnityDay(LocalDateTime newStart) {
        if (kind == ConferenceKind.UNITY_DAY && newStart.getYear() != startsAt.getYear()) {
            throw unityDayOtherYear();
        }
    }

    private static DomainException unityDayOtherYear() {
        return DomainException.rule("unity-day-other-year",
                "Ngày hội Đại đoàn kết chỉ được dời trong cùng năm; hãy hủy và lập Ngày hội của năm khác",
                "A Unity Day moves within its year only; cancel it and plan the other year's");
    }

    private static void requireSchedule(LocalDateTime startsAt, LocalDateTime endsAt) {
        if (startsAt == null) {
            throw DomainException.invalid("missing-start", "Thiếu thời gian bắt đầu", "The start is missing");
        }
        if (endsAt != null && (endsAt.isBefore(startsAt) || endsAt.isAfter(startsAt.plusDays(MAX_DAYS)))) {
            throw DomainException.rule("invalid-schedule", "Thời gian kết thúc phải sau khi bắt đầu, trong vòng 31 ngày",
                    "The end must follow the start, within 31 days");
        }
    }

    private static void requireDate(LocalDate day) {
        if (day == null) {
            throw DomainException.invalid("missing-date", "Thiếu ngày", "The date is missing");
        }
    }

    private static String text(String value, int max, String code, String whatVi, String whatEn) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.length() > max) {
            throw DomainException.invalid(code, whatVi + " phải có từ 1 đến " + max + " ký tự",
                    whatEn + " must have 1 to " + max + " characters");
        }
        return stripped;
    }

    private static List<String> items(List<String> values, int max, String code, String whatVi, String whatEn) {
        List<String> list = values == null ? List.of() : values;
        if (list.size() > max) {
            throw DomainException.invalid(code, whatVi + " có tối đa " + max + " mục", whatEn + " has at most " + max + " items");
        }
        List<String> stripped = new ArrayList<>();
        for (String item : list) {
            stripped.add(text(item, MAX_ITEM, code, whatVi, whatEn));
        }
        return List.copyOf(stripped);
    }

    private static List<String> nonEmptyItems(List<String> values, int max, String code, String whatVi, String whatEn) {
        List<String> list = items(values, max, code, whatVi, whatEn);
        if (list.isEmpty() || new LinkedHashSet<>(list).size() != list.size()) {
            throw DomainException.invalid(code, whatVi + ": 1 đến " + max + " mục, không trùng",
                    whatEn + ": 1 to " + max + " items, no repeats");
        }
        return list;
    }

    static String opinionFingerprint(String delegateId, String unitCode, String topic, String text, LocalDate raisedOn) {
        return Fingerprint.of(delegateId, unitCode, topic, text, raisedOn);
    }

    // ------------------------------------------------------------------ state: only what the events say

    @EventSourcingHandler
    void on(ConferencePlannedEvent event) {
        conferenceId = event.conferenceId();
        kind = event.kind();
        unitCode = event.unitCode();
        startsAt = event.startsAt();
        status = ConferenceStatus.PLANNED;
        creation = Fingerprint.of(event.kind(), event.unitCode(), event.title(), event.startsAt(), event.endsAt(),
                event.venue(), event.agenda());
    }

    @EventSourcingHandler
    void on(ConferencePostponedEvent event) {
        if (event.newStartsAt() != null) {
            startsAt = event.newStartsAt();
        } else {
            status = ConferenceStatus.POSTPONED;
        }
    }

    @EventSourcingHandler
    void on(ConferenceRescheduledEvent event) {
        startsAt = event.startsAt();
        status = event.status();
    }

    @EventSourcingHandler
    void on(ConferenceCancelledEvent event) {
        status = ConferenceStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(InvitationsSentEvent event) {
        invitations = event.invitations();
        if (status == ConferenceStatus.PLANNED) {
            status = ConferenceStatus.INVITING;
        }
    }

    @EventSourcingHandler
    void on(RegistrationRecordedEvent event) {
        accepted = event.accepted();
        declined = event.declined();
    }

    @EventSourcingHandler
    void on(ConferenceOpenedEvent event) {
        status = ConferenceStatus.IN_SESSION;
        openedOn = event.openedOn();
    }

    @EventSourcingHandler
    void on(AttendeeCheckedInEvent event) {
        attendees = event.attendees();
        String commune = ConferenceRules.communeOf(event.inviteeUnitCode());
        if (commune != null) {
            communes.add(commune);
        }
    }

    @EventSourcingHandler
    void on(HeadcountRecordedEvent event) {
        headcount = event.headcount();
        headcountRecorded = true;
    }

    @EventSourcingHandler
    void on(DelegateRegisteredEvent event) {
        delegates.put(event.delegateId(), new Delegate(event.personId(), event.committeeIds(),
                Fingerprint.of(event.personId(), event.committeeIds())));
        committees.addAll(event.committeeIds());
        event.committeeIds().forEach(c -> communes.add(UnitCode.communeOf(ConferenceRules.areaOfCommittee(c))));
    }

    @EventSourcingHandler
    void on(OpinionRaisedEvent event) {
        opinions.put(event.getOpinionId(), opinionFingerprint(event.getDelegateId(), event.getUnitCode(),
                event.getTopic(), event.getText(), event.getRaisedOn()));
    }

    @EventSourcingHandler
    void on(OpinionPetitionLinkedEvent event) {
        petitions.put(event.opinionId(), event.petitionId());
    }

    @EventSourcingHandler
    void on(PresentationRecordedEvent event) {
        presentations.put(event.presentationId(), Fingerprint.of(event.title(), event.presenter()));
    }

    @EventSourcingHandler
    void on(PropagandaTopicsRecordedEvent event) {
        topics = event.topics().size();
    }

    @EventSourcingHandler
    void on(UnityDayActivitiesRecordedEvent event) {
        activities = event.activities().size();
    }

    @EventSourcingHandler
    void on(ConferenceClosedEvent event) {
        status = ConferenceStatus.CLOSED;
    }
}
