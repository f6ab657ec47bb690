package vn.doanket.conference.certificates;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.doanket.certificates.CertificateKind;
import vn.doanket.certificates.CertificateRequest;
import vn.doanket.certificates.Certificates;
import vn.doanket.conference.api.TraineeCompletedEvent;
import vn.doanket.conference.command.TraineeNameRecordedEvent;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Issues a training certificate from the verified fact that a trainee completed a class ({@link TraineeCompletedEvent},
 * decided by the {@code TrainingClass} aggregate from the recorded attendance: every session attended) — and from
 * nothing else. The certificate id is derived from the class and the trainee, so a redelivered or replayed fact issues
 * nothing twice; the number is allocated in this processor's transaction (contract A). The holder's name comes from
 * the class's internal event, kept here in {@code certificate_holder}; both events belong to the same class, so this
 * processor (sequenced per aggregate) always sees the name first.
 */
@Component
@ProcessingGroup(TrainingCertificates.GROUP)
public class TrainingCertificates {

    public static final String GROUP = "training-certificates";
    /** The basis recorded on the certificate. */
    public static final String BASIS = "TraineeCompleted";

    private final JdbcTemplate jdbc;
    private final Certificates certificates;

    public TrainingCertificates(JdbcTemplate jdbc, Certificates certificates) {
        this.jdbc = jdbc;
        this.certificates = certificates;
    }

    /** The certificate id of a trainee's completion of a class. */
    public static String certificateId(String classId, String traineeId) {
        return UUID.nameUUIDFromBytes(("training:" + classId + ":" + traineeId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The basis id of a trainee's completion: {@code <classId>:<traineeId>}. */
    public static String basisId(String classId, String traineeId) {
        return classId + ":" + traineeId;
    }

    @EventHandler
    void on(TraineeNameRecordedEvent e) {
        jdbc.update("insert into certificate_holder (class_id, trainee_id, full_name) values (?, ?, ?) "
                + "on conflict (class_id, trainee_id) do update set full_name = excluded.full_name",
                e.classId(), e.traineeId(), e.fullName());
    }

    @EventHandler
    void on(TraineeCompletedEvent e) {
        List<String> names = jdbc.queryForList("select full_name from certificate_holder where class_id = ? "
                + "and trainee_id = ?", String.class, e.classId(), e.traineeId());
        if (names.isEmpty()) {
            // cannot happen (the name is recorded with the enrolment, before); retried rather than issued without one
            throw new IllegalStateException("No name recorded for trainee " + e.traineeId() + " of class " + e.classId());
        }
        certificates.issue(new CertificateRequest(certificateId(e.classId(), e.traineeId()), e.unitCode(),
                CertificateKind.TRAINING_COMPLETION, names.get(0), e.personId(),
                "Hoàn thành lớp tập huấn: " + e.title(), BASIS, basisId(e.classId(), e.traineeId()),
                e.completedOn()));
    }
}
