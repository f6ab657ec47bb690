package vn.doanket.conference.query;

import com.fasterxml.jackson.core.type.TypeReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.doanket.events.EnvelopeCodec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the conference query model: one record by key, lists in pages ({@code LIMIT}/{@code OFFSET} on an index,
 * {@code size} ≤ 200), never a whole table. Rows come back as ordered maps of their columns (camelCase), dates as ISO
 * strings.
 */
@Component
public class ConferenceQueries {

    /** A page and the total count. */
    public record Page(List<Map<String, Object>> items, long total) {
    }

    private final JdbcTemplate jdbc;

    public ConferenceQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One conference. */
    public Optional<Map<String, Object>> conference(String conferenceId) {
        List<Map<String, Object>> rows = jdbc.query("select * from conference_view where conference_id = ?",
                (rs, i) -> row(rs), conferenceId);
        return rows.stream().findFirst();
    }

    /** The presentations of a conference (at most 200, in order). */
    public List<Map<String, Object>> presentations(String conferenceId) {
        return jdbc.query("select presentation_id, title, presenter from presentation_view where conference_id = ? "
                + "order by seq limit 200", (rs, i) -> row(rs), conferenceId);
    }

    /**
     * The conferences of a unit and the units below it (as recorded and on today's map), newest first, optionally of
     * one kind, status and year.
     */
    public Page conferences(String unitCode, String kind, String status, Integer year, int page, int size) {
        StringBuilder where = new StringBuilder(" from conference_unit u join conference_view c on c.conference_id = "
                + "u.conference_id where u.unit_code = ?");
        List<Object> args = new ArrayList<>(List.of(unitCode));
        if (kind != null) {
            where.append(" and c.kind = ?");
            args.add(kind);
        }
        if (status != null) {
            where.append(" and c.status = ?");
            args.add(status);
        }
        if (year != null) {
            where.append(" and u.starts_at >= ? and u.starts_at < ?");
            args.add(Timestamp.valueOf(LocalDate.of(year, 1, 1).atStartOfDay()));
            args.add(Timestamp.valueOf(LocalDate.of(year + 1, 1, 1).atStartOfDay()));
        }
        long total = jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray());
        List<Object> paged = new ArrayList<>(args);
        paged.add(size);
        paged.add((long) page * size);
        List<Map<String, Object>> items = jdbc.query("select c.conference_id, c.kind, c.unit_code, c.title, c.starts_at, "
                        + "c.status, c.opened_on, c.attendees, c.headcount, c.delegates, c.opinions, c.opinions_petitioned"
                        + where + " order by u.starts_at desc, u.conference_id limit ? offset ?",
                (rs, i) -> row(rs), paged.toArray());
        return new Page(items, total);
    }

    /** A page of a conference's invitations, in Vietnamese order of the invitee. */
    public Page invitations(String conferenceId, int page, int size) {
        long total = jdbc.queryForObject("select count(*) from invitation_view where conference_id = ?", Long.class,
                conferenceId);
        List<Map<String, Object>> items = jdbc.query("select invitation_id, invitee_kind, invitee_ref, invitee_unit_code, "
                        + "display_name, walk_in, sent_on, response, responded_on, checked_in_on, check_in_method "
                        + "from invitation_view where conference_id = ? order by sort_key, invitation_id limit ? offset ?",
                (rs, i) -> row(rs), conferenceId, size, (long) page * size);
        return new Page(items, total);
    }

    /** One invitation. */
    public Optional<Map<String, Object>> invitation(String conferenceId, String invitationId) {
        return jdbc.query("select invitation_id, invitee_kind, invitee_ref, invitee_unit_code, display_name, walk_in, "
                        + "sent_on, response, responded_on, checked_in_on, check_in_method from invitation_view "
                        + "where conference_id = ? and invitation_id = ?", (rs, i) -> row(rs), conferenceId, invitationId)
                .stream().findFirst();
    }

    /** A page of a conference's delegates, in the order they were registered. */
    public Page delegates(String conferenceId, int page, int size) {
        long total = jdbc.queryForObject("select count(*) from delegate_view where conference_id = ?", Long.class,
                conferenceId);
        List<Map<String, Object>> items = jdbc.query("select delegate_id, person_id, committee_ids, registered_on "
                        + "from delegate_view where conference_id = ? order by seq limit ? offset ?",
                (rs, i) -> row(rs), conferenceId, size, (long) page * size);
        return new Page(items, total);
    }

    /** A page of a conference's opinions, in the order raised, each with its petition and the petition's state. */
    public Page opinions(String conferenceId, int page, int size) {
        long total = jdbc.queryForObject("select count(*) from opinion_view where conference_id = ?", Long.class,
                conferenceId);
        List<Map<String, Object>> items = jdbc.query("select o.opinion_id, o.delegate_id, o.delegate_person_id, "
                        + "o.committee_ids, o.unit_code, o.topic, o.text, o.raised_on, p.petition_id, "
                        + "p.status as petition_status, p.received_on as petition_received_on from opinion_view o "
                        + "left join lateral (select petition_id, status, received_on from opinion_petition q "
                        + "where q.conference_id = o.conference_id and q.opinion_id = o.opinion_id "
                        + "order by q.received_on nulls last, q.petition_id limit 1) p on true "
                        + "where o.conference_id = ? order by o.seq limit ? offset ?",
                (rs, i) -> row(rs), conferenceId, size, (long) page * size);
        return new Page(items, total);
    }

    /** One training class. */
    public Optional<Map<String, Object>> trainingClass(String classId) {
        return jdbc.query("select * from training_class_view where class_id = ?", (rs, i) -> row(rs), classId)
                .stream().findFirst();
    }

    /** The training classes of a unit and the units below it, newest first. */
    public Page trainingClasses(String unitCode, int page, int size) {
        long total = jdbc.queryForObject("select count(*) from training_class_unit where unit_code = ?", Long.class,
                unitCode);
        List<Map<String, Object>> items = jdbc.query("select c.class_id, c.unit_code, c.title, c.starts_on, c.status, "
                        + "c.trainees, c.completed from training_class_unit u join training_class_view c "
                        + "on c.class_id = u.class_id where u.unit_code = ? order by u.starts_on desc, u.class_id "
                        + "limit ? offset ?", (rs, i) -> row(rs), unitCode, size, (long) page * size);
        return new Page(items, total);
    }

    /** A page of a class's trainees, in Vietnamese order of their names. */
    public Page trainees(String classId, int page, int size) {
        long total = jdbc.queryForObject("select count(*) from trainee_view where class_id = ?", Long.class, classId);
        List<Map<String, Object>> items = jdbc.query("select t.trainee_id, t.person_id, t.full_name, t.role, "
                        + "t.unit_code, t.enrolled_on, t.sessions_attended, t.completed_on, c.certificate_id, "
                        + "c.certificate_number, c.revoked_on as certificate_revoked_on from trainee_view t "
                        + "left join trainee_certificate c on c.class_id = t.class_id and c.trainee_id = t.trainee_id "
                        + "where t.class_id = ? order by t.sort_key, t.trainee_id limit ? offset ?",
                (rs, i) -> row(rs), classId, size, (long) page * size);
        return new Page(items, total);
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        var meta = rs.getMetaData();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            String column = meta.getColumnLabel(c);
            if (column.equals("sort_key") || column.equals("updated_at")) {
                continue;
            }
            Object value = "jsonb".equals(meta.getColumnTypeName(c)) ? jsonOrNull(rs.getString(c)) : rs.getObject(c);
            if (value instanceof java.sql.Date date) {
                value = date.toLocalDate().toString();
            } else if (value instanceof Timestamp timestamp) {
                LocalDateTime time = timestamp.toLocalDateTime();
                value = time.toString();
            }
            row.put(camel(column), value);
        }
        return row;
    }

    private static Object jsonOrNull(String json) {
        if (json == null) {
            return null;
        }
        try {
            return EnvelopeCodec.mapper().readValue(json, new TypeReference<Object>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char ch : column.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }
}
