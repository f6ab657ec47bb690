package vn.doanket.conference.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.axon.CommandSender;
import vn.doanket.conference.api.*;
import vn.doanket.conference.command.TrainingClass;
import vn.doanket.conference.command.TrainingService;
import vn.doanket.conference.query.ConferenceQueries;
import vn.doanket.conference.web.ConferenceRequests.*;
import vn.doanket.conference.web.ConferenceViews.*;
import vn.doanket.events.error.DomainException;
import vn.doanket.security.Callers;
import vn.doanket.security.RoleGroups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.doanket.conference.web.ConferenceAccess.CLASS_IN_SCOPE;
import static vn.doanket.conference.web.ConferenceAccess.RECORD;

/**
 * Training classes: syllabus and sessions, trainees, attendance per session, completion (attended every session) —
 * from which the service issues each trainee's certificate — closing and cancellation.
 */
@RestController
@Validated
public class TrainingClassController {

    /** Labels of a class's status. */
    static final Map<String, String[]> STATUS = Map.of(
            "PLANNED", new String[]{"Đã lên kế hoạch", "Planned"},
            "IN_PROGRESS", new String[]{"Đang học", "In progress"},
            "CLOSED", new String[]{"Đã kết thúc", "Closed"},
            "CANCELLED", new String[]{"Đã hủy", "Cancelled"});

    private final CommandSender commands;
    private final TrainingService training;
    private final ConferenceQueries queries;
    private final Clock clock;

    public TrainingClassController(CommandSender commands, TrainingService training, ConferenceQueries queries,
                                   Clock clock) {
        this.commands = commands;
        this.training = training;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping("/api/training-classes")
    @PreAuthorize(RECORD + " and @scope.require(#request.unitCode, #request.sessions?.get(0)?.date())")
    public ResponseEntity<Recorded> plan(@Valid @RequestBody TrainingClassRequest request) {
        Outcome outcome = training.plan(new PlanTrainingClassCommand(request.classId(), request.unitCode(),
                request.title(), request.venue(), request.syllabus() == null ? List.of() : request.syllabus().stream()
                .map(s -> new SyllabusItem(s.title(), s.hours())).toList(), request.sessions().stream()
                .map(s -> new TrainingSession(s.sessionNo(), s.date(), s.topic())).toList()), Callers.require().actor());
        return Created.answer(outcome, new Recorded(request.classId(), outcome.name()));
    }

    @GetMapping("/api/training-classes")
    @PreAuthorize(RoleGroups.READERS + " and @scope.require(#unit)")
    public Page list(@RequestParam String unit, @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                     @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        ConferenceQueries.Page result = queries.trainingClasses(unit, page, size);
        return new Page(page, size, result.total(), result.items().stream().map(TrainingClassController::labelled).toList());
    }

    @GetMapping("/api/training-classes/{id}")
    @PreAuthorize(RoleGroups.READERS + CLASS_IN_SCOPE)
    public Map<String, Object> get(@PathVariable String id) {
        return labelled(queries.trainingClass(id).orElseThrow(() -> DomainException.notFound("training-class-not-found",
                "Không tìm thấy lớp tập huấn (có thể đang được cập nhật)",
                "No such training class (it may be being updated)")));
    }

    /** Enrols trainees (201 when any is new; 200 when all were enrolled before with the same details). */
    @PostMapping("/api/training-classes/{id}/trainees")
    @PreAuthorize(RECORD + CLASS_IN_SCOPE)
    public ResponseEntity<Enrolled> enrol(@PathVariable String id, @Valid @RequestBody TraineesRequest request) {
        TrainingClass.Enrolment enrolment = commands.send(new EnrolTraineesCommand(id, request.trainees().stream()
                .map(t -> new Trainee(t.traineeId(), t.personId(), t.fullName(), t.role(), t.unitCode())).toList(),
                today()), Callers.require().actor());
        return Created.answer(enrolment.enrolled() > 0 ? Outcome.CREATED : Outcome.UNCHANGED,
                new Enrolled(id, enrolment.enrolled(), enrolment.unchanged()));
    }

    @GetMapping("/api/training-classes/{id}/trainees")
    @PreAuthorize(RoleGroups.READERS + CLASS_IN_SCOPE)
    public Page trainees(@PathVariable String id, @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                         @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        ConferenceQueries.Page result = queries.trainees(id, page, size);
        return new Page(page, size, result.total(), ConferenceViews.labelled(result.items()));
    }

    /** Who attended a session (held on {@code heldOn}, the planned day when absent); once per session. */
    @PostMapping("/api/training-classes/{id}/sessions/{sessionNo}/attendance")
    @PreAuthorize(RECORD + CLASS_IN_SCOPE)
    public Accepted attendance(@PathVariable String id, @PathVariable @Min(1) @Max(60) int sessionNo,
                               @Valid @RequestBody AttendanceRequest request) {
        commands.send(new RecordSessionAttendanceCommand(id, sessionNo, request.heldOn(), request.present()),
                Callers.require().actor());
        return new Accepted(id, "ATTENDANCE_RECORDED");
    }

    /** Recognises a trainee's completion: only when they attended every session (else 422 attendance-incomplete). */
    @PostMapping("/api/training-classes/{id}/trainees/{traineeId}/completion")
    @PreAuthorize(RECORD + CLASS_IN_SCOPE)
    public ResponseEntity<Recorded> complete(@PathVariable String id, @PathVariable String traineeId,
                                             @Valid @RequestBody CompletionRequest request) {
        Outcome outcome = commands.send(new CompleteTraineeCommand(id, traineeId, request.completedOn()),
                Callers.require().actor());
        return Created.answer(outcome, new Recorded(traineeId, outcome.name()));
    }

    @PostMapping("/api/training-classes/{id}/closure")
    @PreAuthorize(RECORD + CLASS_IN_SCOPE)
    public Accepted close(@PathVariable String id, @Valid @RequestBody ClassCloseRequest request) {
        commands.send(new CloseTrainingClassCommand(id, request.closedOn()), Callers.require().actor());
        return new Accepted(id, "CLOSED");
    }

    @PostMapping("/api/training-classes/{id}/cancellation")
    @PreAuthorize(RECORD + CLASS_IN_SCOPE)
    public Accepted cancel(@PathVariable String id, @Valid @RequestBody ReasonRequest request) {
        commands.send(new CancelTrainingClassCommand(id, request.reason(), today()), Callers.require().actor());
        return new Accepted(id, "CANCELLED");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Map<String, Object> labelled(Map<String, Object> row) {
        Map<String, Object> view = new LinkedHashMap<>(row);
        String[] labels = STATUS.get(String.valueOf(row.get("status")));
        if (labels != null) {
            view.put("statusVi", labels[0]);
            view.put("statusEn", labels[1]);
        }
        return view;
    }
}
