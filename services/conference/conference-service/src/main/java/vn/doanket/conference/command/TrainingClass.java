package vn.doanket.conference.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.doanket.conference.api.*;
import vn.doanket.events.error.DomainException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A training class (lớp tập huấn) for committee heads and members or commune staff: its syllabus and sessions, its
 * trainees, who attended each session — and the completion rule: <b>a trainee completes the class by attending every
 * session</b>. Completion is decided here from the recorded attendance and published as
 * {@link TraineeCompletedEvent}, the verified fact from which the service issues the certificate; nothing else can
 * make a trainee complete (422 {@code attendance-incomplete}).
 *
 * <p>Bounded: at most {@value #MAX_SESSIONS} sessions and {@value #MAX_TRAINEES} trainees; attendance is a bit mask per
 * trainee. Names are kept only in an internal, unpublished event (the state keeps a fingerprint). Snapshotted with
 * Jackson (fields).
 */
@Aggregate(snapshotTriggerDefinition = "trainingClassSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class TrainingClass {

    static final int MAX_SESSIONS = 60;
    static final int MAX_TRAINEES = 300;
    static final int MAX_PER_COMMAND = 200;
    static final int MAX_SYLLABUS = 50;
    static final int MAX_TITLE = 300;
    static final int MAX_HOURS = 1_000;

    enum State { PLANNED, CLOSED, CANCELLED }

    /** A trainee as the class keeps them (no name: its fingerprint only). */
    record Enrolled(String personId, TraineeRole role, String unitCode, String fingerprint, long attended,
                    boolean completed) {
        Enrolled attending(int sessionNo) {
            return new Enrolled(personId, role, unitCode, fingerprint, attended | 1L << sessionNo, completed);
        }

        Enrolled completing() {
            return new Enrolled(personId, role, unitCode, fingerprint, attended, true);
        }
    }

    /** What enrolment did. */
    public record Enrolment(int enrolled, int unchanged) {
    }

    @AggregateIdentifier
    private String classId;
    private String unitCode;
    private String title;
    private String creation;
    private State state;
    private Map<Integer, LocalDate> sessions = new TreeMap<>();
    private Map<Integer, LocalDate> held = new TreeMap<>();
    private Map<String, Enrolled> trainees = new LinkedHashMap<>();

    protected TrainingClass() {
        // for Axon (and the creation policy CREATE_IF_MISSING) and for snapshots
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Outcome plan(PlanTrainingClassCommand command, ConferenceRules rules) {
        String newTitle = text(command.title(), MAX_TITLE, "invalid-title", "Tên lớp", "The title");
        String venue = text(command.venue(), MAX_TITLE, "invalid-venue", "Địa điểm", "The venue");
        List<SyllabusItem> syllabus = syllabus(command.syllabus());
        List<TrainingSession> planned = sessions(command.sessions());
        String fingerprint = Fingerprint.of(command.unitCode(), newTitle, venue, fingerprintParts(syllabus, planned));
        if (classId != null) {
            if (creation.equals(fingerprint)) {
                return Outcome.UNCHANGED;
            }
            throw DomainException.conflict("id-conflict",
                    "Mã này đã được dùng cho một lớp tập huấn khác với nội dung khác",
                    "This id is already used by another training class with different content");
        }
        ConferenceRules.requireId(command.classId(), "Mã lớp", "The class id");
        rules.requireUnit(command.unitCode(), planned.get(0).date());
        apply(new TrainingClassPlannedEvent(command.classId(), command.unitCode(), newTitle, venue, syllabus, planned,
                rules.today()));
        return Outcome.CREATED;
    }

    @CommandHandler
    public Enrolment enrol(EnrolTraineesCommand command, ConferenceRules rules) {
        List<Trainee> list = command.trainees() == null ? List.of() : command.trainees();
        if (list.isEmpty() || list.size() > MAX_PER_COMMAND) {
            throw DomainException.invalid("invalid-trainees", "Mỗi lần ghi danh từ 1 đến 200 học viên",
                    "Enrol 1 to 200 trainees at a time");
        }
        Set<String> ids = new HashSet<>();
        List<Trainee> fresh = new ArrayList<>();
        int unchanged = 0;
        for (Trainee trainee : list) {
            if (trainee == null || !ids.add(String.valueOf(trainee.traineeId()))) {
                throw DomainException.invalid("invalid-trainees", "Danh sách học viên có mục trống hoặc trùng mã",
                        "The list has an empty entry or a repeated id");
            }
            String name = trainee.fullName() == null ? null : trainee.fullName().strip();
            Enrolled known = trainees.get(trainee.traineeId());
            if (known != null) {
                if (!known.fingerprint().equals(traineeFingerprint(trainee.personId(), name, trainee.role(),
                        trainee.unitCode()))) {
                    throw DomainException.conflict("id-conflict",
                            "Mã học viên " + trainee.traineeId() + " đã được dùng cho một học viên khác",
                            "Trainee id " + trainee.traineeId() + " is already used by another trainee");
                }
                unchanged++;
            } else {
                fresh.add(trainee);
            }
        }
        if (fresh.isEmpty()) {
            return new Enrolment(0, unchanged);
        }
        requireOpen();
        if (command.enrolledOn() == null) {
            throw DomainException.invalid("missing-date", "Thiếu ngày", "The date is missing");
        }
        rules.requireNotFuture(command.enrolledOn(), "Ngày ghi danh", "The day of enrolment");
        if (trainees.size() + fresh.size() > MAX_TRAINEES) {
            throw DomainException.rule("too-many-trainees", "Một lớp có tối đa " + MAX_TRAINEES + " học viên",
                    "A class has at most " + MAX_TRAINEES + " trainees");
        }
        for (Trainee trainee : fresh) {
            ConferenceRules.requireId(trainee.traineeId(), "Mã học viên", "The trainee id");
            if (trainee.personId() != null && !ConferenceRules.isPersonId(trainee.personId())) {
                throw DomainException.invalid("invalid-person-id", "Mã người không hợp lệ (p-…)", "Invalid person id (p-…)");
            }
            if (!ConferenceRules.isName(trainee.fullName() == null ? null : trainee.fullName().strip())) {
                throw DomainException.invalid("invalid-name", "Họ tên học viên không hợp lệ (2–100 chữ cái)",
                        "The trainee's name is invalid (2–100 letters)");
            }
            if (trainee.role() == null) {
                throw DomainException.invalid("missing-role", "Thiếu chức danh của học viên", "The trainee's role is missing");
            }
            rules.requireUnit(trainee.unitCode(), command.enrolledOn());
        }
        for (Trainee trainee : fresh) {
            apply(new TraineeEnrolledEvent(classId, unitCode, trainee.traineeId(), trainee.personId(), trainee.role(),
                    trainee.unitCode(), command.enrolledOn()));
            apply(new TraineeNameRecordedEvent(classId, trainee.traineeId(), trainee.fullName().strip()));
        }
        return new Enrolment(fresh.size(), unchanged);
    }

    @CommandHandler
    public void recordAttendance(RecordSessionAttendanceCommand command, ConferenceRules rules) {
        requireOpen();
        if (!sessions.containsKey(command.sessionNo())) {
            throw DomainException.rule("unknown-session", "Lớp không có buổi học số " + command.sessionNo(),
                    "The class has no session " + command.sessionNo());
        }
        if (held.containsKey(command.sessionNo())) {
            throw DomainException.conflict("attendance-already-recorded",
                    "Điểm danh buổi " + command.sessionNo() + " đã được ghi", "Session " + command.sessionNo()
                            + "'s attendance is already recorded");
        }
        LocalDate heldOn = command.heldOn() != null ? command.heldOn() : sessions.get(command.sessionNo());
        rules.requireNotFuture(heldOn, "Ngày học", "The day of the session");
        List<String> present = command.present() == null ? List.of() : List.copyOf(command.present());
        if (present.size() > MAX_TRAINEES || new HashSet<>(present).size() != present.size()) {
            throw DomainException.invalid("invalid-attendance", "Danh sách có mặt không hợp lệ (trùng mã hoặc quá dài)",
                    "The attendance list is invalid (repeated ids or too long)");
        }
        for (String traineeId : present) {
            if (!trainees.containsKey(traineeId)) {
                throw DomainException.rule("unknown-trainee", "Học viên " + traineeId + " chưa ghi danh vào lớp",
                        "Trainee " + traineeId + " is not enrolled in the class");
            }
        }
        apply(new SessionAttendanceRecordedEvent(classId, unitCode, command.sessionNo(), heldOn, present,
                trainees.size()));
    }

    /** Recognises one trainee's completion, only from complete attendance. */
    @CommandHandler
    public Outcome complete(CompleteTraineeCommand command, ConferenceRules rules) {
        Enrolled trainee = command.traineeId() == null ? null : trainees.get(command.traineeId());
        if (trainee == null) {
            throw DomainException.rule("unknown-trainee", "Học viên chưa ghi danh vào lớp",
                    "The trainee is not enrolled in the class");
        }
        if (trainee.completed()) {
            return Outcome.UNCHANGED;
        }
        requireOpen();
        requireAttendedEverySession(command.traineeId(), trainee);
        LocalDate day = completionDay(command.completedOn(), rules);
        apply(completed(command.traineeId(), trainee, day));
        return Outcome.CREATED;
    }

    /** Closes the class; every trainee who attended every session completes it. */
    @CommandHandler
    public int close(CloseTrainingClassCommand command, ConferenceRules rules) {
        requireOpen();
        List<Integer> missing = sessions.keySet().stream().filter(s -> !held.containsKey(s)).toList();
        if (!missing.isEmpty()) {
            throw DomainException.rule("sessions-not-recorded",
                    "Chưa ghi điểm danh các buổi: " + join(missing), "Attendance not yet recorded for sessions: "
                            + join(missing));
        }
        LocalDate day = completionDay(command.closedOn(), rules);
        int completed = 0;
        for (Map.Entry<String, Enrolled> entry : List.copyOf(trainees.entrySet())) {
            Enrolled trainee = entry.getValue();
            if (trainee.completed()) {
                completed++;
            } else if (missedSessions(trainee).isEmpty()) {
                apply(completed(entry.getKey(), trainee, day));
                completed++;
            }
        }
        apply(new TrainingClassClosedEvent(classId, unitCode, trainees.size(), completed, day));
        return completed;
    }

    @CommandHandler
    public void cancel(CancelTrainingClassCommand command, ConferenceRules rules) {
        requireOpen();
        if (!held.isEmpty()) {
            throw DomainException.conflict("class-started", "Lớp đã học: không thể hủy",
                    "Sessions have been held: the class cannot be cancelled");
        }
        String reason = text(command.reason(), 2_000, "reason-required", "Lý do", "The reason");
        if (command.cancelledOn() == null) {
            throw DomainException.invalid("missing-date", "Thiếu ngày", "The date is missing");
        }
        apply(new TrainingClassCancelledEvent(classId, unitCode, reason, command.cancelledOn()));
    }

    // ------------------------------------------------------------------ rules

    private void requireOpen() {
        if (state == State.CLOSED) {
            throw DomainException.conflict("class-closed", "Lớp tập huấn đã kết thúc", "The training class is closed");
        }
        if (state == State.CANCELLED) {
            throw DomainException.conflict("class-cancelled", "Lớp tập huấn đã bị hủy", "The training class was cancelled");
        }
    }

    private void requireAttendedEverySession(String traineeId, Enrolled trainee) {
        List<Integer> notRecorded = sessions.keySet().stream().filter(s -> !held.containsKey(s)).toList();
        if (!notRecorded.isEmpty()) {
            throw DomainException.rule("attendance-incomplete",
                    "Chưa thể công nhận hoàn thành: chưa ghi điểm danh các buổi " + join(notRecorded),
                    "Completion cannot be recognised: attendance not yet recorded for sessions " + join(notRecorded));
        }
        List<Integer> missed = missedSessions(trainee);
        if (!missed.isEmpty()) {
            throw DomainException.rule("attendance-incomplete",
                    "Học viên " + traineeId + " vắng các buổi " + join(missed) + ": chưa hoàn thành lớp",
                    "Trainee " + traineeId + " missed sessions " + join(missed) + ": the class is not completed");
        }
    }

    private List<Integer> missedSessions(Enrolled trainee) {
        return sessions.keySet().stream().filter(s -> (trainee.attended() & 1L << s) == 0).toList();
    }

    private LocalDate completionDay(LocalDate requested, ConferenceRules rules) {
        LocalDate lastHeld = held.values().stream().max(LocalDate::compareTo).orElse(null);
        LocalDate day = requested != null ? requested : rules.today();
        rules.requireNotFuture(day, "Ngày hoàn thành", "The day of completion");
        if (lastHeld != null && day.isBefore(lastHeld)) {
            throw DomainException.rule("before-last-session",
                    "Ngày hoàn thành không thể trước buổi học cuối (" + lastHeld + ")",
                    "Completion cannot be before the last session (" + lastHeld + ")");
        }
        return day;
    }

    private TraineeCompletedEvent completed(String traineeId, Enrolled trainee, LocalDate day) {
        return new TraineeCompletedEvent(classId, unitCode, traineeId, trainee.personId(), trainee.role(),
                trainee.unitCode(), title, sessions.size(), day);
    }

    private static String join(List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(String::valueOf).toList());
    }

    static String traineeFingerprint(String personId, String fullName, TraineeRole role, String unitCode) {
        return Fingerprint.of(personId, fullName, role, unitCode);
    }

    private static List<Object> fingerprintParts(List<SyllabusItem> syllabus, List<TrainingSession> sessions) {
        List<Object> parts = new ArrayList<>();
        syllabus.forEach(s -> {
            parts.add(s.title());
            parts.add(s.hours());
        });
        parts.add("|");
        sessions.forEach(s -> {
            parts.add(s.sessionNo());
            parts.add(s.date());
            parts.add(s.topic());
        });
        return parts;
    }

    private static String text(String value, int max, String code, String whatVi, String whatEn) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.length() > max) {
            throw DomainException.invalid(code, whatVi + " phải có từ 1 đến " + max + " ký tự",
                    whatEn + " must have 1 to " + max + " characters");
        }
        return stripped;
    }

    private static List<SyllabusItem> syllabus(List<SyllabusItem> items) {
        List<SyllabusItem> list = items == null ? List.of() : items;
        if (list.size() > MAX_SYLLABUS) {
            throw DomainException.invalid("invalid-syllabus", "Chương trình học có tối đa 50 mục",
                    "The syllabus has at most 50 items");
        }
        List<SyllabusItem> clean = new ArrayList<>();
        for (SyllabusItem item : list) {
            if (item == null || item.hours() < 0 || item.hours() > MAX_HOURS) {
                throw DomainException.invalid("invalid-syllabus", "Mục chương trình học không hợp lệ",
                        "A syllabus item is invalid");
            }
            clean.add(new SyllabusItem(text(item.title(), MAX_TITLE, "invalid-syllabus", "Nội dung học",
                    "A syllabus item"), item.hours()));
        }
        return List.copyOf(clean);
    }

    private static List<TrainingSession> sessions(List<TrainingSession> planned) {
        List<TrainingSession> list = planned == null ? List.of() : planned;
        if (list.isEmpty() || list.size() > MAX_SESSIONS) {
            throw DomainException.invalid("invalid-sessions", "Lớp có từ 1 đến 60 buổi học",
                    "A class has 1 to 60 sessions");
        }
        List<TrainingSession> clean = new ArrayList<>();
        LocalDate previous = null;
        for (int i = 0; i < list.size(); i++) {
            TrainingSession session = list.get(i);
            if (session == null || session.sessionNo() != i + 1 || session.date() == null
                    || previous != null && session.date().isBefore(previous)) {
                throw DomainException.invalid("invalid-sessions",
                        "Các buổi học được đánh số 1, 2, … theo thứ tự ngày",
                        "Sessions are numbered 1, 2, … in the order of their days");
            }
            previous = session.date();
            clean.add(new TrainingSession(session.sessionNo(), session.date(),
                    text(session.topic(), MAX_TITLE, "invalid-sessions", "Nội dung buổi học", "A session's topic")));
        }
        return List.copyOf(clean);
    }

    // ------------------------------------------------------------------ state: only what the events say

    @EventSourcingHandler
    void on(TrainingClassPlannedEvent event) {
        classId = event.classId();
        unitCode = event.unitCode();
        title = event.title();
        state = State.PLANNED;
        event.sessions().forEach(s -> sessions.put(s.sessionNo(), s.date()));
        creation = Fingerprint.of(event.unitCode(), event.title(), event.venue(),
                fingerprintParts(event.syllabus(), event.sessions()));
    }

    @EventSourcingHandler
    void on(TraineeEnrolledEvent event) {
        trainees.put(event.traineeId(), new Enrolled(event.personId(), event.role(), event.traineeUnitCode(), null,
                0L, false));
    }

    @EventSourcingHandler
    void on(TraineeNameRecordedEvent event) {
        Enrolled trainee = trainees.get(event.traineeId());
        trainees.put(event.traineeId(), new Enrolled(trainee.personId(), trainee.role(), trainee.unitCode(),
                traineeFingerprint(trainee.personId(), event.fullName(), trainee.role(), trainee.unitCode()),
                trainee.attended(), trainee.completed()));
    }

    @EventSourcingHandler
    void on(SessionAttendanceRecordedEvent event) {
        held.put(event.sessionNo(), event.heldOn());
        for (String traineeId : event.present()) {
            trainees.computeIfPresent(traineeId, (id, trainee) -> trainee.attending(event.sessionNo()));
        }
    }

    @EventSourcingHandler
    void on(TraineeCompletedEvent event) {
        trainees.computeIfPresent(event.traineeId(), (id, trainee) -> trainee.completing());
    }

    @EventSourcingHandler
    void on(TrainingClassClosedEvent event) {
        state = State.CLOSED;
    }

    @EventSourcingHandler
    void on(TrainingClassCancelledEvent event) {
        state = State.CANCELLED;
    }
}
