package vn.doanket.conference.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.doanket.conference.api.*;
import vn.doanket.conference.certificates.TrainingCertificates;
import vn.doanket.conference.command.TraineeNameRecordedEvent;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.territory.Territory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The query model of training classes ({@code training_class_view}, {@code training_class_unit},
 * {@code trainee_view}), in the same processor as {@link ConferenceProjection}.
 */
@Component
@ProcessingGroup(ConferenceProjection.GROUP)
public class TrainingProjection {

    private final JdbcTemplate jdbc;
    private final Territory territory;

    public TrainingProjection(JdbcTemplate jdbc, Territory territory) {
        this.jdbc = jdbc;
        this.territory = territory;
    }

    @EventHandler
    void on(TrainingClassPlannedEvent e) {
        ArrayNode sessions = EnvelopeCodec.mapper().createArrayNode();
        for (TrainingSession s : e.sessions()) {
            sessions.addObject().put("sessionNo", s.sessionNo()).put("date", s.date().toString())
                    .put("topic", s.topic()).putNull("heldOn").putNull("present");
        }
        jdbc.update("insert into training_class_view (class_id, unit_code, title, venue, syllabus, sessions, starts_on, "
                        + "status, recorded_on) values (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, 'PLANNED', ?) "
                        + "on conflict (class_id) do nothing", e.classId(), e.unitCode(), e.title(), e.venue(),
                ConferenceProjection.json(e.syllabus()), sessions.toString(), e.sessions().get(0).date(), e.recordedOn());
        for (String unit : UnitChains.of(territory, e.unitCode(), e.sessions().get(0).date())) {
            jdbc.update("insert into training_class_unit (unit_code, class_id, starts_on) values (?, ?, ?) "
                    + "on conflict do nothing", unit, e.classId(), e.sessions().get(0).date());
        }
    }

    @EventHandler
    void on(TraineeEnrolledEvent e) {
        jdbc.update("insert into trainee_view (class_id, trainee_id, person_id, sort_key, role, unit_code, enrolled_on) "
                        + "values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing", e.classId(), e.traineeId(), e.personId(),
                ConferenceProjection.sortKey(e.traineeId()), e.role().name(), e.traineeUnitCode(), e.enrolledOn());
        jdbc.update("update training_class_view set trainees = (select count(*) from trainee_view where class_id = ?), "
                + "updated_at = now() where class_id = ?", e.classId(), e.classId());
    }

    @EventHandler
    void on(TraineeNameRecordedEvent e) {
        jdbc.update("update trainee_view set full_name = ?, sort_key = ? where class_id = ? and trainee_id = ?",
                e.fullName(), ConferenceProjection.sortKey(e.fullName()), e.classId(), e.traineeId());
    }

    @EventHandler
    void on(SessionAttendanceRecordedEvent e) {
        List<String> sessionsJson = jdbc.queryForList("select sessions::text from training_class_view where class_id = ?",
                String.class, e.classId());
        if (!sessionsJson.isEmpty()) {
            try {
                JsonNode sessions = EnvelopeCodec.mapper().readTree(sessionsJson.get(0));
                for (JsonNode s : sessions) {
                    if (s.get("sessionNo").asInt() == e.sessionNo()) {
                        ((ObjectNode) s).put("heldOn", e.heldOn().toString()).put("present", e.present().size());
                    }
                }
                jdbc.update("update training_class_view set sessions = ?::jsonb, status = 'IN_PROGRESS', updated_at = now() "
                        + "where class_id = ?", sessions.toString(), e.classId());
            } catch (IOException malformed) {
                throw new UncheckedIOException(malformed);
            }
        }
        for (String traineeId : e.present()) {
            jdbc.update("update trainee_view set sessions_attended = sessions_attended + 1 where class_id = ? "
                    + "and trainee_id = ?", e.classId(), traineeId);
        }
    }

    @EventHandler
    void on(TraineeCompletedEvent e) {
        jdbc.update("update trainee_view set completed_on = ? where class_id = ? and trainee_id = ?", e.completedOn(),
                e.classId(), e.traineeId());
        jdbc.update("update training_class_view set completed = (select count(*) from trainee_view where class_id = ? "
                + "and completed_on is not null), updated_at = now() where class_id = ?", e.classId(), e.classId());
    }

    /**
     * A training certificate (basis {@code TraineeCompleted}, id {@code <classId>:<traineeId>}), kept beside its
     * trainee: the certificate is another aggregate, which this pooled processor may apply before the class's events.
     */
    @EventHandler
    void on(vn.doanket.certificates.CertificateIssuedEvent e) {
        if (TrainingCertificates.BASIS.equals(e.basisType()) && e.basisId() != null && e.basisId().contains(":")) {
            String classId = e.basisId().substring(0, e.basisId().lastIndexOf(':'));
            String traineeId = e.basisId().substring(e.basisId().lastIndexOf(':') + 1);
            jdbc.update("insert into trainee_certificate (class_id, trainee_id, certificate_id, certificate_number) "
                    + "values (?, ?, ?, ?) on conflict do nothing", classId, traineeId, e.certificateId(), e.number());
        }
    }

    @EventHandler
    void on(vn.doanket.certificates.CertificateRevokedEvent e) {
        jdbc.update("update trainee_certificate set revoked_on = ? where certificate_id = ?", e.revokedOn(),
                e.certificateId());
    }

    @EventHandler
    void on(TrainingClassClosedEvent e) {
        jdbc.update("update training_class_view set status = 'CLOSED', closed_on = ?, updated_at = now() where class_id = ?",
                e.closedOn(), e.classId());
    }

    @EventHandler
    void on(TrainingClassCancelledEvent e) {
        jdbc.update("update training_class_view set status = 'CANCELLED', reason = ?, updated_at = now() "
                + "where class_id = ?", e.reason(), e.classId());
    }
}
