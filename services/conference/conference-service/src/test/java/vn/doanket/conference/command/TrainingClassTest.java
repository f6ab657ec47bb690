package vn.doanket.conference.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.doanket.conference.api.*;
import vn.doanket.events.error.DomainException;
import vn.doanket.territory.Territory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * Given-when-then for training classes: enrolment, attendance per session, and the completion rule — a trainee
 * completes (and so gets a certificate) only by attending every session.
 */
class TrainingClassTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final String ID = "tap-huan-1";
    static final LocalDate S1 = LocalDate.of(2026, 10, 6);
    static final LocalDate S2 = LocalDate.of(2026, 10, 7);
    static final List<TrainingSession> SESSIONS = List.of(new TrainingSession(1, S1, "Nhiệm vụ"),
            new TrainingSession(2, S2, "Kỹ năng"));
    static final List<SyllabusItem> SYLLABUS = List.of(new SyllabusItem("Chức năng, nhiệm vụ", 4));

    static ConferenceRules rules;

    FixtureConfiguration<TrainingClass> fixture;

    @BeforeAll
    static void loadTerritory() {
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(Territory.ZONE).toInstant(), Territory.ZONE);
        rules = new ConferenceRules(Territory.loadOfficial(clock), clock);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TrainingClass.class);
        fixture.registerInjectableResource(rules);
    }

    static TrainingClassPlannedEvent planned() {
        return new TrainingClassPlannedEvent(ID, "26560", "Bồi dưỡng Trưởng ban", "Hội trường", SYLLABUS, SESSIONS,
                TODAY);
    }

    static TraineeEnrolledEvent enrolled(String traineeId) {
        return new TraineeEnrolledEvent(ID, "26560", traineeId, null, TraineeRole.COMMITTEE_HEAD, "26560-KP01",
                LocalDate.of(2026, 10, 1));
    }

    static TraineeNameRecordedEvent named(String traineeId, String name) {
        return new TraineeNameRecordedEvent(ID, traineeId, name);
    }

    static SessionAttendanceRecordedEvent attended(int session, LocalDate day, List<String> present) {
        return new SessionAttendanceRecordedEvent(ID, "26560", session, day, present, 2);
    }

    static TraineeCompletedEvent completed(String traineeId, LocalDate day) {
        return new TraineeCompletedEvent(ID, "26560", traineeId, null, TraineeRole.COMMITTEE_HEAD, "26560-KP01",
                "Bồi dưỡng Trưởng ban", 2, day);
    }

    /** Two trainees; the first attended both sessions, the second missed session 2. */
    Object[] history() {
        return new Object[]{planned(), enrolled("hv-1"), named("hv-1", "Nguyễn Văn Mẫu"), enrolled("hv-2"),
                named("hv-2", "Trần Thị Thử"), attended(1, S1, List.of("hv-1", "hv-2")), attended(2, S2, List.of("hv-1"))};
    }

    @Test
    void aClassIsPlannedOnceForItsId() {
        PlanTrainingClassCommand plan = new PlanTrainingClassCommand(ID, "26560", "Bồi dưỡng Trưởng ban", "Hội trường",
                SYLLABUS, SESSIONS);
        fixture.givenNoPriorActivity().when(plan).expectEvents(planned()).expectResultMessagePayload(Outcome.CREATED);
        fixture.given(planned()).when(plan).expectNoEvents().expectResultMessagePayload(Outcome.UNCHANGED);
        fixture.given(planned())
                .when(new PlanTrainingClassCommand(ID, "26560", "Lớp khác", "Hội trường", SYLLABUS, SESSIONS))
                .expectNoEvents()
                .expectExceptionMessage(containsString("id-conflict"));
    }

    @Test
    void sessionsAreNumberedInTheOrderOfTheirDays() {
        fixture.givenNoPriorActivity()
                .when(new PlanTrainingClassCommand(ID, "26560", "Lớp", "Hội trường", SYLLABUS, List.of(
                        new TrainingSession(1, S2, "Một"), new TrainingSession(2, S1, "Hai"))))
                .expectNoEvents()
                .expectExceptionMessage(containsString("invalid-sessions"));
    }

    @Test
    void traineesAreEnrolledWithTheirNamesInAnInternalEvent() {
        fixture.given(planned())
                .when(new EnrolTraineesCommand(ID, List.of(new Trainee("hv-1", null, "Nguyễn Văn Mẫu",
                        TraineeRole.COMMITTEE_HEAD, "26560-KP01")), LocalDate.of(2026, 10, 1)))
                .expectEvents(enrolled("hv-1"), named("hv-1", "Nguyễn Văn Mẫu"))
                .expectResultMessagePayload(new TrainingClass.Enrolment(1, 0));
        assertThat(vn.doanket.events.DomainEvent.class.isAssignableFrom(TraineeNameRecordedEvent.class))
                .as("names are never published").isFalse();
    }

    @Test
    void aTraineeEnrolledAgainIsUnchangedAndWithOtherDetailsAConflict() {
        fixture.given(planned(), enrolled("hv-1"), named("hv-1", "Nguyễn Văn Mẫu"))
                .when(new EnrolTraineesCommand(ID, List.of(new Trainee("hv-1", null, "Nguyễn Văn Mẫu",
                        TraineeRole.COMMITTEE_HEAD, "26560-KP01")), TODAY))
                .expectNoEvents()
                .expectResultMessagePayload(new TrainingClass.Enrolment(0, 1));
        fixture.given(planned(), enrolled("hv-1"), named("hv-1", "Nguyễn Văn Mẫu"))
                .when(new EnrolTraineesCommand(ID, List.of(new Trainee("hv-1", null, "Lê Văn Khác",
                        TraineeRole.COMMITTEE_HEAD, "26560-KP01")), TODAY))
                .expectNoEvents()
                .expectExceptionMessage(containsString("id-conflict"));
    }

    @Test
    void attendanceIsRecordedOncePerSessionForEnrolledTrainees() {
        fixture.given(planned(), enrolled("hv-1"))
                .when(new RecordSessionAttendanceCommand(ID, 1, null, List.of("hv-1")))
                .expectEvents(new SessionAttendanceRecordedEvent(ID, "26560", 1, S1, List.of("hv-1"), 1));
        fixture.given(planned(), enrolled("hv-1"), new SessionAttendanceRecordedEvent(ID, "26560", 1, S1,
                        List.of("hv-1"), 1))
                .when(new RecordSessionAttendanceCommand(ID, 1, S1, List.of("hv-1")))
                .expectNoEvents()
                .expectExceptionMessage(containsString("attendance-already-recorded"));
        fixture.given(planned(), enrolled("hv-1"))
                .when(new RecordSessionAttendanceCommand(ID, 1, S1, List.of("hv-9")))
                .expectNoEvents()
                .expectExceptionMessage(containsString("unknown-trainee"));
        fixture.given(planned(), enrolled("hv-1"))
                .when(new RecordSessionAttendanceCommand(ID, 3, S1, List.of("hv-1")))
                .expectNoEvents()
                .expectExceptionMessage(containsString("unknown-session"));
        fixture.given(planned(), enrolled("hv-1"))
                .when(new RecordSessionAttendanceCommand(ID, 1, TODAY.plusDays(1), List.of("hv-1")))
                .expectNoEvents()
                .expectExceptionMessage(containsString("date-in-future"));
    }

    @Test
    void aTraineeWhoAttendedEverySessionCompletes() {
        fixture.given(history())
                .when(new CompleteTraineeCommand(ID, "hv-1", S2))
                .expectEvents(completed("hv-1", S2))
                .expectResultMessagePayload(Outcome.CREATED);
    }

    @Test
    void noCertificateWithoutCompletedAttendance() {
        // hv-2 missed session 2: no completion, hence no certificate
        fixture.given(history())
                .when(new CompleteTraineeCommand(ID, "hv-2", S2))
                .expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage(containsString("attendance-incomplete"));
        // before every session's attendance is recorded nobody can complete
        fixture.given(planned(), enrolled("hv-1"), attended(1, S1, List.of("hv-1")))
                .when(new CompleteTraineeCommand(ID, "hv-1", S1))
                .expectNoEvents()
                .expectExceptionMessage(containsString("attendance-incomplete"));
    }

    @Test
    void closingCompletesEveryoneWhoAttendedEverySessionAndNobodyElse() {
        fixture.given(history())
                .when(new CloseTrainingClassCommand(ID, S2))
                .expectEvents(completed("hv-1", S2), new TrainingClassClosedEvent(ID, "26560", 2, 1, S2))
                .expectResultMessagePayload(1);
    }

    @Test
    void completingTwiceChangesNothingAndAClosedClassCompletesNobodyElse() {
        Object[] closed = java.util.stream.Stream.concat(java.util.Arrays.stream(history()), java.util.stream.Stream.of(
                completed("hv-1", S2), new TrainingClassClosedEvent(ID, "26560", 2, 1, S2))).toArray();
        fixture.given(closed)
                .when(new CompleteTraineeCommand(ID, "hv-1", S2))
                .expectNoEvents()
                .expectResultMessagePayload(Outcome.UNCHANGED);
        fixture.given(closed)
                .when(new CompleteTraineeCommand(ID, "hv-2", S2))
                .expectNoEvents()
                .expectExceptionMessage(containsString("class-closed"));
    }

    @Test
    void aClassClosesOnlyWhenEverySessionIsRecorded() {
        fixture.given(planned(), enrolled("hv-1"), attended(1, S1, List.of("hv-1")))
                .when(new CloseTrainingClassCommand(ID, S2))
                .expectNoEvents()
                .expectExceptionMessage(containsString("sessions-not-recorded"));
    }

    @Test
    void completionIsNotBeforeTheLastSession() {
        fixture.given(history())
                .when(new CompleteTraineeCommand(ID, "hv-1", S1))
                .expectNoEvents()
                .expectExceptionMessage(containsString("before-last-session"));
    }

    @Test
    void aClassIsCancelledOnlyBeforeItsFirstSession() {
        fixture.given(planned())
                .when(new CancelTrainingClassCommand(ID, "Không đủ học viên", TODAY))
                .expectEvents(new TrainingClassCancelledEvent(ID, "26560", "Không đủ học viên", TODAY));
        fixture.given(planned(), enrolled("hv-1"), attended(1, S1, List.of("hv-1")))
                .when(new CancelTrainingClassCommand(ID, "Không đủ học viên", TODAY))
                .expectNoEvents()
                .expectExceptionMessage(containsString("class-started"));
    }
}
