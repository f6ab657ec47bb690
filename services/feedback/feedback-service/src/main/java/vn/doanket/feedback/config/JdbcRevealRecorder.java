package vn.doanket.feedback.config;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.security.Role;
import vn.doanket.security.personaldata.PersonalDataReveal;
import vn.doanket.security.personaldata.PersonalDataRevealListener;

import java.sql.Timestamp;
import java.util.stream.Collectors;

/**
 * Records every reveal of personal data (who saw which kind of whose data, when; never the value) in the
 * table {@code personal_data_reveal} of the service's database (created by the migrations in
 * {@code db/migration/feedback}). If the row cannot be written, the platform masks the value instead.
 */
public class JdbcRevealRecorder implements PersonalDataRevealListener {

    private final JdbcTemplate jdbc;

    public JdbcRevealRecorder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void revealed(PersonalDataReveal reveal) {
        jdbc.update("insert into personal_data_reveal (user_id, roles, kind, subject, field, revealed_at, request_id) "
                        + "values (?, ?, ?, ?, ?, ?, ?)", reveal.userId(),
                reveal.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                reveal.kind().name(), reveal.subject(), reveal.field(), Timestamp.from(reveal.at()), reveal.requestId());
    }
}
